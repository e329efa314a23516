import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Keeps our host above everything: it is a `popover="manual"` in the top layer, above sticky
 * headers and any z-index. A page's modal `<dialog>` (showModal) goes into the top layer after
 * us and makes everything outside it inert, so while one is open our host moves inside it (then
 * it is neither covered nor inert) and is shown again; when it closes, or the page removes it, the
 * host moves back.
 * Watches only the `open` attribute, so a busy page costs nothing here.
 */
export function keepOnTop(host: HTMLElement, ctx: ContentScriptContext): void {
  const home = document.documentElement;
  const show = () => {
    try {
      host.showPopover();
    } catch {
      // Already shown, or a browser without the Popover API (the max z-index alone holds then).
    }
  };
  // While we sit inside a page's dialog, a page that removes the dialog (or an ancestor) instead of
  // closing it would take us with it: watch the direct children of its ancestors, never a subtree.
  const guard = new MutationObserver(() => host.isConnected || place());
  const place = () => {
    if (ctx.isInvalid) return;
    const modal = [...document.querySelectorAll('dialog:modal')].pop();
    const parent = modal ?? home;
    guard.disconnect();
    for (let n = modal?.parentNode; n; n = n.parentNode) guard.observe(n, { childList: true });
    if (host.parentElement !== parent || !host.isConnected) {
      parent.append(host);
    } else if (modal) {
      // Re-enter the top layer after the dialog, so we are drawn above it.
      host.hidePopover?.();
    }
    show();
  };
  // Harmless where the Popover API is missing: `show` then fails quietly and z-index alone holds.
  host.setAttribute('popover', 'manual');
  show();
  const observer = new MutationObserver((records) => {
    if (records.some((r) => (r.target as Element).localName === 'dialog')) place();
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['open'] });
  // A page that opened its dialog before we arrived.
  if (document.querySelector('dialog:modal')) place();
  ctx.onInvalidated(() => {
    observer.disconnect();
    guard.disconnect();
  });
}
