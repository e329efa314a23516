import type { AskStaffProps } from '@/components/ask-staff/AskStaff';
import type { PanelProps } from '@/components/panel/Panel';
import type { speak } from '@/utils/speech';
import type { describeTarget } from '@/utils/target/describe';
import type { WatchFilter } from '@/utils/target/relevance';
import type { OverlayBridge } from './bridge';

/**
 * Later stages of the overlay UI: separate scripts the background injects into the same isolated
 * world only when a page needs them (`ui.stage`), so a page with a guide carries only the hint
 * path. Each stage registers what it exports here, in a global of the isolated world (invisible to
 * the page's scripts), the way locale scripts do (utils/i18n/catalog.ts).
 */
export interface StageExports {
  /** The target watch's churn filter (utils/target/relevance): loaded once a page proves big or busy. */
  'watch-filter': WatchFilter;
  /** Reading a hint aloud ("Læs op"): only for a citizen who presses it. */
  speech: { speak: typeof speak };
  /** What to look for when a step's target cannot be found: needed only after the grace period. */
  'look-for': { describeTarget: typeof describeTarget };
  /**
   * The citizen UI built with Preact: the "Hjælp" panel and the "Spørg personalet" flow. Loaded
   * when the panel is opened, or "Spørg personalet" pressed or already under way.
   */
  'overlay-panel': {
    /** Makes the panel's frame above the launcher button (it then answers the button itself). */
    mountPanel(bridge: OverlayBridge): PanelView;
    renderAsk(container: HTMLElement, props: AskStaffProps | null): void;
  };
}

/** The "Hjælp" panel, once the `overlay-panel` stage has made it. */
export interface PanelView {
  setOpen(open: boolean): void;
  render(props: PanelProps): void;
  remove(): void;
}

export type StageName = keyof StageExports;

/** Every stage, for validating `ui.stage` requests. */
export const STAGE_NAMES: readonly StageName[] = ['watch-filter', 'look-for', 'speech', 'overlay-panel'];

const KEY = '__vejviserStages';

function registry(): Partial<StageExports> {
  const g = globalThis as Record<string, unknown>;
  g[KEY] ??= {};
  return g[KEY] as Partial<StageExports>;
}

export function registerStage<N extends StageName>(name: N, exports: StageExports[N]): void {
  registry()[name] = exports;
}

/** The stage's exports, or undefined while it is not loaded. */
export function getStage<N extends StageName>(name: N): StageExports[N] | undefined {
  return registry()[name];
}

export function isStageName(value: unknown): value is StageName {
  return typeof value === 'string' && (STAGE_NAMES as readonly string[]).includes(value);
}
