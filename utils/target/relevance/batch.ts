/**
 * One batch of mutation records, as `TargetInterest` asks about it: each node's text, ancestry and
 * tree text are read at most once per batch, and the ids `aria-labelledby` refers to once per tree.
 */
import { normalize } from '../text';
import { ancestry, isElement } from './nodes';

/** Per-call caches: each node's text is read at most once per batch of records. */
export class Batch {
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
