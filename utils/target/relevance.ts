/**
 * Which page mutations can matter to a watched Target (CONTRACTS §1), decided from the
 * MutationObserver records alone. A page that churns (a news feed, a clock, a busy SPA) then
 * costs a few selector and string checks per change, instead of a walk and a forced layout of
 * the whole page in every frame.
 *
 * Pure: uses only the nodes in the records and their trees; no globals. Conservative by design:
 * "may matter" may be wrong (the caller then resolves for nothing), "cannot matter" must not be,
 * except for the limits listed in docs/architecture.md ("What the target watch does not notice").
 *
 * The reasoning, per kind of record:
 * - nodes added: a match must lie inside them (its role/css candidate, and its name, label or
 *   text in their text or name attributes), or they hold text that names an element elsewhere
 *   (a `<label>`, an `aria-labelledby` target);
 * - content changed under a node (children added or removed, text edited): only elements around
 *   the change see different content — a candidate among its ancestors, a label or other name
 *   source among them; a `text` Target is checked against the page's text, as resolve does first;
 * - an attribute changed: what is inside the element (or the element) may have become visible,
 *   or another role/name; a name attribute's new value may name something;
 * - losing a match matters only when it can make another Target win: the "contenders" (visible
 *   matches of an ambiguous Target) are followed by containment.
 */
import type { Target } from '@/utils/pack/types';
import { hasCriterion, isWellFormed, MAX_WITHIN_DEPTH } from './resolve';
import { labelTexts, normalizeLabel } from './strategies';
import { normalize } from './text';

/** What a MutationRecord says; the DOM's MutationRecord fits (tests may pass plain objects). */
export interface MutationLike {
  readonly type: string;
  readonly target: Node;
  readonly addedNodes: ArrayLike<Node>;
  readonly removedNodes: ArrayLike<Node>;
  readonly attributeName: string | null;
}

export interface AbsentContext {
  /** Visible matches of the last resolve's ambiguous Targets (`WatchResolution.contenders`). */
  readonly contenders: readonly Element[];
  /** Open shadow roots known to be in the page: an attribute change above one can show what is inside it. */
  readonly shadowRoots: Iterable<ShadowRoot>;
}

export interface Verdict {
  /** True when the records may change what `resolveTarget` finds: resolve again. */
  matters: boolean;
  /** Open shadow roots found inside added nodes: the caller should observe them too. */
  shadowRoots: ShadowRoot[];
}

/**
 * The attributes whose changes can matter: visibility (`class`, `style`, `hidden`, `aria-hidden`,
 * `open`), role and name (`role`, `href`, `type`, `aria-label`, `title`, `alt`), the references
 * names and labels are made of (`id`, `for`, `aria-labelledby`), and slotting. Never `value`: a
 * text field's value attribute can mirror what the citizen types.
 */
export const WATCHED_ATTRIBUTES = [
  'class',
  'style',
  'hidden',
  'aria-hidden',
  'open',
  'disabled',
  'role',
  'href',
  'type',
  'aria-label',
  'aria-labelledby',
  'title',
  'alt',
  'id',
  'for',
  'slot',
] as const;

/** Attributes whose text can become (part of) an accessible name or label. */
const NAME_ATTRIBUTES = new Set(['aria-label', 'title', 'alt']);
/** Attributes that connect a name or label to its source elsewhere. */
const REFERENCE_ATTRIBUTES = new Set(['id', 'for', 'aria-labelledby']);

const BUTTON_INPUT_TYPES = ['button', 'image', 'reset', 'submit'].map((t) => `input[type="${t}" i]`);
const INPUT_BUTTONS = BUTTON_INPUT_TYPES.join(', ');

/**
 * The elements that can have each role without a `role` attribute: a superset of
 * dom-accessibility-api's implicit roles (its `getRole`, which resolve uses). A role not listed
 * here can only come from a `role` attribute.
 */
