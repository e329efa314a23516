/**
 * Test helpers for target resolution in happy-dom. happy-dom has no layout (every box is 0×0),
 * so tests give the box rule themselves: an element "has no box" when it (or an ancestor) carries
 * `data-nobox`. Everything else in isVisible (hidden, display, visibility, aria-hidden) is real.
 */
import type { ResolveOptions } from '@/utils/target/resolve';

export const opts: ResolveOptions = { hasBox: (el) => el.closest('[data-nobox]') === null };

/** Replaces the body's content and returns the document. */
export function page(html: string): Document {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
  return document;
}

export function byId<T extends Element = HTMLElement>(id: string, root: Document | ShadowRoot = document): T {
  const el = root.getElementById(id);
  if (!el) throw new Error(`no #${id}`);
  return el as unknown as T;
}

/** Gives `host` an open (or closed) shadow root holding `html`. */
export function shadow(host: Element, html: string, mode: ShadowRootMode = 'open'): ShadowRoot {
  const root = host.attachShadow({ mode });
  root.innerHTML = html;
  return root;
}
