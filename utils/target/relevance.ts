/**
 * Which page mutations can matter to a watched Target (CONTRACTS §1), decided from the
 * MutationObserver records alone. A page that churns (a news feed, a clock, a busy SPA) then
 * costs a few selector and string checks per change, instead of a walk and a forced layout of
 * the whole page in every frame.
 *
 * Pure: uses only the nodes in the records and their trees; no globals. Conservative by design:
 * "may matter" may be wrong (the caller then resolves for nothing), "cannot matter" must not be,
 * except for the limits listed in docs/architecture.md ("What the target watch does not notice
 * at once").
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
 *
 * Cost is what decides the shape. In a content script every node touched needs a wrapper in its
 * world, so opening each added node costs about a microsecond before any check; a selector list
 * costs several times a single-compound selector. Hence: element tests are property reads, and
 * when one parent gets many records in one batch (a list being filled) its subtree is first asked
 * as a whole, with a few single-compound queries, and its records are opened only when that
 * subtree could hold a candidate at all. That view cannot see into new shadow roots: TargetWatch
 * covers it with a full resolve at least every couple of seconds while the page keeps changing.
 */
import type { Target } from '@/utils/pack/types';
import { hasCriterion, isWellFormed, MAX_WITHIN_DEPTH } from './resolve';
import { FIELD_ROLES, labelTexts, normalizeLabel } from './strategies';
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

/** An element a role can come from without a `role` attribute: `tag`, `tag[href]` or `input:type|type`. */
interface ElementSpec {
  tag: string;
  href: boolean;
  types: readonly string[] | null;
}

function spec(s: string): ElementSpec {
  const [tag = s, types] = s.split(':');
  return { tag: tag.replace('[href]', ''), href: tag.endsWith('[href]'), types: types ? types.split('|') : null };
}

/**
 * The elements that can have each role without a `role` attribute: a superset of
 * dom-accessibility-api's implicit roles (its `getRole`, which resolve uses). A role not listed
 * here can only come from a `role` attribute.
 */
const IMPLICIT_ROLES: ReadonlyMap<string, readonly ElementSpec[]> = new Map(
  Object.entries({
    article: 'article',
    banner: 'header',
    button: 'button summary input:button|image|reset|submit',
    cell: 'td',
    checkbox: 'input:checkbox',
    columnheader: 'th',
    combobox: 'input select',
    complementary: 'aside',
    contentinfo: 'footer',
    definition: 'dd',
    dialog: 'dialog',
    document: 'html',
    figure: 'figure',
    form: 'form',
    group: 'details fieldset optgroup',
    heading: 'h1 h2 h3 h4 h5 h6',
    img: 'img',
    legend: 'legend',
    link: 'a[href] area[href] link[href]',
    list: 'menu ol ul',
    listbox: 'datalist select',
    listitem: 'li',
    main: 'main',
    math: 'math',
    navigation: 'nav',
    none: 'img',
    option: 'option',
    presentation: 'img',
    progressbar: 'progress',
    radio: 'input:radio',
    region: 'section',
    row: 'tr',
    rowgroup: 'tbody tfoot thead',
    searchbox: 'input',
    separator: 'hr',
    slider: 'input:range',
    spinbutton: 'input:number',
    status: 'output',
    table: 'table',
    term: 'dt',
    textbox: 'input textarea',
  }).map(([role, specs]) => [role, specs.split(' ').map(spec)]),
);

/** Roles whose name comes from their content (dom-accessibility-api's list). */
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

/** The roles of the fields a `label` Target can find (resolve's `isFormField`), as a list. */
const FIELD_ROLE_LIST = [...FIELD_ROLES];
/** Where a citizen's own input lives (text.ts `holdsFieldValue`): its text is not the page's, and resolve never reads it. */
const VALUE_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'listbox', 'spinbutton']);

/** A CSS string literal's content. */
function cssString(s: string): string {
  return s.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ');
}

function specSelector(s: ElementSpec): string {
  if (s.types) return s.types.map((t) => `${s.tag}[type="${t}" i]`).join(', ');
  return s.href ? `${s.tag}[href]` : s.tag;
}

