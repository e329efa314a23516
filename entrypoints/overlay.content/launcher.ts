import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { send } from '@/utils/messaging/client';
import type { Plan } from '@/utils/messaging/protocol';
import { type OverlayBridge, setBridge } from '@/utils/overlay/bridge';
import { keepOnTop } from './top-layer';

/**
 * Host-element styles set inline with !important: inline important declarations win over any
 * page stylesheet (even `* { all: unset !important }`), so the page cannot hide or move us.
 * The host covers the viewport but lets every click through (`pointer-events: none`); only our
 * own controls take clicks.
 */
const HOST_STYLE = [
  // `all: initial` resets every other property (margin, opacity, transform, visibility, …).
  'all:initial',
  'display:block',
  'position:fixed',
  'inset:0',
  'z-index:2147483647',
  'width:100vw',
  'height:100vh',
  'pointer-events:none',
  'contain:layout style',
]
  .map((declaration) => `${declaration}!important`)
  .join(';');

/** Activity reports for the idle reset: at most this often, and only on real input. */
const ACTIVITY_EVERY_MS = 15_000;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, text?: string) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (text) el.textContent = text;
  return el;
}

/**
 * The always-there "Hjælp" launcher, in plain DOM: it runs on every supported page, so it must
 * cost almost nothing. The panel's real contents and guide hints come from the overlay UI,
 * loaded on first open, or at once when a guide runs in this tab. Returns the unmount function.
 */
export function mountLauncher(
  container: HTMLElement,
  shadow: ShadowRoot,
  host: HTMLElement,
  plan: Plan,
  ctx: ContentScriptContext,
) {
  host.style.cssText = HOST_STYLE;
  const lang = plan.lang ?? 'da';
  host.setAttribute('lang', lang);
  // `dirOf`'s rule for the UI languages (only Arabic is right to left), written inline: importing
  // it costs this script 56 bytes gzip, past the 3 KB it may have on a page with no guide.
  host.setAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');

  const root = h('div', { class: 'vv-root' });
  // The panel itself belongs to the overlay UI: it is made when the citizen first asks for it.
  const button = h('button', { type: 'button', class: 'vv-launcher', 'aria-expanded': 'false' }, plan.labels.help);
  // Offered without interrupting: a quiet note beside the launcher, never a dialog or focus move.
  const note =
    plan.offered.length > 0 && !plan.active && h('p', { class: 'vv-offer', id: 'vv-offer' }, plan.labels.offered);
  if (note) {
    button.setAttribute('aria-describedby', 'vv-offer');
    root.append(note);
  }

  let uiRequested = false;
  const loadUi = () => {
    if (uiRequested) return;
    uiRequested = true;
    send('ui.load', {}).catch(() => {
      uiRequested = false;
    });
  };
  const bridge: OverlayBridge = { shadow, host, root, button, plan, ctx };
  setBridge(bridge);
  button.addEventListener('click', () => {
    if (note) note.remove();
    if (bridge.togglePanel) bridge.togglePanel();
    else {
      bridge.panelRequested = true;
      loadUi();
    }
  });
  root.append(button);
  container.append(root);
  keepOnTop(host, ctx);

  // Alt+Shift+H: go to the help (the current hint, else the launcher) without the mouse.
  ctx.addEventListener(
    window,
    'keydown',
    (e) => {
      if (!e.altKey || !e.shiftKey || e.code !== 'KeyH') return;
      e.preventDefault();
      if (!bridge.focusUi?.()) button.focus();
    },
    { capture: true },
  );

  // Tell the background a citizen is here (drives the idle reset), throttled.
  let lastPing = 0;
  const onActivity = () => {
    const now = Date.now();
    if (now - lastPing < ACTIVITY_EVERY_MS) return;
    lastPing = now;
    send('citizen.activity', {}).catch(() => {});
  };
  for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const) {
    ctx.addEventListener(window, type, onActivity, { capture: true, passive: true });
  }

  if (plan.active) loadUi();

  const remove = () => {
    bridge.unmountUi?.();
    root.remove();
  };
  ctx.onInvalidated(remove);
  return remove;
}