const IMPLICIT_ROLES: Readonly<Record<string, string>> = {
  article: 'article',
  banner: 'header',
  button: `button, summary, ${INPUT_BUTTONS}`,
  cell: 'td',
  checkbox: 'input[type="checkbox" i]',
  columnheader: 'th',
  combobox: 'input, select',
  complementary: 'aside',
  contentinfo: 'footer',
  definition: 'dd',
  dialog: 'dialog',
  document: 'html',
  figure: 'figure',
  form: 'form',
  group: 'details, fieldset, optgroup',
  heading: 'h1, h2, h3, h4, h5, h6',
  img: 'img',
  legend: 'legend',
  link: 'a[href], area[href], link[href]',
  list: 'menu, ol, ul',
  listbox: 'datalist, select',
  listitem: 'li',
  main: 'main',
  math: 'math',
  navigation: 'nav',
  none: 'img',
  option: 'option',
  presentation: 'img',
  progressbar: 'progress',
  radio: 'input[type="radio" i]',
  region: 'section',
  row: 'tr',
  rowgroup: 'tbody, tfoot, thead',
  searchbox: 'input',
  separator: 'hr',
  slider: 'input[type="range" i]',
  spinbutton: 'input[type="number" i]',
  status: 'output',
  table: 'table',
  term: 'dt',
  textbox: 'input, textarea',
};

/** Roles whose name comes from their content (dom-accessibility-api's list), plus table captions. */
const NAME_FROM_CONTENT = [
  'button',
  'cell',
  'checkbox',
  'columnheader',
  'gridcell',
  'heading',
  'label',
  'legend',
  'link',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'option',
  'radio',
  'row',
  'rowheader',
  'switch',
  'tab',
  'tooltip',
  'treeitem',
];

/** A CSS string literal's content. */
function cssString(s: string): string {
  return s.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ');
}

/** Every element that can have `role` (explicitly: the first token of `role`; or implicitly). */
export function roleSelector(role: string): string {
  const r = role.toLowerCase();
  const implicit = Object.hasOwn(IMPLICIT_ROLES, r) ? IMPLICIT_ROLES[r] : undefined;
  const explicit = `[role~="${cssString(r)}" i]`;
  return implicit ? `${implicit}, ${explicit}` : explicit;
}

const NAME_FROM_CONTENT_SELECTOR = [...NAME_FROM_CONTENT.map(roleSelector), 'caption'].join(', ');
/** Elements whose text names or labels another element (besides `aria-labelledby` targets, found by id). */
const NAME_SOURCE_SELECTOR = 'label, legend, caption, title';
/** Form fields a `label` Target can find (resolve's `isFormField` as a selector, a superset). */
const FIELD_SELECTOR = [
  'input, textarea, select, [contenteditable]',
  ...['textbox', 'searchbox', 'combobox', 'listbox', 'checkbox', 'radio', 'switch', 'slider', 'spinbutton'].map(
    (r) => `[role~="${r}" i]`,
  ),
].join(', ');
/** Candidates whose name can come from outside their subtree, or from a default ("Submit"). */
const EXTERNAL_NAME_SELECTOR =
  '[aria-labelledby], input[type="submit" i]:not([value]), input[type="reset" i]:not([value]), input[type="image" i]';
/** Elements that can have `<label>`s. */
const LABELABLE = new Set(['button', 'input', 'meter', 'output', 'progress', 'select', 'textarea']);
const LABELABLE_SELECTOR = [...LABELABLE, '[aria-labelledby]'].join(', ');
/** Where a citizen's own input lives: its text is not the page's, and resolve never reads it. */
const VALUE_HOLDER_SELECTOR =
  'textarea, select, [contenteditable]:not([contenteditable="false" i]), [role~="textbox" i], [role~="searchbox" i], [role~="combobox" i], [role~="listbox" i], [role~="spinbutton" i]';
/** New, removed or edited style sheets can show or hide anything. */
const STYLE_SELECTOR = 'style, link';
/** More candidates than this in one changed subtree: stop looking closer and resolve. */
const MAX_CANDIDATES = 64;
const OWN_UI_PREFIX = 'vejviser-';