/** Every element that can have `role` (explicitly: a token of `role`; or implicitly). */
export function roleSelector(role: string): string {
  const r = role.toLowerCase();
  const implicit = (IMPLICIT_ROLES.get(r) ?? []).map(specSelector);
  return [...implicit, `[role~="${cssString(r)}" i]`].join(', ');
}

/**
 * An element test from plain property reads (a long selector list costs more per element). Gets
 * the element's `localName`, read once by the caller, and whether it has any of ATTRIBUTES_READ:
 * only then does it read attributes.
 */
type Test = (el: Element, tag: string, attrs: boolean) => boolean;

function hasToken(list: string, token: string): boolean {
  return list.toLowerCase().split(/\s+/).includes(token);
}

/** `roleSelector` as a test. */
function roleTest(roles: readonly string[]): Test {
  const wanted = roles.map((r) => r.toLowerCase());
  const byTag = new Map<string, ElementSpec[]>();
  for (const r of wanted)
    for (const s of IMPLICIT_ROLES.get(r) ?? []) byTag.set(s.tag, [...(byTag.get(s.tag) ?? []), s]);
  return (el, tag, attrs) => {
    const specs = byTag.get(tag);
    if (specs) {
      for (const s of specs) {
        if (s.href && !(attrs && el.hasAttribute('href'))) continue;
        if (s.types && !(attrs && s.types.includes((el.getAttribute('type') ?? '').toLowerCase()))) continue;
        return true;
      }
    }
    if (!attrs) return false;
    const role = el.getAttribute('role');
    return role !== null && wanted.some((r) => hasToken(role, r));
  };
}

const fieldTest: Test = (el, tag, attrs) => {
  if (tag === 'input' || tag === 'textarea' || tag === 'select') return true;
  if (!attrs) return false;
  if (el.hasAttribute('contenteditable')) return true;
  const role = el.getAttribute('role');
  return role !== null && FIELD_ROLE_LIST.some((r) => hasToken(role, r));
};

/** Fields and editable regions: what is typed there is the citizen's. */
const valueHolderTest = (el: Element): boolean => {
  const tag = el.localName;
  if (tag === 'textarea' || tag === 'select') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const role = el.getAttribute('role');
  return role !== null && VALUE_ROLES.has(role.trim().split(/\s+/)[0]?.toLowerCase() ?? '');
};

const cssTest =
  (css: string): Test =>
  (el) =>
    safely(() => el.matches(css), true);

const allOf =
  (tests: Test[]): Test =>
  (el, tag, attrs) =>
    tests.every((t) => t(el, tag, attrs));

const NAME_FROM_CONTENT_TEST: Test = (() => {
  const byRole = roleTest(NAME_FROM_CONTENT);
  return (el, tag, attrs) => tag === 'caption' || byRole(el, tag, attrs);
})();

/** The attributes element tests read; one `matches` tells whether an element has any. */
const ATTRIBUTES_READ = '[role], [id], [href], [type], [contenteditable], [aria-labelledby]';

/** Elements whose text names or labels another element (besides `aria-labelledby` targets, found by id). */
const SOURCE_TAGS = new Set(['label', 'legend', 'caption', 'title']);
const NAME_SOURCE_SELECTOR = [...SOURCE_TAGS].join(', ');
/** Form fields a `label` Target can find (resolve's `isFormField` as a selector, a superset). */
const FIELD_SELECTOR = [
  'input, textarea, select, [contenteditable]',
  ...FIELD_ROLE_LIST.map((r) => `[role~="${r}" i]`),
].join(', ');
const BUTTON_INPUT_TYPES = ['button', 'image', 'reset', 'submit'].map((t) => `input[type="${t}" i]`);
/** Candidates whose name can come from outside their subtree, or from a default ("Submit"). */
const EXTERNAL_NAME_SELECTOR =
  '[aria-labelledby], input[type="submit" i]:not([value]), input[type="reset" i]:not([value]), input[type="image" i]';
/** Elements that can have `<label>`s. */
const LABELABLE = new Set(['button', 'input', 'meter', 'output', 'progress', 'select', 'textarea']);
const LABELABLE_SELECTOR = [...LABELABLE, '[aria-labelledby]'].join(', ');
/** More candidates than this in one changed subtree: stop looking closer and resolve. */
const MAX_CANDIDATES = 64;
/**
 * More records than this under one parent in one batch: ask the parent's subtree as a whole
 * before opening any added node. About where the two cost the same on a list of a few hundred
 * elements (measured in an isolated world: ~1 µs per record opened, ~20 µs per subtree asked).
 */
