/**
 * What to look for, in words, for the unanchored card shown when a target cannot be found:
 * 'knappen "Log på"', 'linket "Flytning"', 'feltet "Telefonnummer"'.
 * Danish, English, Ukrainian and Arabic; any other language, or a missing word, falls back to Danish.
 * The phrase is the object of "Kig efter …" / "Look for …" / "Знайдіть …" / "ابحث عن …"
 * (`describeLookFor` builds that whole sentence; Ukrainian nouns are in the accusative for it).
 */
import { getLocale } from '@/utils/i18n/catalog';
import type { Target } from '@/utils/pack/types';

/** The words for one language; Danish is here, the others in utils/i18n/locales. */
export interface LookForWords {
  /** Role → noun phrase for "the <role>". */
  roles: Record<string, string>;
  /** "the field" for `label` Targets. */
  field: string;
  /** "the text" for `text` Targets. */
  text: string;
  /** Said when nothing describable is left (a bare CSS selector): points back at the step's own text. */
  unknown: string;
  /** Wraps a quoted name. */
  quote: (s: string) => string;
  /** The full sentence around a phrase. */
  lookFor: (phrase: string) => string;
}

const DA: LookForWords = {
  roles: {
    button: 'knappen',
    link: 'linket',
    textbox: 'feltet',
    searchbox: 'søgefeltet',
    spinbutton: 'feltet',
    checkbox: 'afkrydsningsfeltet',
    radio: 'valgmuligheden',
    switch: 'kontakten',
    combobox: 'listen',
    listbox: 'listen',
    option: 'valgmuligheden',
    heading: 'overskriften',
    tab: 'fanen',
    menuitem: 'menupunktet',
    img: 'billedet',
    dialog: 'vinduet',
    navigation: 'menuen',
  },
  field: 'feltet',
  text: 'teksten',
  unknown: 'det, som teksten nævner',
  quote: (s) => `"${s}"`,
  lookFor: (p) => `Kig efter ${p}.`,
};

function wordsFor(lang: string): LookForWords {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? 'da';
  return getLocale(base)?.lookFor ?? DA;
}

/**
 * A readable form of a name regex, or null when it is not plain enough to show:
 * `^log (på|ind)` → `log på` (anchors dropped, the first alternative of each group kept).
 */
export function readableRegex(source: string): string | null {
  let s = source.replace(/^\^/, '').replace(/\$$/, '').replace(/\\b/g, '');
  // Replace innermost groups by their first alternative until no group is left.
  for (let guard = 0; guard < 10 && /\([^()]*\)/.test(s); guard++) {
    s = s.replace(/\((?:\?:)?([^()|]*)(?:\|[^()]*)?\)/g, '$1');
  }
  s = s.split('|')[0] ?? '';
  s = s
    .replace(/\\s[+*]?/g, ' ')
    .replace(/\.[*+]/g, ' ')
    .replace(/\\(.)/g, '$1');
  s = s.replace(/\s+/g, ' ').trim();
  if (s === '' || /[[\]{}()|*+?^$\\]/.test(s)) return null;
  return s;
}

function nameText(target: Target): string | null {
  const { name } = target;
  if (typeof name === 'string') return name.trim() || null;
  if (name && typeof name.regex === 'string') return readableRegex(name.regex);
  return null;
}

function phrase(target: Target, w: LookForWords): string | null {
  const role = typeof target.role === 'string' ? target.role.toLowerCase() : undefined;
  const name = nameText(target);
  const roleWord = role ? (w.roles[role] ?? DA.roles[role]) : undefined;
  if (roleWord && name) return `${roleWord} ${w.quote(name)}`;
  if (typeof target.label === 'string' && target.label.trim()) return `${w.field} ${w.quote(target.label.trim())}`;
  if (name) return w.quote(name);
  if (typeof target.text === 'string' && target.text.trim()) return `${w.text} ${w.quote(target.text.trim())}`;
  if (roleWord) return roleWord;
  return null;
}

/** Most telling Target first: role + name, then label, name, text, a bare role; a bare CSS selector says nothing to a citizen. */
function best(targets: Target[], w: LookForWords): string {
  const rank = (t: Target) => (t.role && t.name ? 0 : t.label ? 1 : t.name ? 2 : t.text ? 3 : t.role ? 4 : 5);
  const ordered = targets.map((t, i) => ({ t, i })).sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i);
  for (const { t } of ordered) {
    const p = phrase(t, w);
    if (p) return p;
  }
  return w.unknown;
}

/** What to look for, in plain words in `lang` (Danish fallback). */
export function describeTarget(target: Target | Target[], lang: string): string {
  const list = (Array.isArray(target) ? target : [target]).filter((t) => t && typeof t === 'object');
  return best(list, wordsFor(lang));
}

/** The whole sentence for the card: 'Kig efter knappen "Log på".' */
export function describeLookFor(target: Target | Target[], lang: string): string {
  const w = wordsFor(lang);
  return w.lookFor(describeTarget(target, lang));
}