// ---------- the compiled Target ----------

/** A string a match must contain (name, label or text), in the forms the checks need. */
interface Needle {
  /** Normalized (NFC, lower case), all whitespace removed: names add spaces between blocks. */
  compact: string;
  /** Its words: each must appear in the text (or name attributes) of what holds a match. */
  tokens: string[];
  /** Per word, a selector for name attributes that may hold it (ASCII part only: CSS `i` is ASCII-only). */
  attributes: string[];
}

type CssMode = 'plain' | 'siblings' | 'volatile';

interface Facets {
  /** Each must match some element of a subtree that holds a match (checked one by one: a superset). */
  selectors: string[];
  css: string | null;
  /** `siblings`: also depends on siblings or emptiness; `volatile`: on anything (`:has()`). */
  cssMode: CssMode;
  name: Needle | 'regex' | null;
  label: Needle | null;
  text: Needle | null;
  /** The elements whose content can change a match's name, or its box: candidates among a change's ancestors. */
  contentSelector: string | null;
  within: Facets | null;
}

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

function compile(t: Target, depth: number): Facets | null {
  if (!t || typeof t !== 'object' || depth > MAX_WITHIN_DEPTH) return null;
  if (!hasCriterion(t) || !isWellFormed(t)) return null;
  const selectors: string[] = [];
  let contentSelector: string | null = null;
  if (typeof t.role === 'string') {
    selectors.push(roleSelector(t.role));
    contentSelector = roleSelector(t.role);
  } else if (t.name !== undefined) {
    contentSelector = NAME_FROM_CONTENT_SELECTOR;
  }
  // A field's content never changes its label, so a `label` Target alone has no content selector.
  if (t.label !== undefined) selectors.push(FIELD_SELECTOR);
  const css = typeof t.css === 'string' ? t.css : null;
  if (css !== null) {
    selectors.push(css);
    contentSelector = contentSelector ? `:is(${contentSelector}):is(${css})` : css;
  }
  let within: Facets | null = null;
  if (t.within !== undefined) {
    within = compile(t.within, depth + 1);
    // A `within` that can never match makes the Target match nothing: no change can matter.
    if (within === null) return null;
  }
  const name = t.name;
  return {
    selectors,
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
    contentSelector,
    within,
  };
}

// ---------- DOM helpers (on the nodes given) ----------

const isElement = (n: Node | null | undefined): n is Element => n?.nodeType === 1;
const isShadowRoot = (n: Node | null | undefined): n is ShadowRoot => n?.nodeType === 11 && 'host' in n;

function isOwnUi(n: Node): boolean {
  return isElement(n) && n.localName.startsWith(OWN_UI_PREFIX);
}

/** The parent in the composed tree: a shadow root leads to its host. */
function composedUp(n: Node): Node | null {
  if (isShadowRoot(n)) return n.host;
  const parent = n.parentNode;
  return isShadowRoot(parent) ? parent.host : parent;
}

/** The node (when an element) and every element it is rendered inside: parents, shadow hosts, assigned slots. */
function ancestry(node: Node): Element[] {
  const out: Element[] = [];
  const seen = new Set<Node>();
  const stack: Node[] = [node];
  while (stack.length > 0) {
    let n: Node | null = stack.pop() ?? null;
    while (n && !seen.has(n)) {
      seen.add(n);
      if (isElement(n)) out.push(n);
      const slot = (n as Partial<Element>).assignedSlot;
      if (slot) stack.push(slot);
      n = composedUp(n);
    }
  }
  return out;
}

/** Runs a selector without ever throwing: an invalid one gives `onError`. */
function safely<T>(run: () => T, onError: T): T {
  try {
    return run();
  } catch {
    return onError;
  }
}

/** The node or something inside it (not inside its shadow roots) matches `selector`. */
function holds(node: Node, selector: string): boolean {
  return safely(
    () =>
      (isElement(node) && node.matches(selector)) ||
      (node as Partial<ParentNode>).querySelector?.call(node, selector) != null,
    true,
  );
}

