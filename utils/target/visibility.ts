/**
 * Whether an element counts for a Target (CONTRACTS §1): rendered and visible — it has a box, is
 * not `hidden`, not `visibility: hidden`, and is not inside `aria-hidden="true"`.
 * Pure: uses only the element and its own document's window.
 */

export interface VisibilityOptions {
  /**
   * Whether the element has a layout box with an area. Defaults to a `getBoundingClientRect()`
   * check; tests in DOMs without layout (happy-dom) pass their own.
   */
  hasBox?: (el: Element) => boolean;
}

/** The parent in the composed tree: crosses from a shadow root to its host. */
export function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode;
  // A shadow root is a document fragment (nodeType 11) with a host.
  if (parent && parent.nodeType === 11 && 'host' in parent) return (parent as ShadowRoot).host;
  return null;
}

export function hasBox(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.width > 0 || r.height > 0;
}

/** `hidden` or `aria-hidden="true"` on the element or any ancestor, across shadow boundaries. */
export function isInHiddenTree(el: Element): boolean {
  for (let n: Element | null = el; n; n = composedParent(n)) {
    if (n.hasAttribute('hidden') || n.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

function isRenderedVisible(el: Element): boolean {
  if (typeof el.checkVisibility === 'function') return el.checkVisibility({ visibilityProperty: true });
  // Older engines: the box check below catches `display: none` on any ancestor; visibility is
  // inherited, so the element's own computed style is enough.
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !style || (style.display !== 'none' && style.visibility !== 'hidden' && style.visibility !== 'collapse');
}

/**
 * Everything of `isVisible` but the box: attributes and computed style only. On a page that keeps
 * changing, this forces at most a style update, where a box forces a whole layout.
 */
export function isRendered(el: Element): boolean {
  return el.isConnected && !isInHiddenTree(el) && isRenderedVisible(el);
}

export function isVisible(el: Element, options: VisibilityOptions = {}): boolean {
  return isRendered(el) && (options.hasBox ?? hasBox)(el);
}
