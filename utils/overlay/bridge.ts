import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Plan } from '@/utils/messaging/protocol';

/**
 * The hand-over between the always-loaded launcher (content script) and the heavier overlay UI
 * (`entrypoints/overlay-ui`), which the background injects into the same isolated world only
 * when it is needed. Both run in the content script's world, so a global is private to us:
 * the page's own scripts live in another world and cannot see it.
 */
export interface OverlayBridge {
  /** The launcher's shadow root: the UI adds its styles here. */
  shadow: ShadowRoot;
  /** The shadow host (in the top layer): the UI sets `lang`/`dir`/text size on it. */
  host: HTMLElement;
  /** The launcher's column (offer note, button): the UI puts the panel above the button here. */
  root: HTMLElement;
  /** The launcher button (the UI relabels it when the language changes). */
  button: HTMLButtonElement;
  plan: Plan;
  ctx: ContentScriptContext;
  /** Set by the launcher: the citizen pressed "Hjælp" before the UI was there; open it on mount. */
  panelRequested?: boolean;
  /** Set by the UI: open or close the panel (the launcher button calls it). */
  togglePanel?: () => void;
  /** Set by the UI when it mounts; the launcher calls it when the content script goes away. */
  unmountUi?: () => void;
  /** Set by the UI: a new citizen sat down (idle reset), close and drop everything shown. */
  resetUi?: () => void;
  /** Set by the UI: move focus to the current hint (keyboard shortcut). Returns false if none. */
  focusUi?: () => boolean;
}

const KEY = '__vejviserBridge';

export function setBridge(bridge: OverlayBridge): void {
  (globalThis as Record<string, unknown>)[KEY] = bridge;
}

export function getBridge(): OverlayBridge | undefined {
  return (globalThis as Record<string, unknown>)[KEY] as OverlayBridge | undefined;
}