/** Up to MAX_CANDIDATES + 1 elements: the node and those inside it that match. */
function candidatesIn(node: Node, selector: string): Element[] {
  return safely(() => {
    const found: Element[] = isElement(node) && node.matches(selector) ? [node] : [];
    const inside = (node as Partial<ParentNode>).querySelectorAll?.call(node, selector) ?? [];
    for (const el of inside) {
      if (found.length > MAX_CANDIDATES) break;
      found.push(el);
    }
    return found;
  }, []);
}

/**
 * The open shadow roots in a subtree, nested ones included. `querySelector` and `textContent`
 * do not enter shadow roots, so each is checked on its own (closed ones are never searched).
 */
function shadowRootsIn(node: Node): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const stack: Element[] = [];
  const pushChildren = (n: ParentNode) => {
    for (let c = n.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  };
  if (isElement(node)) stack.push(node);
  else pushChildren(node as unknown as ParentNode);
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    if (el.shadowRoot) {
      roots.push(el.shadowRoot);
      pushChildren(el.shadowRoot);
    }
    pushChildren(el);
  }
  return roots;
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

const compactOf = (s: string) => normalize(s).replace(/ /g, '');

// ---------- one batch of records ----------

/** Per-call caches: each node's text is read at most once per batch of records. */
class Batch {
  private readonly texts = new Map<Node, string>();
  private readonly ancestries = new Map<Node, Element[]>();
  private readonly referenced = new Map<Node, Set<string>>();
  private readonly treeTexts = new Map<Node, string>();
  readonly found: ShadowRoot[] = [];

  constructor(readonly known: readonly ShadowRoot[]) {}

  /** Lower-case NFC text of a subtree (all of it, hidden parts too: a superset of what resolve reads). */
  text(node: Node): string {
    let t = this.texts.get(node);
    if (t === undefined) {
      t = (node.textContent ?? '').normalize('NFC').toLowerCase();
      this.texts.set(node, t);
    }
    return t;
  }

  ancestry(node: Node): Element[] {
    let a = this.ancestries.get(node);
    if (!a) {
      a = ancestry(node);
      this.ancestries.set(node, a);
    }
    return a;
  }

  /** The ids `aria-labelledby` refers to in the node's tree (names and labels can come from them). */
  referencedIds(node: Node): Set<string> {
    const root = node.getRootNode();
    let ids = this.referenced.get(root);
    if (!ids) {
      ids = new Set();
      const refs = (root as Partial<ParentNode>).querySelectorAll?.call(root, '[aria-labelledby]') ?? [];
      for (const el of refs) for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/)) ids.add(id);
      ids.delete('');
      this.referenced.set(root, ids);
    }
    return ids;
  }

  /** The node is, or holds, an element that `aria-labelledby` refers to. */
  holdsReferenced(node: Node): boolean {
    if (!holds(node, '[id]')) return false;
    const ids = this.referencedIds(node);
    if (ids.size === 0) return false;
    const root = node.getRootNode() as Partial<Document | ShadowRoot>;
    if (isElement(node) && node.id && ids.has(node.id)) return true;
    for (const id of ids) {
      const el = root.getElementById?.call(root, id);
      if (el && node.contains(el)) return true;
    }
    return false;
  }

  /** A tree's whole text in resolve's comparison form (its first check for a `text` Target). */
  treeText(root: Node): string {
    let t = this.treeTexts.get(root);
    if (t === undefined) {
      const node = root.nodeType === 9 ? (root as Document).documentElement : root;
      t = normalize(node?.textContent ?? '');
      this.treeTexts.set(root, t);
    }
    return t;
  }
}

// ---------- the checks ----------

function hasNeedle(f: Facets): boolean {
  return (f.name !== null && f.name !== 'regex') || f.label !== null || f.text !== null;
}

/** The name and label strings of a facet: text that names an element from elsewhere may be one of them. */
function namingNeedles(f: Facets): Needle[] {
  const out: Needle[] = [];
  if (f.name !== null && f.name !== 'regex') out.push(f.name);
  if (f.label !== null) out.push(f.label);
  return out;
}

