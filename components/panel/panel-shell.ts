import type { OverlayBridge } from '@/utils/overlay/bridge';

export interface PanelShell {
  /** Where the panel's contents are rendered. */
  panel: HTMLElement;
  setOpen(open: boolean): void;
  remove(): void;
}

/**
 * The "Hjælp" panel's frame above the launcher button: a labelled region the button controls,
 * closed with Escape (focus goes back to the button). Made here rather than in the launcher, so
 * a page where nobody asks for help never carries it.
 */
export function createPanelShell(bridge: OverlayBridge): PanelShell {
  const { root, button } = bridge;
  const panel = document.createElement('section');
  panel.className = 'vv-panel';
  panel.id = 'vv-panel';
  panel.setAttribute('aria-labelledby', 'vv-panel-title');
  panel.hidden = true;
  root.prepend(panel);
  button.setAttribute('aria-controls', 'vv-panel');

  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || panel.hidden) return;
    setOpen(false);
    button.focus();
  };
  root.addEventListener('keydown', onKey);
  bridge.togglePanel = () => setOpen(panel.hidden);

  return {
    panel,
    setOpen,
    remove() {
      root.removeEventListener('keydown', onKey);
      button.removeAttribute('aria-controls');
      button.setAttribute('aria-expanded', 'false');
      bridge.togglePanel = undefined;
      panel.remove();
    },
  };
}
