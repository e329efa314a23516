import type { AskStaffProps } from '@/components/ask-staff/AskStaff';
import type { PanelProps } from '@/components/panel/Panel';
import type { WatchFilter } from '@/entrypoints/overlay-ui/target-watch';
import type { describeTarget } from '@/utils/target/describe';

/**
 * Later stages of the overlay UI: separate scripts the background injects into the same isolated
 * world only when a page needs them (`ui.stage`), so a page with a guide carries only the hint
 * path. Each stage registers what it exports here, in a global of the isolated world (invisible to
 * the page's scripts), the way locale scripts do (utils/i18n/catalog.ts).
 */
export interface StageExports {
  /** The target watch's churn filter (utils/target/relevance): loaded once a page proves big or busy. */
  'watch-filter': WatchFilter;
  /** What to look for when a step's target cannot be found: needed only after the grace period. */
  'look-for': { describeTarget: typeof describeTarget };
  /**
   * The citizen UI built with Preact: the "Hjælp" panel's contents and the "Spørg personalet"
   * flow. Loaded when the panel is opened, or "Spørg personalet" pressed or already under way.
   * Each renders into its container (null: unmount).
   */
  'overlay-panel': {
    renderPanel(container: HTMLElement, props: PanelProps | null): void;
    renderAsk(container: HTMLElement, props: AskStaffProps | null): void;
  };
}

export type StageName = keyof StageExports;

/** Every stage, for validating `ui.stage` requests. */
export const STAGE_NAMES: readonly StageName[] = ['watch-filter', 'look-for', 'overlay-panel'];

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