function tokensIn(batch: Batch, node: Node, n: Needle): boolean {
  const text = batch.text(node);
  return n.tokens.every((token, i) => {
    if (text.includes(token)) return true;
    const attributes = n.attributes[i];
    return attributes !== undefined && attributes !== '' && holds(node, attributes);
  });
}

/** A candidate in the subtree may be named from outside it (`aria-labelledby`, `<label>`), or by a default. */
function externalName(node: Node, f: Facets): boolean {
  const candidates = candidatesIn(node, f.selectors[0] ?? LABELABLE_SELECTOR);
  if (candidates.length > MAX_CANDIDATES) return true;
  return candidates.some((el) => {
    if (safely(() => el.matches(EXTERNAL_NAME_SELECTOR), true)) return true;
    if (!LABELABLE.has(el.localName)) return false;
    const labels = (el as Partial<HTMLInputElement>).labels;
    return labels != null && labels.length > 0;
  });
}

/** A field in the subtree is labelled with the needle (exactly as resolve compares labels). */
function labelledField(node: Node, n: Needle): boolean {
  const fields = candidatesIn(node, FIELD_SELECTOR);
  if (fields.length > MAX_CANDIDATES) return true;
  return fields.some((el) => labelTexts(el).some((text) => compactOf(normalizeLabel(text)) === n.compact));
}

/** Name, label and text could all be satisfied by something in the subtree. */
function plausible(batch: Batch, node: Node, f: Facets): boolean {
  if (f.name && f.name !== 'regex' && !tokensIn(batch, node, f.name) && !externalName(node, f)) return false;
  if (f.label && !tokensIn(batch, node, f.label) && !labelledField(node, f.label)) return false;
  if (f.text && !tokensIn(batch, node, f.text)) return false;
  return true;
}

/** The subtree holds text that names or labels an element elsewhere, and that text may be the needle. */
function namesOthers(batch: Batch, node: Node, f: Facets): boolean {
  if (!f.name && !f.label) return false;
  if (!holds(node, `${NAME_SOURCE_SELECTOR}, [id]`)) return false;
  if (batch.holdsReferenced(node)) return true;
  if (!holds(node, NAME_SOURCE_SELECTOR)) return false;
  if (f.name === 'regex') return true;
  const text = compactOf(batch.text(node));
  return namingNeedles(f).some((n) => overlaps(text, n.compact));
}

/** A subtree (added, or under a changed attribute) may hold a match of `f`, or name one. */
function subtreeMayMatch(batch: Batch, node: Node, f: Facets, valueHolder: boolean): boolean {
  if (f.cssMode === 'volatile') return true;
  const structural = f.selectors.length === 0 || f.selectors.every((s) => holds(node, s));
  // Inside a field the text is the citizen's: resolve never reads it, so neither do we.
  if (valueHolder) return f.selectors.length > 0 && structural;
  if (structural && plausible(batch, node, f)) return true;
  if (namesOthers(batch, node, f)) return true;
  return f.within !== null && subtreeMayMatch(batch, node, f.within, false);
}

/** The content under `parent` changed (children added or removed, or its text edited). */
function contentMayMatter(batch: Batch, parent: Node, chain: readonly Element[], f: Facets): boolean {
  if (f.cssMode === 'volatile') return true;
  if (f.cssMode === 'siblings' && f.css !== null && holds(parent, f.css)) return true;
  // A candidate around the change: its name, text or box may be new.
  if (f.contentSelector !== null) {
    const selector = f.contentSelector;
    for (const el of chain) {
      if (safely(() => el.matches(selector), true) && (!hasNeedle(f) || plausible(batch, el, f))) return true;
    }
  }
  // A label, legend, caption or `aria-labelledby` target around the change: what it names may be new.
  // (The text test comes before the reference test: that one queries the whole tree.)
  if (f.name || f.label) {
    for (const el of chain) {
      const tag = el.matches(NAME_SOURCE_SELECTOR);
      if (!tag && el.id === '') continue;
      const text = f.name === 'regex' ? null : compactOf(batch.text(el));
      const may = text === null || namingNeedles(f).some((n) => overlaps(text, n.compact));
      if (may && (tag || batch.referencedIds(el).has(el.id))) return true;
    }
  }
  // Text: resolve first asks whether any tree's text holds it at all; when none does, nothing can match.
  if (f.text) {
    const want = f.text.tokens.join(' ');
    const trees = new Set<Node>([parent.getRootNode(), ...batch.known, ...batch.found]);
    for (const root of trees) if (batch.treeText(root).includes(want)) return true;
  }
  return f.within !== null && contentMayMatter(batch, parent, chain, f.within);
}

