/**
 * Accessible names without ever reading what a citizen typed or chose.
 *
 * dom-accessibility-api (the library Testing Library uses) follows the accname spec, and step 2E
 * of that spec puts a form field's *value* into the name when the field is embedded in a label or
 * referenced by aria-labelledby (`<label>Jeg er <input> år</label>`, a textbox's `.value`, a
 * select's selected option, a custom textbox's text). To keep our privacy rule, while names are
 * computed every value-bearing field in the trees the computation can reach is masked: its
 * `value`, `selectedOptions`, `textContent` and `childNodes` read as empty. The masks are own
 * properties on the element objects of our (isolated) world, so the page never sees them, and
 * they are removed again in `FieldMasks.release()`.
 */
import { computeAccessibleName, getRole } from 'dom-accessibility-api';
import { holdsFieldValue, idRefs } from './text';

export { getRole };

const FIELD_SELECTOR = 'input, textarea, select, [contenteditable], [role]';

interface Saved {
  el: Element;
  prop: string;
  own: PropertyDescriptor | undefined;
}

function emptyFor(el: Element, prop: string): unknown {
  if (prop === 'value' || prop === 'textContent') return '';
  // Array-likes the library reads with Array.from / .length.
  return el.ownerDocument.createDocumentFragment().childNodes;
}

function propsToMask(el: Element): string[] {
  const tag = el.localName;
  if (tag === 'input' || tag === 'textarea') return ['value'];
  if (tag === 'select') return ['value', 'selectedOptions'];
  // Custom textboxes and editable regions: their content is what the citizen typed.
  return ['textContent', 'childNodes'];
}

/** Masks value-bearing fields tree by tree, lazily; always `release()` in a `finally`. */
/** The element's tree and the trees of its shadow hosts, innermost first. */
function treesOf(el: Element): Node[] {
  const trees: Node[] = [];
  let node: Node = el.getRootNode();
  for (;;) {
    trees.push(node);
    if (node.nodeType === 11 && 'host' in node) node = (node as ShadowRoot).host.getRootNode();
    else return trees;
  }
}

/**
 * dom-accessibility-api follows aria-owns without remembering where it has been, so an owns
 * cycle (`<a id=x aria-owns=x>`, or x owns y and y owns x, or x owns its own ancestor) recurses
 * until the stack overflows. aria-labelledby cannot loop (each attribute is used once).
 * The cycle check is a graph over the tree's owners: x → x' when x' lies inside an element x owns.
 */
function hasOwnsCycle(tree: Node): boolean {
  const owners = Array.from((tree as ParentNode).querySelectorAll?.('[aria-owns]') ?? []);
  if (tree.nodeType === 1 && (tree as Element).hasAttribute('aria-owns')) owners.push(tree as Element);
  if (owners.length === 0) return false;
  const next = new Map<Element, Element[]>();
  for (const x of owners) {
    const owned = idRefs(x, 'aria-owns');
    next.set(
      x,
      owners.filter((o) => owned.some((y) => y === o || y.contains(o))),
    );
  }
  const state = new Map<Element, 'open' | 'done'>();
  const visit = (x: Element): boolean => {
    const s = state.get(x);
    if (s) return s === 'open';
    state.set(x, 'open');
    for (const n of next.get(x) ?? []) if (visit(n)) return true;
    state.set(x, 'done');
    return false;
  };
  return owners.some(visit);
}

export class FieldMasks {
  private readonly saved: Saved[] = [];
  private readonly trees = new Set<Node>();
  /** Set when a mask could not be installed: names must not be computed then. */
  failed = false;

  private readonly cyclic = new Map<Node, boolean>();

  /** Masks every field in the tree of `el` and in the trees of its shadow hosts (slots reach those). */
  cover(el: Element): void {
    for (const tree of treesOf(el)) {
      if (!this.trees.has(tree)) {
        this.trees.add(tree);
        this.maskTree(tree);
      }
    }
  }

