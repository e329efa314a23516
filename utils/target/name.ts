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
import { holdsFieldValue } from './text';

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
export class FieldMasks {
  private readonly saved: Saved[] = [];
  private readonly trees = new Set<Node>();
  /** Set when a mask could not be installed: names must not be computed then. */
  failed = false;

  /** Masks every field in the tree of `el` and in the trees of its shadow hosts (slots reach those). */
  cover(el: Element): void {
    let node: Node = el.getRootNode();
    for (;;) {
      if (!this.trees.has(node)) {
        this.trees.add(node);
        this.maskTree(node);
      }
      if (node.nodeType === 11 && 'host' in node) node = (node as ShadowRoot).host.getRootNode();
      else break;
    }
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
  }
}

/**
 * The element's accessible name, whitespace-collapsed, computed with every field masked.
 * Returns '' when masking failed (then the name could contain a value, so we do not compute it).
 */
export function safeAccessibleName(el: Element, masks?: FieldMasks): string {
  const own = masks ?? new FieldMasks();
  try {
    own.cover(el);
    if (own.failed) return '';
    return computeAccessibleName(el).replace(/\s+/g, ' ').trim();
  } finally {
    if (!masks) own.release();
  }
}
