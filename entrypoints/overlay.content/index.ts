import { send } from '@/utils/messaging/client';
import { toPageRef } from '@/utils/messaging/page-ref';
import { SUPPORTED_MATCHES } from '@/utils/sites';
import { mountLauncher } from './launcher';
import styles from './launcher.css?inline';

/**
 * The thin content script: asks the background for the plan for this page and mounts the small
 * "Hjælp" launcher in a shadow root. Heavier UI is loaded only when a guide is active.
 *
 * The shadow host is made by hand rather than with WXT's `createShadowRootUi`: that helper and its
 * dependencies (wait-element, many-keys-map, defu, isolated-element) are ~7 KB of a script that
 * runs on every supported page, and it fetches the CSS file in a second round trip. The launcher
 * needs one open shadow root with its CSS inlined (docs/benchmarks.md, figure 1).
 */
export default defineContentScript({
  matches: SUPPORTED_MATCHES,
  // runAt is the default, document_idle: the page is ready and we never delay its first paint.
  // WXT's context tells an older copy of this script to stop with a DOM event; its extra
  // `postMessage` would reach the page's own message listeners on every load (with our id) and
  // costs a task: the opt-in that becomes WXT's default.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const plan = await send('plan.get', { page: toPageRef(location.href) });
    if (!plan.launcher || ctx.isInvalid) return;
    const host = document.createElement('vejviser-overlay');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = styles;
    const container = document.createElement('div');
    shadow.append(style, container);
    document.documentElement.append(host);
    const unmount = mountLauncher(container, shadow, host, plan, ctx);
    ctx.onInvalidated(() => {
      unmount();
      host.remove();
    });
  },
});
