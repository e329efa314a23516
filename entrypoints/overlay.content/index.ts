import './launcher.css';
import { send } from '@/utils/messaging/client';
import { toPageRef } from '@/utils/messaging/page-ref';
import { SUPPORTED_MATCHES } from '@/utils/sites';
import { mountLauncher } from './launcher';

/**
 * The thin content script: asks the background for the plan for this page and mounts the small
 * "Hjælp" launcher in a shadow root. Heavier UI is loaded only when a guide is active.
 */
export default defineContentScript({
  matches: SUPPORTED_MATCHES,
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    const plan = await send('plan.get', { page: toPageRef(location.href) });
    if (!plan.launcher || ctx.isInvalid) return;
    const ui = await createShadowRootUi(ctx, {
      name: 'vejviser-overlay',
      // WXT's reset is `:host { all: initial !important }`, and inner-context !important beats our
      // inline host styles; the launcher resets the host itself (see HOST_STYLE).
      inheritStyles: true,
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      onMount: (container, shadow, host) => mountLauncher(container, shadow, host, plan, ctx),
      onRemove: (unmount) => unmount?.(),
    });
    ui.mount();
  },
});
