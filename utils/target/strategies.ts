/**
 * The ways a Target describes an element (CONTRACTS §1): role + name, label, text, css.
 * Each works on a Scan, so the DOM is walked once however many strategies a resolve tries.
 */
import type { NameMatcher } from '@/utils/pack/types';
import type { Scan, TextTree } from './scan';
import { collapse, idRefs, normalize, safeText } from './text';

// ---------- names ----------

const regexCache = new Map<string, RegExp | null>();

/** A case-insensitive regex, or null when the source is not a valid regex (it then matches nothing). */
export function compileRegex(source: string): RegExp | null {
  let re = regexCache.get(source);
  if (re === undefined) {
    try {
      re = new RegExp(source, 'i');
    } catch {
      re = null;
    }
    regexCache.set(source, re);
  }
  return re;
}

/** String: case-insensitive, whitespace-collapsed, exact. `{ regex }`: case-insensitive search. */
export function nameMatches(name: string, matcher: NameMatcher): boolean {
  if (typeof matcher === 'string') return normalize(name) === normalize(matcher);
  if (!matcher || typeof matcher.regex !== 'string') return false;
  const re = compileRegex(matcher.regex);
  return re?.test(collapse(name)) ?? false;
}

/** Roles that name nothing a person would point at: an element with one of these has no useful role. */
const NO_ROLES = new Set(['generic', 'presentation', 'none']);

export function hasMeaningfulRole(role: string | null): role is string {
  return role !== null && !NO_ROLES.has(role);
}

// ---------- labels ----------

/** Roles of form fields that a `label` Target can find (shared by the picker and the churn filter). */
export const FIELD_ROLES: ReadonlySet<string> = new Set([
  'textbox',
  'searchbox',
  'combobox',
  'listbox',
  'checkbox',
  'radio',
  'switch',
  'slider',
  'spinbutton',
]);

const NOT_FIELDS = new Set(['hidden', 'button', 'submit', 'reset', 'image']);

/** A form field a citizen fills in or ticks (buttons are not). */
export function isFormField(scan: Scan, el: Element): boolean {
  const tag = el.localName;
  if (tag === 'input') return !NOT_FIELDS.has((el.getAttribute('type') ?? '').toLowerCase());
  if (tag === 'textarea' || tag === 'select') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return FIELD_ROLES.has(scan.role(el) ?? '');
}

/**
 * Every way the field is labelled, as a person reads it: aria-labelledby (all ids, joined),
 * aria-label, each `<label>` (label[for] and wrapping), and all labels together.
 * Never includes any field's value (see safeText).
 */
export function labelTexts(el: Element): string[] {
  const texts: string[] = [];
  const referenced = idRefs(el, 'aria-labelledby');
  if (referenced.length > 0) texts.push(referenced.map(safeText).join(' '));
  const ariaLabel = el.getAttribute('aria-label');
  if (ariaLabel) texts.push(ariaLabel);
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length > 0) {
    const each = Array.from(labels, safeText);
    texts.push(...each);
    if (each.length > 1) texts.push(each.join(' '));
  }
  return texts.map(collapse).filter((t) => t !== '');
}

/** Label comparison form: like names, and a trailing required-marker or colon ("Telefon *", "Navn:") is ignored. */
export function normalizeLabel(s: string): string {
  return normalize(s).replace(/[\s:*]+$/, '');
}

export function labelMatches(scan: Scan, el: Element, label: string): boolean {
  const want = normalizeLabel(label);
  if (want === '') return false;
  const cache = scan.memo('labels', () => new Map<Element, string[]>());
  let texts = cache.get(el);
  if (!texts) {
    texts = labelTexts(el).map(normalizeLabel);
    cache.set(el, texts);
  }
  return texts.includes(want);
}

// ---------- text ----------

interface TextIndex {
  /** The tree's text, whitespace-collapsed and lower-cased, as one string. */
  text: string;
  starts: number[];
  nodes: Text[];
}

function buildIndex(tree: TextTree): TextIndex {
  let text = '';
  const starts: number[] = [];
  const nodes: Text[] = [];
  for (const node of tree.texts) {
    let part = node.data.normalize('NFC').replace(/\s+/g, ' ').toLowerCase();
    if (part.startsWith(' ') && (text === '' || text.endsWith(' '))) part = part.slice(1);
    if (part === '') continue;
    starts.push(text.length);
    nodes.push(node);
    text += part;
  }
  return { text, starts, nodes };
}

/** Index of the text node that holds character `offset` of the index text. */
function nodeAt(index: TextIndex, offset: number): Text | undefined {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((index.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return index.nodes[lo];
}

function commonAncestor(a: Element, b: Element): Element | null {
  const seen = new Set<Element>();
  for (let n: Element | null = a; n; n = n.parentElement) seen.add(n);
  for (let n: Element | null = b; n; n = n.parentElement) if (seen.has(n)) return n;
  return null;
}

/**
 * The innermost elements whose text contains `needle`: for every occurrence in a tree's text,
 * the deepest element that holds all of it; then any of those that contains another is dropped.
 */
export function innermostTextMatches(scan: Scan, needle: string): Set<Element> {
  const want = normalize(needle);
  const found = new Set<Element>();
  if (want === '') return found;
  // Fast exit for the hot path (a missing target, every changed frame): native textContent holds
  // at least every text node we index, so when no tree's text contains the needle, nothing can.
  // The root first: when it has the text, walk once with text; otherwise only shadow trees can.
  const has = (root: Node) => {
    const node = root.nodeType === 9 ? (root as Document).documentElement : root;
    return normalize(node?.textContent ?? '').includes(want);
  };
  if (!has(scan.root) && !scan.trees.slice(1).some((tree) => has(tree.root))) return found;
  const indexes = scan.memo('textIndex', () => scan.textTrees.map(buildIndex));
  const rootEl = scan.root.nodeType === 1 ? (scan.root as Element) : null;
  for (const index of indexes) {
    const hits: Element[] = [];
    for (let at = index.text.indexOf(want); at !== -1; at = index.text.indexOf(want, at + 1)) {
      const first = nodeAt(index, at)?.parentElement;
      const last = nodeAt(index, at + want.length - 1)?.parentElement;
      const el = first && last ? commonAncestor(first, last) : null;
      // Outside the searched element (or the element itself): not a match inside it.
      if (!el || el === rootEl || (rootEl && !rootEl.contains(el))) continue;
      if (!hits.includes(el)) hits.push(el);
    }
    for (const el of hits) if (!hits.some((other) => other !== el && el.contains(other))) found.add(el);
  }
  return found;
}

/** Whether the element's visible text contains `needle` (used when `text` is combined with other keys). */
export function textContains(el: Element, needle: string): boolean {
  const want = normalize(needle);
  return want !== '' && normalize(safeText(el)).includes(want);
}

// ---------- css ----------

/** The elements a selector matches, in every tree of the scan; an invalid selector matches nothing. */
export function cssMatches(scan: Scan, selector: string): Set<Element> {
  return scan.memo(`css:${selector}`, () => {
    const set = new Set<Element>();
    for (const tree of scan.trees) {
      try {
        for (const el of (tree.root as ParentNode).querySelectorAll(selector)) set.add(el);
      } catch {
        // An invalid selector finds nothing; it never throws at the caller.
        return new Set<Element>();
      }
    }
    return set;
  });
}
