/**
 * While the target is shown: may a batch of records have removed, hidden or moved it
 * (`mayAffectShown`); and have the document's style sheets changed (`StyleSheetWatch`)?
 */
import { ancestry, isOwnUi, isStyle } from './nodes';
import type { MutationLike } from './records';

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
