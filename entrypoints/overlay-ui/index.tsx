import { render } from 'preact';
import { Panel } from '@/components/panel/Panel';
import { getBridge } from '@/utils/overlay/bridge';
import styles from './overlay-ui.css?inline';

/**
 * The overlay's heavier UI (Preact), injected by the background into the content script's
 * isolated world only when it is needed (see utils/overlay/bridge.ts).
 */
export default defineUnlistedScript(() => {
  const bridge = getBridge();
  if (!bridge || bridge.unmountUi || bridge.ctx.isInvalid) return;

  const style = document.createElement('style');
  style.textContent = styles;
  bridge.shadow.append(style);
  bridge.panel.replaceChildren();
  render(<Panel plan={bridge.plan} />, bridge.panel);

  bridge.unmountUi = () => {
    render(null, bridge.panel);
    style.remove();
  };
  bridge.ctx.onInvalidated(bridge.unmountUi);
});