/** An attribute of `el` changed. */
function attributeMayMatter(batch: Batch, el: Element, attribute: string | null, f: Facets): boolean {
  if (f.cssMode === 'volatile' || isStyle(el)) return true;
  if (attribute !== null && REFERENCE_ATTRIBUTES.has(attribute) && (f.name || f.label)) return true;
  if (attribute !== null && NAME_ATTRIBUTES.has(attribute)) {
    if (f.name === 'regex' && el.id !== '') return true;
    const value = compactOf(el.getAttribute(attribute) ?? '');
    if (namingNeedles(f).some((n) => overlaps(value, n.compact))) return true;
  }
  if (subtreeMayMatch(batch, el, f, false)) return true;
  // What is inside open shadow roots below it may have become visible too.
  for (const root of batch.known) {
    if (batch.ancestry(root.host).includes(el) && subtreeMayMatch(batch, root, f, false)) return true;
  }
  return f.within !== null && attributeMayMatter(batch, el, attribute, f.within);
}

function isStyle(n: Node): boolean {
  return isElement(n) && (n.localName === 'style' || n.localName === 'link');
}

function touchesStyle(n: Node): boolean {
  return isElement(n) && (isStyle(n) || (n.firstElementChild !== null && holds(n, STYLE_SELECTOR)));
}

/** Where a change happened, worked out once per parent per batch. */
interface Place {
  chain: Element[];
  /** In `<head>` or in our own UI: nothing there is ever a target (resolve skips both). */
  outOfScope: boolean;
  /** Inside a field or editable region: its content is the citizen's. */
  valueHolder: boolean;
}

/** A facet whose selector the browser rejects matches nothing (as in resolve): it is dropped. */
function validCss(f: Facets, probe: Element): boolean {
  const css = f.css;
  if (css !== null && !safely(() => probe.matches(css) || true, false)) return false;
  return f.within === null || validCss(f.within, probe);
}

/** The compiled form of a step's Target(s), asked about each batch of mutation records. */
export class TargetInterest {
  private facets: Facets[];
  private checkedCss = false;

  constructor(target: Target | Target[]) {
    const list = Array.isArray(target) ? target : [target];
    this.facets = list.map((t) => compile(t, 0)).filter((f): f is Facets => f !== null);
  }

  /** False when no Target can ever match (all malformed): no change can matter. */
  get canMatch(): boolean {
    return this.facets.length > 0;
  }

