/**
 * Small DOM helpers on the nodes given (no globals): node kinds, where a node is rendered (its
 * composed ancestry), and selector queries that never throw.
 */

/** More candidates than this in one changed subtree: stop looking closer and resolve. */
export const MAX_CANDIDATES = 64;
export const OWN_UI_PREFIX = 'vejviser-';

export const isElement = (n: Node | null | undefined): n is Element => n?.nodeType === 1;
const isShadowRoot = (n: Node | null | undefined): n is ShadowRoot => n?.nodeType === 11 && 'host' in n;
export const isOwnUi = (n: Node): boolean => isElement(n) && n.localName.startsWith(OWN_UI_PREFIX);
export const isStyle = (n: Node): boolean => isElement(n) && (n.localName === 'style' || n.localName === 'link');

/** The parent in the composed tree: a shadow root leads to its host. */
function composedUp(n: Node): Node | null {
  if (isShadowRoot(n)) return n.host;
  const parent = n.parentNode;
  return isShadowRoot(parent) ? parent.host : parent;
}

/** The node (when an element) and every element it is rendered inside: parents, shadow hosts, assigned slots. */
export function ancestry(node: Node): Element[] {
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
export function safely<T>(run: () => T, onError: T): T {
  try {
    return run();
  } catch {
    return onError;
  }
}

/** The node or something inside it (not inside its shadow roots) matches `selector`. */
export function holds(node: Node, selector: string): boolean {
  return safely(
    () =>
      (isElement(node) && node.matches(selector)) ||
      (node as Partial<ParentNode>).querySelector?.call(node, selector) != null,
    true,
  );
}

/** Up to MAX_CANDIDATES + 1 elements: the node and those inside it that match. */
export function candidatesIn(node: Node, selector: string): Element[] {
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
