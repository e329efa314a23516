/**
 * One walk over the DOM per resolve: every candidate element in document order (open shadow
 * roots included, right after their host) and the text nodes of each tree. Everything else
 * (roles, names, visibility, label texts, the text index) is computed lazily, only for the
 * elements a strategy actually asks about, and cached for the rest of the resolve.
 */
import { FieldMasks, getRole, safeAccessibleName } from './name';
import { hidesOwnText, isHiddenSubtree } from './text';
import { hasBox, isRendered, type VisibilityOptions } from './visibility';

export interface ScanOptions extends VisibilityOptions {}

/** The overlay's own host elements (`<vejviser-overlay>` …): never a target, never page text. */
const OWN_UI_PREFIX = 'vejviser-';

const SHOW_ELEMENT = 0x1; // NodeFilter.SHOW_ELEMENT
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4; // NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT

export type ScanRoot = Document | ShadowRoot | Element;

/** The text nodes of one tree (the document, one shadow root, or the element searched). */
export interface TextTree {
  root: ScanRoot;
  texts: Text[];
}

function skipSubtree(el: Element): boolean {
  // Nothing under these can be visible (or is ours), so the walk need not enter them.
  const tag = el.localName;
  if (tag === 'head' || tag.startsWith(OWN_UI_PREFIX)) return true;
  return el.hasAttributes() && isHiddenSubtree(el);
}

/** Moves the walker past the current node's subtree: its next sibling, or an ancestor's. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

export class Scan {
  private walked: { elements: Element[]; trees: TextTree[] } | null = null;
  private walkedText = false;
  private readonly roles = new Map<Element, string | null>();
  private readonly names = new Map<Element, string>();
  private readonly visibility = new Map<Element, boolean>();
  private readonly renders = new Map<Element, boolean>();
  private readonly masks = new FieldMasks();
  private readonly memos = new Map<string, unknown>();

  constructor(
    readonly root: ScanRoot,
    readonly options: ScanOptions = {},
  ) {}

  /** All elements that could be targets, in document order. The root element itself is not included. */
  get elements(): Element[] {
    return this.walk(false).elements;
  }

  /** The trees searched: the root and every open shadow root in it (their `texts` may be empty). */
  get trees(): TextTree[] {
    return this.walk(false).trees;
  }

  /** The open shadow roots found by the walk so far, without walking when nothing needed one. */
  get walkedShadowRoots(): ShadowRoot[] {
    const trees = this.walked?.trees ?? [];
    return trees.slice(1).map((tree) => tree.root as ShadowRoot);
  }

  /** The trees with their text nodes (walks again, with text, the first time a `text` Target needs it). */
  get textTrees(): TextTree[] {
    return this.walk(true).trees;
  }

  role(el: Element): string | null {
    let role = this.roles.get(el);
    if (role === undefined) {
      // Role tokens are compared case-insensitively, as browsers do.
      role = getRole(el)?.toLowerCase() ?? null;
      this.roles.set(el, role);
    }
    return role;
  }

  /** Accessible name, whitespace-collapsed, case kept; never includes a field's value. */
  name(el: Element): string {
    let name = this.names.get(el);
    if (name === undefined) {
      name = safeAccessibleName(el, this.masks);
      this.names.set(el, name);
    }
    return name;
  }

  /** `isRendered`: visible as far as attributes and style tell, before any layout is read. */
  rendered(el: Element): boolean {
    let r = this.renders.get(el);
    if (r === undefined) {
      r = isRendered(el);
      this.renders.set(el, r);
    }
    return r;
  }

  visible(el: Element): boolean {
    let v = this.visibility.get(el);
    if (v === undefined) {
      v = this.rendered(el) && (this.options.hasBox ?? hasBox)(el);
      this.visibility.set(el, v);
    }
    return v;
  }

  /** A value computed once per scan under `key` (the strategies' text index, CSS sets, label texts). */
  memo<T>(key: string, make: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = make();
    this.memos.set(key, value);
    return value;
  }

  /** Must be called when the resolve is done: removes the field masks. */
  close(): void {
    this.masks.release();
  }

  private walk(withText: boolean): { elements: Element[]; trees: TextTree[] } {
    if (this.walked && (this.walkedText || !withText)) return this.walked;
    this.walkedText = withText;
    const elements: Element[] = [];
    const trees: TextTree[] = [];
    const doc = this.root.nodeType === 9 ? (this.root as Document) : this.root.ownerDocument;
    if (!doc) {
      this.walked = { elements, trees };
      return this.walked;
    }

    // A plain TreeWalker without a JS filter: a filter callback per node costs ~50× the walk.
    const walkTree = (treeRoot: ScanRoot): void => {
      const tree: TextTree = { root: treeRoot, texts: [] };
      trees.push(tree);
      // Text nodes are half the nodes of a page: visit them only when a `text` Target needs them.
      const walker = doc.createTreeWalker(treeRoot, withText ? SHOW_ELEMENT_AND_TEXT : SHOW_ELEMENT);
      // While inside a field or script, its text nodes are not page text (privacy, and noise).
      let noTextHost: Element | null = null;
      let node = walker.nextNode();
      while (node) {
        if (noTextHost && withText && !noTextHost.contains(node)) noTextHost = null;
        if (node.nodeType === 1) {
          const el = node as Element;
          if (skipSubtree(el)) {
            node = nextOutside(walker);
            continue;
          }
          elements.push(el);
          if (withText && !noTextHost && hidesOwnText(el)) noTextHost = el;
          // Only open shadow roots are reachable; closed ones cannot be searched (by design).
          if (el.shadowRoot) walkTree(el.shadowRoot);
        } else if (!noTextHost) {
          tree.texts.push(node as Text);
        }
        node = walker.nextNode();
      }
    };
    walkTree(this.root);
    this.walked = { elements, trees };
    return this.walked;
  }
}