  /** Whether an aria-owns cycle in a tree `el`'s name can reach would send the library into endless recursion. */
  ownsCycle(el: Element): boolean {
    for (const tree of treesOf(el)) {
      let cyclic = this.cyclic.get(tree);
      if (cyclic === undefined) {
        cyclic = hasOwnsCycle(tree);
        this.cyclic.set(tree, cyclic);
      }
      if (cyclic) return true;
    }
    return false;
  }

  private maskTree(tree: Node): void {
    if (tree.nodeType === 1 && holdsFieldValue(tree as Element)) this.mask(tree as Element);
    const all = (tree as ParentNode).querySelectorAll?.(FIELD_SELECTOR) ?? [];
    for (const el of all) if (holdsFieldValue(el)) this.mask(el);
  }

  private mask(el: Element): void {
    for (const prop of propsToMask(el)) {
      const own = Object.getOwnPropertyDescriptor(el, prop);
      const empty = emptyFor(el, prop);
      try {
        Object.defineProperty(el, prop, { configurable: true, enumerable: false, get: () => empty });
        this.saved.push({ el, prop, own });
      } catch {
        this.failed = true;
      }
    }
  }

  release(): void {
    for (const { el, prop, own } of this.saved.splice(0).reverse()) {
      try {
        if (own) Object.defineProperty(el, prop, own);
        else delete (el as unknown as Record<string, unknown>)[prop];
      } catch {
        // The element went away or was sealed meanwhile: nothing left to restore on it.
      }
    }
    this.trees.clear();
    this.cyclic.clear();
  }
}

/**
 * dom-accessibility-api recurses without end on an aria-owns cycle (`<a id=x aria-owns=x>`); a
 * hostile or broken page must not make resolution throw, so such an element simply has no name.
 */
function nameOrEmpty(el: Element): string {
  try {
    return computeAccessibleName(el).replace(/\s+/g, ' ').trim();
  } catch {
    return '';
  }
}

/**
 * Everything through which the name computation can leave the element's own non-field content:
 * fields, custom textboxes, id references, slots, and labelable elements (whose labels it reads).
 */
const REACH_SELECTOR = [
  'input',
  'textarea',
  'select',
  '[contenteditable]',
  ...['textbox', 'searchbox', 'combobox', 'listbox', 'spinbutton'].map((r) => `[role~="${r}"]`),
  '[aria-labelledby]',
  '[aria-owns]',
  'slot',
  'meter',
  'output',
  'progress',
].join(', ');

/**
 * Conservative: false only when computing the element's name cannot reach any field, so masking
 * can be skipped (masking is the costly part on a big form). A button or link with plain content,
 * which is nearly every candidate, takes this fast path.
 */
export function mayReachField(el: Element): boolean {
  if (el.hasAttribute('aria-labelledby') || el.hasAttribute('aria-owns') || el.localName === 'slot') return true;
  if (el.querySelector(REACH_SELECTOR)) return true;
  // The element's own labels: a field inside one, other than the element itself, could be read
  // (the element itself is skipped by the computation, as it is already being named); so could
  // whatever a label itself points to (its own aria-labelledby or aria-owns).
  const labels = (el as Partial<HTMLInputElement>).labels;
  if (labels)
    for (const label of labels) {
      if (label.matches(REACH_SELECTOR)) return true;
      for (const x of label.querySelectorAll(REACH_SELECTOR)) if (x !== el) return true;
    }
  return false;
}

/**
 * The element's accessible name, whitespace-collapsed, computed with every field it could reach
 * masked. Returns '' when masking failed (the name could then contain a value, so we do not compute it).
 */
export function safeAccessibleName(el: Element, masks?: FieldMasks): string {
  if (!mayReachField(el)) return nameOrEmpty(el);
  const own = masks ?? new FieldMasks();
  try {
    // Only the slow path can reach aria-owns (the fast path has none in reach).
    if (own.ownsCycle(el)) return '';
    own.cover(el);
    if (own.failed) return '';
    return nameOrEmpty(el);
  } finally {
    if (!masks) own.release();
  }
}
