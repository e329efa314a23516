/**
 * A Target compiled once into what the relevance checks ask of each change ("facets"): selectors,
 * element tests, a subtree summary, and the strings (needles) a match's name, label or text must
 * contain; `overlaps` compares a piece of changed text with a needle.
 */
import type { Target } from '@/utils/pack/types';
import { hasCriterion, isWellFormed, MAX_WITHIN_DEPTH } from '../resolve';
import { normalizeLabel } from '../strategies';
import { normalize } from '../text';
import {
  allOf,
  BUTTON_INPUT_TYPES,
  cssString,
  cssTest,
  FIELD_SELECTOR,
  fieldTest,
  IMPLICIT_ROLES,
  NAME_FROM_CONTENT_TEST,
  roleSelector,
  roleTest,
  type Test,
} from './element-tests';

/** A string a match must contain (name, label or text), in the forms the checks need. */
export interface Needle {
  /** Normalized (NFC, lower case), all whitespace removed: names add spaces between blocks. */
  compact: string;
  /** Its words: each must appear in the text (or name attributes) of what holds a match. */
  tokens: string[];
  /** Per word, a selector for name attributes that may hold it (ASCII part only: CSS `i` is ASCII-only). */
  attributes: string[];
}

type CssMode = 'plain' | 'siblings' | 'volatile';

export interface Facets {
  /** Each must match some element of a subtree that holds a match (checked one by one: a superset). */
  selectors: string[];
  /** The same on one element (all at once); null when any element can be a candidate. */
  test: Test | null;
  css: string | null;
  /** `siblings`: also depends on siblings or emptiness; `volatile`: on anything (`:has()`). */
  cssMode: CssMode;
  name: Needle | 'regex' | null;
  label: Needle | null;
  text: Needle | null;
  /** The elements whose content can change a match's name or box: candidates among a change's ancestors. */
  contentTest: Test | null;
  /** What a subtree must hold to hold a candidate, judged for the whole subtree at once (see `mayHold`). */
  summary: Summary | null;
  within: Facets | null;
}

/**
 * A superset of a facet's candidates that a whole subtree can be asked about cheaply, as single
 * compound selectors: one tag, or one attribute. Browsers answer those on fast paths; a selector
 * list (or a live tag collection per tag) costs several times more on a churning list.
 * Null on a facet whose candidates can be any element (a `name` without a role).
 */
type Summary = readonly string[];

function asciiRun(token: string): string {
  let best = '';
  for (const run of token.match(/[a-z0-9]+/g) ?? []) if (run.length > best.length) best = run;
  return best;
}

function needle(normalized: string, attributes: readonly string[]): Needle {
  const tokens = normalized.split(' ').filter((t) => t !== '');
  return {
    compact: tokens.join(''),
    tokens,
    attributes: tokens.map((token) => {
      const run = cssString(asciiRun(token));
      const has = (attr: string) => (run ? `[${attr}*="${run}" i]` : `[${attr}]`);
      // A `value` is read only on button inputs: on a text field it can mirror what was typed.
      const on = (a: string) => (a === 'value' ? BUTTON_INPUT_TYPES.map((b) => `${b}${has(a)}`).join(', ') : has(a));
      return attributes.map(on).join(', ');
    }),
  };
}

function cssModeOf(css: string): CssMode {
  if (/:has\(/i.test(css)) return 'volatile';
  if (/[+~]|:(nth-|first-|last-|only-|empty)/i.test(css)) return 'siblings';
  return 'plain';
}

export function compile(t: Target, depth: number): Facets | null {
  if (!t || typeof t !== 'object' || depth > MAX_WITHIN_DEPTH) return null;
  if (!hasCriterion(t) || !isWellFormed(t)) return null;
  const selectors: string[] = [];
  const tests: Test[] = [];
  let contentTest: Test | null = null;
  if (typeof t.role === 'string') {
    selectors.push(roleSelector(t.role));
    tests.push(roleTest([t.role]));
    contentTest = roleTest([t.role]);
  } else if (t.name !== undefined) {
    contentTest = NAME_FROM_CONTENT_TEST;
  }
  // A field's content never changes its label, so a `label` Target alone has no content test.
  if (t.label !== undefined) {
    selectors.push(FIELD_SELECTOR);
    tests.push(fieldTest);
  }
  const css = typeof t.css === 'string' ? t.css : null;
  if (css !== null) {
    selectors.push(css);
    tests.push(cssTest(css));
    contentTest = contentTest ? allOf([contentTest, cssTest(css)]) : cssTest(css);
  }
  let summary: Summary | null = null;
  if (typeof t.role === 'string') {
    summary = [...new Set((IMPLICIT_ROLES.get(t.role.toLowerCase()) ?? []).map((s) => s.tag)), '[role]'];
  } else if (t.label !== undefined) {
    summary = ['input', 'textarea', 'select', '[contenteditable]', '[role]'];
  } else if (css !== null) {
    summary = [css];
  } else if (t.name === undefined) {
    summary = []; // `text` alone: decided from the page's text
  }
  if (css !== null && cssModeOf(css) === 'volatile') summary = null;
  let within: Facets | null = null;
  if (t.within !== undefined) {
    within = compile(t.within, depth + 1);
    // A `within` that can never match makes the Target match nothing: no change can matter.
    if (within === null) return null;
  }
  const name = t.name;
  return {
    selectors,
    test: tests.length === 0 ? null : allOf(tests),
    css,
    cssMode: css === null ? 'plain' : cssModeOf(css),
    name:
      name === undefined
        ? null
        : typeof name === 'string'
          ? needle(normalize(name), ['aria-label', 'title', 'alt', 'label', 'value'])
          : 'regex',
    label: typeof t.label === 'string' ? needle(normalizeLabel(t.label), ['aria-label']) : null,
    text: typeof t.text === 'string' ? needle(normalize(t.text), []) : null,
    contentTest,
    summary,
    within,
  };
}

/** Whether `piece` can be part of an occurrence of `whole`: inside it, containing it, or overlapping an end. */
export function overlaps(piece: string, whole: string): boolean {
  if (piece === '' || whole === '') return false;
  if (piece.includes(whole) || whole.includes(piece)) return true;
  // The occurrence starts before the piece: the piece begins with one of whole's endings.
  for (let k = whole.indexOf(piece[0] as string, 1); k > 0; k = whole.indexOf(piece[0] as string, k + 1)) {
    if (piece.startsWith(whole.slice(k))) return true;
  }
  // …or continues after it: the piece ends with one of whole's beginnings.
  const last = piece[piece.length - 1] as string;
  for (let k = whole.indexOf(last); k !== -1 && k < whole.length - 1; k = whole.indexOf(last, k + 1)) {
    if (piece.endsWith(whole.slice(0, k + 1))) return true;
  }
  return false;
}
