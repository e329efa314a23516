/**
 * Target resolution (CONTRACTS §1): find the element a Target describes, the way a person would.
 *
 * Pure: works on the root node it is given (a document, a shadow root or an element) and uses no
 * globals beyond those DOM objects. A watched page runs it whenever a change could matter to the
 * target (see `relevance.ts`), so it walks the DOM once per call and computes roles, names and
 * visibility lazily, only for the elements a strategy still considers.
 */
import type { Target } from '@/utils/pack/types';
import { Scan, type ScanOptions, type ScanRoot } from './scan';
import {
  cssMatches,
  hasMeaningfulRole,
  innermostTextMatches,
  isFormField,
  labelMatches,
  nameMatches,
  textContains,
} from './strategies';
import { composedParent } from './visibility';

export interface Resolution {
  /** The element found, or null. */
  element: Element | null;
  /** Index in the list of the Target that won; -1 when none. */
  strategy: number;
  /** Visible matches per Target tried, in order (for health and the editor). With `nth`: 0 or 1. */
  counts: number[];
}

/** Options for DOMs without layout (tests); the browser needs none. */
export type ResolveOptions = ScanOptions;

/**
 * Where a role can come from without a `role` attribute (the implicit roles of dom-accessibility-api's
 * getRole). Only elements with one of these tags, or with a `role` attribute, need their role
 * computed; a role not listed here is looked for on every element.
 */
const IMPLICIT_ROLE_TAGS = new Map<string, ReadonlySet<string>>(
  Object.entries({
    button: new Set(['button', 'input', 'summary']),
    link: new Set(['a', 'area', 'link']),
    heading: new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']),
    textbox: new Set(['input', 'textarea']),
    searchbox: new Set(['input']),
    combobox: new Set(['input', 'select']),
    listbox: new Set(['select', 'datalist']),
    checkbox: new Set(['input']),
    radio: new Set(['input']),
    slider: new Set(['input']),
    spinbutton: new Set(['input']),
    img: new Set(['img']),
    navigation: new Set(['nav']),
    dialog: new Set(['dialog']),
    region: new Set(['section']),
    list: new Set(['ul', 'ol', 'menu']),
    listitem: new Set(['li']),
  }),
);

/** Deeper `within` chains than this are treated as a mistake (and a guard against cyclic objects). */
export const MAX_WITHIN_DEPTH = 8;

export function hasCriterion(t: Target): boolean {
  return (
    t.role !== undefined || t.name !== undefined || t.label !== undefined || t.text !== undefined || t.css !== undefined
  );
}

const isStr = (v: unknown): v is string => typeof v === 'string';

/**
 * A Target that got past validation with a key of the wrong type (a hand-edited pack, a message)
 * matches nothing rather than throwing in the middle of a page.
 */
export function isWellFormed(t: Target): boolean {
  const name = t.name as unknown;
  return (
    (t.role === undefined || isStr(t.role)) &&
    (t.label === undefined || isStr(t.label)) &&
    (t.text === undefined || isStr(t.text)) &&
    (t.css === undefined || isStr(t.css)) &&
    (t.nth === undefined || typeof t.nth === 'number') &&
    (name === undefined ||
      isStr(name) ||
      (typeof name === 'object' && name !== null && isStr((name as { regex?: unknown }).regex)))
  );
}

function isInside(el: Element, containers: Set<Element>): boolean {
  for (let n = composedParent(el); n; n = composedParent(n)) if (containers.has(n)) return true;
  return false;
}