  /**
   * While the target is absent (no Target found exactly one element): may these records change
   * what `resolveTarget` finds? Also lists the open shadow roots found in added nodes.
   */
  mayChangeResolution(records: readonly MutationLike[], ctx: AbsentContext): Verdict {
    const batch = new Batch([...ctx.shadowRoots]);
    const found = batch.found;
    const no: Verdict = { matters: false, shadowRoots: found };
    const yes: Verdict = { matters: true, shadowRoots: found };
    const probe = records[0]?.target;
    if (!this.checkedCss && probe) {
      const el = isElement(probe) ? probe : probe.ownerDocument?.documentElement;
      if (el) {
        this.facets = this.facets.filter((f) => validCss(f, el));
        this.checkedCss = true;
      }
    }
    if (!this.canMatch) return no;
    const any = (check: (f: Facets) => boolean) => this.facets.some(check);

    // Around the contenders: a change that touches one may take it away, and another Target may win.
    const contenders = new Set<Node>(ctx.contenders);
    const aroundContenders = new Set<Node>();
    for (const el of ctx.contenders) for (const a of batch.ancestry(el)) aroundContenders.add(a);
    const touchesContender = (chain: readonly Element[]) => chain.some((el) => contenders.has(el));

    const places = new Map<Node, Place>();
    const placeOf = (node: Node): Place => {
      let place = places.get(node);
      if (!place) {
        const chain = batch.ancestry(node);
        place = {
          chain,
          outOfScope: chain.some((el) => el.localName === 'head' || el.localName.startsWith(OWN_UI_PREFIX)),
          valueHolder: chain.some((el) => safely(() => el.matches(VALUE_HOLDER_SELECTOR), false)),
        };
        places.set(node, place);
      }
      return place;
    };
    const contentChecked = new Set<Node>();

    for (const record of records) {
      const target = record.target;
      if (record.type === 'attributes') {
        if (!isElement(target)) continue;
        if (isStyle(target)) return yes;
        const place = placeOf(target);
        if (place.outOfScope) continue;
        if (aroundContenders.has(target) || touchesContender(place.chain)) return yes;
        if (any((f) => attributeMayMatter(batch, target, record.attributeName, f))) return yes;
        continue;
      }
      // childList or characterData: the content under `parent` changed.
      const parent = record.type === 'characterData' ? target.parentNode : target;
      if (!parent) continue;
      if (parent.nodeType === 9 || isStyle(parent)) return yes;
      const added = Array.from(record.addedNodes).filter((n) => !isOwnUi(n));
      const removed = Array.from(record.removedNodes).filter((n) => !isOwnUi(n));
      // Only our own host moved (into or out of a page's modal dialog): nothing of the page changed.
      if (record.type === 'childList' && added.length === 0 && removed.length === 0) continue;
      for (const node of [...added, ...removed]) if (touchesStyle(node)) return yes;
      const place = placeOf(parent);
      if (place.outOfScope) continue;
      if (touchesContender(place.chain)) return yes;
      for (const node of removed) if (aroundContenders.has(node)) return yes;
      for (const node of added) {
        if (!isElement(node)) continue;
        if (any((f) => subtreeMayMatch(batch, node, f, place.valueHolder))) return yes;
        for (const root of shadowRootsIn(node)) {
          found.push(root);
          if (any((f) => subtreeMayMatch(batch, root, f, false))) return yes;
        }
      }
      if (place.valueHolder || contentChecked.has(parent)) continue;
      contentChecked.add(parent);
      if (any((f) => contentMayMatter(batch, parent, place.chain, f))) return yes;
    }
    return no;
  }
}

/**
 * While the target is shown: may these records have removed it, hidden it or changed its box?
 * Only changes to it, inside it or above it can (and new or edited style sheets).
 */
export function mayAffectShown(records: readonly MutationLike[], element: Element): boolean {
  const around = new Set<Node>(ancestry(element));
  const insides = new Map<Node, boolean>();
  const inside = (node: Node) => {
    let v = insides.get(node);
    if (v === undefined) {
      v = ancestry(node).includes(element);
      insides.set(node, v);
    }
    return v;
  };
  for (const record of records) {
    const target = record.target;
    if (record.type === 'attributes') {
      if (isOwnUi(target)) continue;
      if (isStyle(target) || around.has(target) || inside(target)) return true;
      continue;
    }
    const parent = record.type === 'characterData' ? target.parentNode : target;
    if (!parent) continue;
    if (isStyle(parent)) return true;
    for (const node of Array.from(record.removedNodes)) {
      if (around.has(node) || touchesStyle(node)) return true;
    }
    for (const node of Array.from(record.addedNodes)) if (touchesStyle(node)) return true;
    // Content inside it (its box), or children of a shadow host it is rendered in (slotting).
    if (inside(parent)) return true;
    if (around.has(parent) && (parent as Partial<Element>).shadowRoot) return true;
  }
  return false;
}
