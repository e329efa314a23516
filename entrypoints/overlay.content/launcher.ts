import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Plan } from '@/utils/messaging/protocol';

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
 * cost almost nothing. Returns the unmount function.
 */
export function mountLauncher(container: HTMLElement, host: HTMLElement, plan: Plan, ctx: ContentScriptContext) {
  for (const [k, v] of Object.entries(HOST_STYLE)) host.style.setProperty(k, v, 'important');
  host.setAttribute('lang', 'da');

  const root = h('div', { class: 'vv-root', lang: 'da' });
  const panel = h('section', { class: 'vv-panel', id: 'vv-panel', 'aria-labelledby': 'vv-panel-title', hidden: '' });
  const title = h('h2', { class: 'vv-title', id: 'vv-panel-title' }, 'Hjælp');
  const body = h(
    'p',
    { class: 'vv-text' },
    plan.offered.length === 0
      ? 'Der er ingen vejledninger til denne side endnu.'
      : `Der er ${plan.offered.length} vejledninger til denne side.`,
  );
  panel.append(title, body);

  const button = h(
    'button',
    { type: 'button', class: 'vv-launcher', 'aria-expanded': 'false', 'aria-controls': 'vv-panel' },
    'Hjælp',
  );
  const toggle = (open: boolean) => {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  button.addEventListener('click', () => toggle(panel.hidden));
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel.hidden) {
      toggle(false);
      button.focus();
    }
  });
  root.append(panel, button);
  container.append(root);

  const remove = () => root.remove();
  ctx.onInvalidated(remove);
  return remove;
}