/** The visible elements a Target matches, in document order (with `nth`: that one, or none). */
function match(scan: Scan, target: Target, depth: number): Element[] {
  if (!target || typeof target !== 'object' || depth > MAX_WITHIN_DEPTH) return [];
  if (!hasCriterion(target) || !isWellFormed(target)) return [];
  const textAlone =
    typeof target.text === 'string' &&
    target.role === undefined &&
    target.name === undefined &&
    target.label === undefined &&
    target.css === undefined;
  // A text-only Target gets its candidates from the text index (its walk also lists the elements).
  const innermost = textAlone ? innermostTextMatches(scan, target.text as string) : null;
  if (innermost && innermost.size === 0) return [];
  let found = scan.elements;
  if (innermost) found = found.filter((el) => innermost.has(el));

  // Cheapest filters first; accessible names (the costly part) last, on the few that remain.
  if (typeof target.css === 'string') {
    const css = cssMatches(scan, target.css);
    found = found.filter((el) => css.has(el));
  }
  if (target.role !== undefined) {
    const role = String(target.role).toLowerCase();
    const tags = IMPLICIT_ROLE_TAGS.get(role);
    found = found.filter(
      (el) => (!tags || tags.has(el.localName) || el.hasAttribute('role')) && scan.role(el) === role,
    );
  } else if (target.name !== undefined) {
    found = found.filter((el) => hasMeaningfulRole(scan.role(el)));
  }
  if (target.label !== undefined) {
    const label = target.label;
    found = found.filter((el) => isFormField(scan, el) && labelMatches(scan, el, label));
  }
  if (typeof target.text === 'string' && !textAlone) {
    // Combined with other keys, the element of that kind whose text contains it (not the innermost).
    const text = target.text;
    found = found.filter((el) => textContains(el, text));
  }
  found = found.filter((el) => scan.rendered(el));
  if (target.name !== undefined) {
    const matcher = target.name;
    found = found.filter((el) => nameMatches(scan.name(el), matcher));
  }
  // The box last, for the few left: reading it forces a layout, the dearest question on a page
  // that keeps changing. With the target absent, a resolve then reads no layout at all.
  found = found.filter((el) => scan.visible(el));
  if (target.within !== undefined) {
    const containers = new Set(match(scan, target.within, depth + 1));
    found = containers.size === 0 ? [] : found.filter((el) => isInside(el, containers));
  }
  if (target.nth !== undefined) {
    const el = Number.isInteger(target.nth) ? found[target.nth] : undefined;
    return el ? [el] : [];
  }
  return found;
}

/** Visible matches of one Target, in document order, open shadow roots included. */
export function findAll(root: ScanRoot, target: Target, options?: ResolveOptions): Element[] {
  const scan = new Scan(root, options);
  try {
    return match(scan, target, 0);
  } finally {
    scan.close();
  }
}

export function countMatches(root: ScanRoot, target: Target, options?: ResolveOptions): number {
  return findAll(root, target, options).length;
}

/** What a watcher of a missing target needs besides the answer (see TargetWatch). */
export interface WatchResolution extends Resolution {
  /**
   * The visible matches of Targets that matched more than one element (no winner among them):
   * losing one of them can make that Target win, so a watcher must notice when one changes.
   */
  contenders: Element[];
  /** The open shadow roots searched: a watcher observes them too. */
  shadowRoots: ShadowRoot[];
}

function resolveIn(scan: Scan, list: Target[], contenders: Element[] | null): Resolution {
  const counts: number[] = [];
  for (const [i, t] of list.entries()) {
    const found = match(scan, t, 0);
    counts.push(found.length);
    if (found.length === 1 && found[0]) return { element: found[0], strategy: i, counts };
    if (contenders && found.length > 1) contenders.push(...found);
  }
  return { element: null, strategy: -1, counts };
}

/**
 * Tries the Targets in order; the first that finds exactly one visible element wins
 * (with `nth`, the nth visible match is intended and counts as one).
 */
export function resolveTarget(root: ScanRoot, target: Target | Target[], options?: ResolveOptions): Resolution {
  const scan = new Scan(root, options);
  try {
    return resolveIn(scan, Array.isArray(target) ? target : [target], null);
  } finally {
    scan.close();
  }
}

/** `resolveTarget`, plus the contenders and shadow roots a watcher needs to follow the page cheaply. */
export function resolveForWatch(root: ScanRoot, target: Target | Target[], options?: ResolveOptions): WatchResolution {
  const scan = new Scan(root, options);
  const contenders: Element[] = [];
  try {
    const resolution = resolveIn(scan, Array.isArray(target) ? target : [target], contenders);
    return { ...resolution, contenders: resolution.element ? [] : contenders, shadowRoots: scan.walkedShadowRoots };
  } finally {
    scan.close();
  }
}
