import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Keeps our host above the page. Outside dialogs the host's inline `position: fixed` and maximum
 * z-index, as the last child of `<html>`, put it above sticky headers and any z-index of the page
 * (equal z-index: later in tree order wins). A page's modal `<dialog>` (showModal) is in the top
 * layer and makes everything outside it inert, so while one is open our host moves inside it (then
 * it is not inert) and enters the top layer after it (`popover="manual"`), so it is drawn above it;
 * when the dialog closes, or the page removes it, the host moves back and leaves the top layer.
 *
 * The top layer is entered only then, not on every page: `showPopover()` forces a style update and
 * fires `beforetoggle`, 1.5–3 ms of a no-guide page's load on the benchmark machine
 * (docs/benchmarks.md, figure 1). Watches only the `open` attribute, so a busy page costs nothing.
 */
export function keepOnTop(host: HTMLElement, ctx: ContentScriptContext): void {
  const home = document.documentElement;
  // While we sit inside a page's dialog, a page that removes the dialog (or an ancestor) instead of
  // closing it would take us with it: watch the direct children of its ancestors, never a subtree.
  const guard = new MutationObserver(() => host.isConnected || place());
  const place = () => {
    if (ctx.isInvalid) return;
    const modal = [...document.querySelectorAll('dialog:modal')].pop();
    guard.disconnect();
    for (let n = modal?.parentNode; n; n = n.parentNode) guard.observe(n, { childList: true });
    // Moving a shown popover hides it; re-entering puts us after the dialog in the top layer.
    if (host.parentElement !== (modal ?? home) || !host.isConnected) (modal ?? home).append(host);
    try {
      if (modal) {
        host.setAttribute('popover', 'manual');
        if (host.matches(':popover-open')) host.hidePopover();
        host.showPopover();
      } else {
        host.removeAttribute('popover');
      }
    } catch {
      // A browser without the Popover API: inside the dialog, the max z-index alone holds.
    }
  };
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