export const BULK_RECORDS = 16;
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

function compile(t: Target, depth: number): Facets | null {
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

// ---------- DOM helpers (on the nodes given) ----------

const isElement = (n: Node | null | undefined): n is Element => n?.nodeType === 1;
const isShadowRoot = (n: Node | null | undefined): n is ShadowRoot => n?.nodeType === 11 && 'host' in n;
const isOwnUi = (n: Node): boolean => isElement(n) && n.localName.startsWith(OWN_UI_PREFIX);
const isStyle = (n: Node): boolean => isElement(n) && (n.localName === 'style' || n.localName === 'link');

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

/** Runs a DOM call without ever throwing (an invalid selector): `onError` instead. */
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
  private readonly treeTexts = new Map<Node, string>();
  readonly found: ShadowRoot[] = [];

  /**
   * @param referenced The ids `aria-labelledby` refers to, per tree: kept across batches by the
   *   caller and cleared when an `aria-labelledby` changes or an element carrying one is added
   *   (removed ones only leave extra ids: safe).
   */
  constructor(
    readonly known: readonly ShadowRoot[],
    private readonly referenced: Map<Node, Set<string>>,
  ) {}

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

/** Only a `text` (no role, name, label or css): the page's text decides (see contentMayMatter). */
function textOnly(f: Facets): boolean {
  return f.test === null && f.name === null && f.label === null;
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

/** A field in the subtree is labelled with the needle (as resolve compares labels, spaces aside). */
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
  const structural = f.selectors.every((s) => holds(node, s));
  // Inside a field the text is the citizen's: resolve never reads it, so neither do we.
  if (valueHolder) return f.test !== null && structural;
  if (structural && plausible(batch, node, f)) return true;
  if (namesOthers(batch, node, f)) return true;
  return f.within !== null && subtreeMayMatch(batch, node, f.within, false);
}

/** The content under `parent` changed (children added or removed, or its text edited). */
function contentMayMatter(batch: Batch, parent: Node, chain: readonly Element[], f: Facets): boolean {
  if (f.cssMode === 'volatile') return true;
  if (f.cssMode === 'siblings' && f.css !== null && holds(parent, f.css)) return true;
  // A candidate around the change: its name, text or box may be new.
  if (f.contentTest !== null) {
    for (const el of chain) {
      if (f.contentTest(el, el.localName, el.matches(ATTRIBUTES_READ)) && (!hasNeedle(f) || plausible(batch, el, f))) {
        return true;
      }
    }
  }
  // A label, legend, caption or `aria-labelledby` target around the change: what it names may be new.
  if (f.name || f.label) {
    for (const el of chain) {
      const tag = SOURCE_TAGS.has(el.localName);
      if (!tag && el.id === '') continue;
      if (!tag && !batch.referencedIds(el).has(el.id)) continue;
      if (f.name === 'regex') return true;
      const text = compactOf(batch.text(el));
      if (namingNeedles(f).some((n) => overlaps(text, n.compact))) return true;
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
  if (f.cssMode === 'volatile') return true;
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

/** Where a change happened, worked out once per node per batch. */
interface Place {
  chain: Element[];
  /** The document itself (a new document element) or a style sheet's text: anything can follow. */
  revealing: boolean;
  /** In `<head>` or in our own UI: nothing there is ever a target (resolve skips both). */
  outOfScope: boolean;
  /** Inside a field or editable region: its content is the citizen's. */
  valueHolder: boolean;
  /** Inside a contender: a change there may take it away. */
  inContender: boolean;
}

/** A facet whose selector the browser rejects matches nothing (as in resolve): it is dropped. */
function validCss(f: Facets, probe: Element): boolean {
  const css = f.css;
  if (css !== null && !safely(() => probe.matches(css) || true, false)) return false;
  return f.within === null || validCss(f.within, probe);
}

/** `resolve`: something was added that can change anything (a style sheet, a new `aria-labelledby`). */
type Survey = 'resolve' | 'closer' | 'quiet';

/** The compiled form of a step's Target(s), asked about each batch of mutation records. */
export class TargetInterest {
  private facets: Facets[];
  private checkedCss = false;
  /** Element tests of every facet (and `within`) that has one; see `closer`. */
  private tests: Test[] = [];
  /** Some facet may match any element (a `name` without a role). */
  private anyElement = false;
  /** Some facet has a name or label (their text can come from a label or an id elsewhere). */
  private named = false;
  /** The union of the facets' summaries (null: some facet's candidates cannot be summarized). */
  private summary: Set<string> | null = null;

  constructor(target: Target | Target[]) {
    const list = Array.isArray(target) ? target : [target];
    this.facets = list.map((t) => compile(t, 0)).filter((f): f is Facets => f !== null);
    this.prepare();
  }

  private prepare(): void {
    this.tests = [];
    this.anyElement = false;
    this.named = false;
    let summary: Set<string> | null = new Set();
    for (const top of this.facets) {
      for (let f: Facets | null = top; f; f = f.within) {
        if (f.cssMode === 'volatile') this.anyElement = true;
        if (f.test) this.tests.push(f.test);
        else if (!textOnly(f)) this.anyElement = true;
        if (f.name || f.label) this.named = true;
        if (!f.summary) summary = null;
        for (const sel of f.summary ?? []) summary?.add(sel);
      }
    }
    // Of the name sources only <label> names elements elsewhere (a legend, caption or svg title
    // names an ancestor, which the content check looks at); a new `aria-labelledby` changes which
    // ids name something, which the per-node survey keeps track of.
    if (summary && this.named) {
      summary.add('label');
      summary.add('[aria-labelledby]');
    }
    this.summary = summary;
  }

  /** False when no Target can ever match (all malformed): no change can matter. */
  get canMatch(): boolean {
    return this.facets.length > 0;
  }

  /**
   * Whether an element deserves the closer (selector) checks: it could be a candidate of some
   * facet, or name one. Property reads only: this runs on every element a page adds.
   */
  private closer(el: Element, tag: string, attrs: boolean): boolean {
    if (this.anyElement) return true;
    if (this.named && (SOURCE_TAGS.has(tag) || (attrs && el.id !== ''))) return true;
    for (const test of this.tests) if (test(el, tag, attrs)) return true;
    return false;
  }

  /**
   * Whether anything inside `root` (not inside shadow roots) could be a candidate or name one,
   * asked of the whole subtree at once. Used when a parent gets many records in one batch: then
   * this is far cheaper than opening each added node (each costs a wrapper in our world).
   */
  private mayHold(root: Node, batch: Batch): boolean {
    if (this.summary === null) return true;
    const query = (root as Partial<ParentNode>).querySelector;
    if (typeof query !== 'function') return true;
    for (const selector of this.summary) if (safely(() => query.call(root, selector) !== null, true)) return true;
    return this.named && batch.holdsReferenced(root);
  }

  /**
   * One walk of an added subtree: a style sheet, elements worth a closer look, open shadow roots
   * (pushed to `roots`). Runs on every element a page adds, so it reads as little as it can.
   */
  private survey(node: Element, roots: ShadowRoot[]): Survey {
    let result: Survey = 'quiet';
    const stack = this.stack;
    stack.length = 0;
    stack.push(node);
    for (let el = stack.pop(); el; el = stack.pop()) {
      const tag = el.localName;
      if (tag === 'style' || tag === 'link') return 'resolve';
      const attrs = el.matches(ATTRIBUTES_READ);
      if (attrs && el.hasAttribute('aria-labelledby')) {
        this.referenced.clear();
        return 'resolve';
      }
      if (result === 'quiet' && this.closer(el, tag, attrs)) result = 'closer';
      const root = el.shadowRoot;
      if (root) {
        roots.push(root);
        for (let c = root.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
      }
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
    }
    return result;
  }

  private readonly stack: Element[] = [];
  /** See Batch: the ids `aria-labelledby` refers to, per tree. */
  private readonly referenced = new Map<Node, Set<string>>();

  /**
   * One content record's nodes: 'matters', 'changed' (something of the page was added or removed)
   * or 'ours' (only our own host moved, into or out of a page's modal dialog).
   */
  private recordMayMatter(
    record: MutationLike,
    place: Place,
    batch: Batch,
    aroundContenders: ReadonlySet<Node>,
    found: ShadowRoot[],
  ): 'matters' | 'changed' | 'ours' {
    const any = (check: (f: Facets) => boolean) => this.facets.some(check);
    let changed = record.type === 'characterData';
    const removed = record.removedNodes;
    for (let i = 0, n = removed.length; i < n; i++) {
      const node = removed[i] as Node;
      if (isOwnUi(node)) continue;
      changed = true;
      // A removed contender may leave another Target one match (a removed style sheet: StyleSheetWatch).
      if (aroundContenders.has(node)) return 'matters';
    }
    const added = record.addedNodes;
    for (let i = 0, n = added.length; i < n; i++) {
      const node = added[i] as Node;
      if (!isElement(node)) {
        changed = true;
        continue;
      }
      if (node.localName.startsWith(OWN_UI_PREFIX)) continue;
      changed = true;
      const from = found.length;
      const survey = this.survey(node, found);
      if (survey === 'resolve') return 'matters';
      if (survey === 'quiet') continue;
      // `text`-only facets are decided by the content check, from the page's text.
      if (any((f) => !textOnly(f) && subtreeMayMatch(batch, node, f, place.valueHolder))) return 'matters';
      for (const root of found.slice(from)) {
        if (any((f) => !textOnly(f) && subtreeMayMatch(batch, root, f, false))) return 'matters';
      }
    }
    return changed ? 'changed' : 'ours';
  }

  /**
   * While the target is absent (no Target found exactly one element): may these records change
   * what `resolveTarget` finds? Also lists the open shadow roots found in added nodes.
   */
  mayChangeResolution(records: readonly MutationLike[], ctx: AbsentContext): Verdict {
    const batch = new Batch([...ctx.shadowRoots], this.referenced);
    const found = batch.found;
    const no: Verdict = { matters: false, shadowRoots: found };
    const yes: Verdict = { matters: true, shadowRoots: found };
    const first = records[0]?.target;
    if (!this.checkedCss && first) {
      const probe = isElement(first) ? first : first.ownerDocument?.documentElement;
      if (probe) {
        this.facets = this.facets.filter((f) => validCss(f, probe));
        this.prepare();
        this.checkedCss = true;
      }
    }
    if (!this.canMatch) return no;
    const facets = this.facets;
    const any = (check: (f: Facets) => boolean) => facets.some(check);

    // Around the contenders: a change that touches one may take it away, and another Target may win.
    const contenders = new Set<Node>(ctx.contenders);
    const aroundContenders = new Set<Node>();
    for (const el of ctx.contenders) for (const a of batch.ancestry(el)) aroundContenders.add(a);

    // Records come in runs with the same parent (a list being filled): compare before looking up.
    const places = new Map<Node, Place>();
    let lastNode: Node | null = null;
    let lastPlace: Place | null = null;
    const placeOf = (node: Node): Place => {
      if (node === lastNode && lastPlace) return lastPlace;
      let place = places.get(node);
      if (!place) {
        const chain = batch.ancestry(node);
        place = {
          chain,
          revealing: node.nodeType === 9 || isStyle(node),
          outOfScope: chain.some((el) => el.localName === 'head' || el.localName.startsWith(OWN_UI_PREFIX)),
          valueHolder: chain.some(valueHolderTest),
          inContender: contenders.size > 0 && chain.some((el) => contenders.has(el)),
        };
        places.set(node, place);
      }
      lastNode = node;
      lastPlace = place;
      return place;
    };

    // Content records (children, text) by parent, in order; attributes are decided at once.
    const groups = new Map<Node, MutationLike[]>();
    let lastParent: Node | null = null;
    let lastGroup: MutationLike[] = [];
    for (const record of records) {
      const type = record.type;
      const target = record.target;
      if (type === 'attributes') {
        if (!isElement(target)) continue;
        if (record.attributeName === 'aria-labelledby') this.referenced.clear();
        if (isStyle(target)) return yes;
        const place = placeOf(target);
        if (place.outOfScope) continue;
        if (place.inContender || aroundContenders.has(target)) return yes;
        if (any((f) => attributeMayMatter(batch, target, record.attributeName, f))) return yes;
        continue;
      }
      const parent = type === 'characterData' ? target.parentNode : target;
      if (!parent) continue;
      if (parent !== lastParent) {
        lastParent = parent;
        lastGroup = groups.get(parent) ?? [];
        if (lastGroup.length === 0) groups.set(parent, lastGroup);
      }
      lastGroup.push(record);
    }

    for (const [parent, group] of groups) {
      const place = placeOf(parent);
      if (place.revealing || place.inContender) return yes;
      if (place.outOfScope) {
        // Nothing in <head> is a target, but a style sheet added there can reveal one.
        for (const r of group) {
          if (Array.from(r.addedNodes).some(isStyle) || Array.from(r.removedNodes).some(isStyle)) return yes;
        }
        continue;
      }
      // Many records under one parent (a list being filled): ask its subtree as a whole first.
      const bulk = group.length > BULK_RECORDS && aroundContenders.size === 0 && !place.valueHolder;
      const open = !bulk || this.mayHold(parent, batch);
      let pageChanged = bulk;
      if (open) {
        for (const record of group) {
          const changed = this.recordMayMatter(record, place, batch, aroundContenders, found);
          if (changed === 'matters') return yes;
          if (changed === 'changed') pageChanged = true;
        }
      }
      if (!pageChanged || place.valueHolder) continue;
      if (any((f) => contentMayMatter(batch, parent, place.chain, f))) return yes;
    }
    return no;
  }
}

/**
 * While the target is shown: may these records have removed it, hidden it or changed its box?
 * Only changes to it, inside it or above it can (style sheets: see `StyleSheetWatch`).
 */
export function mayAffectShown(records: readonly MutationLike[], element: Element): boolean {
  // Removed with an ancestor (or moved: then it is also under a node added above it, see below).
  if (!element.isConnected) return true;
  const around = new Set<Node>(ancestry(element));
  const insides = new Map<Node, boolean>();
  let lastNode: Node | null = null;
  let lastInside = false;
  const inside = (node: Node) => {
    if (node === lastNode) return lastInside;
    let v = insides.get(node);
    if (v === undefined) {
      v = ancestry(node).includes(element);
      insides.set(node, v);
    }
    lastNode = node;
    lastInside = v;
    return v;
  };
  for (const record of records) {
    const target = record.target;
    if (record.type === 'attributes') {
      if (around.has(target) || inside(target)) return !isOwnUi(target);
      if (isStyle(target)) return true;
      continue;
    }
    const parent = record.type === 'characterData' ? target.parentNode : target;
    if (!parent) continue;
    // Content inside it (its box), or a style sheet edited.
    if (inside(parent) || isStyle(parent)) return true;
    // Beside it, below an ancestor: only a node that now holds it (it moved) or slotting can matter.
    if (!around.has(parent)) continue;
    if ((parent as Partial<Element>).shadowRoot) return true;
    const added = record.addedNodes;
    for (let i = 0, n = added.length; i < n; i++) if (around.has(added[i] as Node)) return true;
  }
  return false;
}

/**
 * The document's style sheets, compared batch to batch: one added or removed anywhere (a
 * `<style>` deep inside a removed subtree, a `<link>`) can show or hide anything. Cheaper than
 * looking for style elements in every changed subtree.
 */
export class StyleSheetWatch {
  private seen: readonly StyleSheet[] | null = null;

  /** True when the list differs from the last call's (the first call only records it). */
  changed(doc: Document): boolean {
    const list = doc.styleSheets;
    const seen = this.seen;
    // Runs once per batch of records: compare in place, copy only when something changed.
    let same = seen !== null && seen.length === list.length;
    for (let i = 0; same && i < list.length; i++) same = list[i] === seen?.[i];
    if (same) return false;
    const now: StyleSheet[] = [];
    for (let i = 0; i < list.length; i++) now.push(list[i] as StyleSheet);
    this.seen = now;
    return seen !== null;
  }

  /** Forget the list (a new target is watched). */
  reset(): void {
    this.seen = null;
  }
}
