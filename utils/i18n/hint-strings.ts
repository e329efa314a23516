import { getLocale } from './catalog';
import type { StringKey } from './strings';

/**
 * The Danish UI texts of the hint path: what the overlay UI shows on every page with a running
 * guide (the card, the live region). Apart from the rest (strings.ts), so that page carries only
 * these. Plain language, "du"-form, short sentences.
 */
export const HINT_DA = {
  help: 'Hjælp',
  close: 'Luk',
  back: 'Tilbage',
  next: 'Næste',
  done: 'Færdig',
  showMore: 'Vis mere',
  showLess: 'Vis mindre',
  stepOf: 'Trin {n} af {total}',
  readAloud: 'Læs op',
  noVoice: 'Der er ingen stemme til oplæsning på denne computer.',
  lookFor: 'Vi kan ikke se det, du skal bruge. Se efter: {what}',
  caution: 'Pas på',
  staff: 'Her får mange hjælp',
  offTrackTitle: 'Du er kommet væk fra vejledningen',
  offTrackText: 'Denne side hører ikke til vejledningen "{guide}".',
  offTrackBack: 'Gå tilbage til vejledningen',
  finishedTitle: 'Godt klaret!',
  finishedText: 'Du er færdig med "{guide}".',
  guideLabel: 'Vejledning: {guide}',
} as const;

export type HintKey = keyof typeof HINT_DA;

/**
 * A UI text in `lang`, or in Danish (from `danish`) when that language lacks it. Returns the
 * language used so a Danish fallback can carry `lang="da"`.
 */
export function lookup<K extends StringKey>(
  danish: Record<K, string>,
  lang: string,
  key: K,
  vars?: Record<string, string | number>,
): { text: string; lang: string } {
  const own = lang === 'da' ? danish[key] : getLocale(lang)?.ui[key];
  const text = own ?? danish[key];
  const used = own === undefined ? 'da' : lang;
  return { text: vars ? fill(text, vars) : text, lang: used };
}

/** `tr` for the hint path's texts only. */
export function trHint(lang: string, key: HintKey, vars?: Record<string, string | number>) {
  return lookup(HINT_DA, lang, key, vars);
}

/** `t` for the hint path's texts only. */
export function tHint(lang: string, key: HintKey, vars?: Record<string, string | number>): string {
  return trHint(lang, key, vars).text;
}

function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
