import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isUiLanguage } from '@/utils/i18n/languages';
import { send } from '@/utils/messaging/client';
import type { Plan } from '@/utils/messaging/protocol';
import { getBridge, setBridge } from '@/utils/overlay/bridge';
import { keepOnTop } from './top-layer';

/**
 * Host-element styles set inline with !important: inline important declarations win over any
 * page stylesheet (even `* { all: unset !important }`), so the page cannot hide or move us.
 * The host covers the viewport but lets every click through (`pointer-events: none`); only our
 * own controls take clicks.
 */
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  inset: '0',
  'z-index': '2147483647',
  width: '100vw',
  height: '100vh',
  'max-width': 'none',
  'max-height': 'none',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  overflow: 'visible',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
  'pointer-events': 'none',
  contain: 'layout style',
};

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
  for (const [k, v] of Object.entries(HOST_STYLE)) host.style.setProperty(k, v, 'important');
  const lang = plan.lang ?? 'da';
  const help = plan.labels?.help ?? 'Hjælp';
  host.setAttribute('lang', lang);
  host.setAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');

  const root = h('div', { class: 'vv-root' });
  const layer = h('div', { class: 'vv-layer' });
  const panel = h('section', { class: 'vv-panel', id: 'vv-panel', 'aria-labelledby': 'vv-panel-title', hidden: '' });
  panel.append(h('h2', { class: 'vv-title', id: 'vv-panel-title' }, help));

  const button = h(
    'button',
    { type: 'button', class: 'vv-launcher', 'aria-expanded': 'false', 'aria-controls': 'vv-panel' },
    help,
  );
  // Offered without interrupting: a quiet note beside the launcher, never a dialog or focus move.
  if (plan.offered.length > 0 && !plan.active) {
    const note = h(
      'p',
      { class: 'vv-offer', id: 'vv-offer' },
      plan.labels?.offered ?? 'Der er en vejledning til denne side',
    );
    button.setAttribute('aria-describedby', 'vv-offer');
    root.append(note);
  }

  let uiRequested = false;
  const loadUi = () => {
    if (uiRequested) return;
    uiRequested = true;
    send('ui.load', isUiLanguage(lang) ? { lang } : {}).catch(() => {
      uiRequested = false;
    });
  };
  const setPanelOpen = (open: boolean) => {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    root.querySelector('.vv-offer')?.remove();
    if (open) loadUi();
  };
  button.addEventListener('click', () => setPanelOpen(panel.hidden));
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel.hidden) {
      setPanelOpen(false);
      button.focus();
    }
  });
  root.prepend(panel);
  root.append(button);
  container.append(layer, root);

  const bridge = { shadow, host, panel, layer, button, plan, ctx, setPanelOpen };
  setBridge(bridge);
  keepOnTop(host, ctx);

  // Alt+Shift+H: go to the help (the current hint, else the launcher) without the mouse.
  ctx.addEventListener(
    window,
    'keydown',
    (e) => {
      if (!e.altKey || !e.shiftKey || e.code !== 'KeyH') return;
      e.preventDefault();
      if (!getBridge()?.focusUi?.()) button.focus();
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

  // A new citizen sits down: close everything of the previous one.
  const onMessage = (msg: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return;
    if ((msg as { type?: unknown })?.type !== 'citizen.reset') return;
    setPanelOpen(false);
    lastPing = 0;
    getBridge()?.resetUi?.();
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  if (plan.active) loadUi();

  const remove = () => {
    (bridge as { unmountUi?: () => void }).unmountUi?.();
    layer.remove();
    root.remove();
  };
  ctx.onInvalidated(remove);
  return remove;
}
