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
 * (docs/benchmarks.md, figure 1).
 */
export function keepOnTop(host: HTMLElement, ctx: ContentScriptContext): void {
  const home = document.documentElement;
  // While we sit inside a page's dialog, a page that removes the dialog (or an ancestor) instead of
  // closing it would take us with it: watch the direct children of its ancestors, never a subtree.
  // And the dialog's own `open`, which a page may remove without `close()` (no `toggle` then).
  const guard = new MutationObserver((records) => {
    if (!host.isConnected || records.some((r) => r.type === 'attributes')) place();
  });
  const place = () => {
    if (ctx.isInvalid) return;
    const modal = [...document.querySelectorAll('dialog:modal')].pop();
    guard.disconnect();
    for (let n = modal?.parentNode; n; n = n.parentNode) guard.observe(n, { childList: true });
    if (modal) guard.observe(modal, { attributes: true, attributeFilter: ['open'] });
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
  // A dialog that opens or closes fires `toggle` (Chromium since 132), which does not bubble but
  // is seen on the way down. `HTMLDialogElement.requestClose` came later (Chromium 134), so it
  // marks a browser that fires it. Others are watched with a subtree observer, which every node
  // the page removes then carries until the next delivery: on the churn benchmark that made the
  // page's own DOM calls ~12 ms slower per 2 s (docs/benchmarks.md, "Churn", session 7).
  let observer: MutationObserver | undefined;
  if ('requestClose' in HTMLDialogElement.prototype) {
    ctx.addEventListener(document, 'toggle', (e) => (e.target as Element).localName === 'dialog' && place(), {
      capture: true,
    });
  } else {
    observer = new MutationObserver((records) => {
      if (records.some((r) => (r.target as Element).localName === 'dialog')) place();
    });
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['open'] });
  }
  // A page that opened its dialog before we arrived.
  if (document.querySelector('dialog:modal')) place();
  ctx.onInvalidated(() => {
    observer?.disconnect();
    guard.disconnect();
  });
}
