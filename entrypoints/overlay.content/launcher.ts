import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { send } from '@/utils/messaging/client';
import type { Plan } from '@/utils/messaging/protocol';
import { setBridge } from '@/utils/overlay/bridge';

/**
 * Host-element styles set inline with !important: inline important declarations win over any
 * page stylesheet (even `* { all: unset !important }`), so the page cannot hide or move us.
 */
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  inset: 'auto 16px 16px auto',
  'z-index': '2147483647',
  width: 'auto',
  height: 'auto',
  margin: '0',
  padding: '0',
  border: '0',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
  contain: 'layout style',
};

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, text?: string) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (text) el.textContent = text;
  return el;
}

/**
 * The always-there "Hjælp" launcher, in plain DOM: it runs on every supported page, so it must
 * cost almost nothing. The panel's real contents come from the overlay UI, loaded on first open.
 * Returns the unmount function.
 */
export function mountLauncher(
  container: HTMLElement,
  shadow: ShadowRoot,
  host: HTMLElement,
  plan: Plan,
  ctx: ContentScriptContext,
) {
  for (const [k, v] of Object.entries(HOST_STYLE)) host.style.setProperty(k, v, 'important');
  host.setAttribute('lang', 'da');

  const root = h('div', { class: 'vv-root', lang: 'da' });
  const layer = h('div', { class: 'vv-layer' });
  const panel = h('section', { class: 'vv-panel', id: 'vv-panel', 'aria-labelledby': 'vv-panel-title', hidden: '' });
  panel.append(
    h('h2', { class: 'vv-title', id: 'vv-panel-title' }, 'Hjælp'),
    h('p', { class: 'vv-text' }, 'Et øjeblik …'),
  );

  const button = h(
    'button',
    { type: 'button', class: 'vv-launcher', 'aria-expanded': 'false', 'aria-controls': 'vv-panel' },
    'Hjælp',
  );
  let uiRequested = false;
  const setPanelOpen = (open: boolean) => {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open && !uiRequested) {
      uiRequested = true;
      send('ui.load', {}).catch(() => {
        uiRequested = false;
      });
    }
  };
  button.addEventListener('click', () => setPanelOpen(panel.hidden));
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel.hidden) {
      setPanelOpen(false);
      button.focus();
    }
  });
  root.append(panel, button);
  container.append(layer, root);

  const bridge = { shadow, panel, layer, plan, ctx, setPanelOpen };
  setBridge(bridge);

  const remove = () => {
    (bridge as { unmountUi?: () => void }).unmountUi?.();
    layer.remove();
    root.remove();
  };
  ctx.onInvalidated(remove);
  return remove;
}
