import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { advanceOf } from '@/utils/engine/steps';
import { send } from '@/utils/messaging/client';
import type { CitizenSettings, GuideState } from '@/utils/messaging/messages/engine';
import { toPageRef } from '@/utils/messaging/page-ref';
import { createStageLoader } from '@/utils/overlay/load-stage';
import { getStage } from '@/utils/overlay/stages';
import type { Step } from '@/utils/pack/types';
import { TargetWatch } from './target-watch';

/** How long a missing target may take to appear before the card says what to look for. */
export const GRACE_MS = 3000;

export type TargetStatus = 'none' | 'searching' | 'found' | 'missing';

export interface RunnerState {
  settings: CitizenSettings;
  guide: GuideState | null;
  element: Element | null;
  status: TargetStatus;
  /** A step index changed since the last render: the UI scrolls the target into view once. */
  stepKey: string;
}

const DEFAULT_SETTINGS: CitizenSettings = {
  prefs: { lang: 'da', largeText: false },
  languages: ['da', 'en', 'uk', 'ar'],
  readAloud: true,
};

function currentStep(guide: GuideState | null): Step | null {
  if (guide?.progress.status !== 'active') return null;
  return guide.guide.steps[guide.progress.step] ?? null;
}

function composedIncludes(event: Event, el: Element | null): boolean {
  return el !== null && event.composedPath().includes(el);
}

/**
 * The guide engine's page side: asks the background where the citizen is, follows the current
 * step's target, turns the citizen's clicks and typing into `guide.advance` (never reading what
 * was typed), follows SPA route changes and reports guide health. The UI renders its state.
 */
export class GuideRunner {
  state: RunnerState = { settings: DEFAULT_SETTINGS, guide: null, element: null, status: 'none', stepKey: '' };
  private readonly listeners = new Set<() => void>();
  private readonly watch: TargetWatch;
  private grace = 0;
  /** Steps already reported on this page view: one health event per step per visit. */
  private reported = new Set<string>();
  private path = location.pathname;

  constructor(
    private readonly ctx: ContentScriptContext,
    readonly doc: Document = document,
  ) {
    const loadFilter = createStageLoader('watch-filter');
    this.watch = new TargetWatch({
      doc,
      onChange: (el) => this.onTarget(el),
      filter: {
        get: () => getStage('watch-filter'),
        request: () => loadFilter().catch(() => {}),
      },
    });
    ctx.onInvalidated(() => this.watch.stop());

    ctx.addEventListener(doc, 'click', (e) => this.onPageEvent(e, 'click'), { capture: true });
    ctx.addEventListener(doc, 'input', (e) => this.onPageEvent(e, 'input'), { capture: true });
    ctx.addEventListener(doc, 'change', (e) => this.onPageEvent(e, 'input'), { capture: true });
    this.followRoutes();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<RunnerState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  private page() {
    return toPageRef(location.href);
  }

  async start(): Promise<void> {
    const [settings, guide] = await Promise.all([
      send('citizen.settings', {}).catch(() => DEFAULT_SETTINGS),
      send('guide.state', { page: this.page() }).catch(() => null),
    ]);
    this.set({ settings });
    this.apply(guide);
  }

  async setPrefs(patch: Partial<CitizenSettings['prefs']>): Promise<void> {
    const prefs = await send('citizen.setPrefs', patch);
    this.set({ settings: { ...this.state.settings, prefs } });
  }

  /** A new state from the background: follow the (possibly new) step. */
  apply(guide: GuideState | null): void {
    const step = currentStep(guide);
    const key = guide ? `${guide.guide.id}:${guide.progress.step}:${guide.progress.status}` : '';
    if (key === this.state.stepKey && guide) {
      this.set({ guide });
      return;
    }
    clearTimeout(this.grace);
    this.set({ guide, stepKey: key, element: null, status: step?.target ? 'searching' : 'none' });
    this.watch.watch(step?.target ?? null);
    if (step?.target && this.state.status === 'searching') {
      this.grace = this.ctx.setTimeout(() => this.onGraceOver(), GRACE_MS);
    }
  }

  private onTarget(element: Element | null): void {
    if (element) {
      clearTimeout(this.grace);
      this.set({ element, status: 'found' });
      this.report('found');
    } else if (this.state.status === 'found') {
      // The target went away (re-render in progress): keep looking, say so after the grace.
      this.set({ element: null, status: 'searching' });
      clearTimeout(this.grace);
      this.grace = this.ctx.setTimeout(() => this.onGraceOver(), GRACE_MS);
    }
  }

  private onGraceOver(): void {
    if (this.state.status !== 'searching') return;
    this.set({ status: 'missing' });
    this.report('not-found');
  }

  private report(outcome: 'found' | 'not-found'): void {
    const guide = this.state.guide;
    const step = currentStep(guide);
    if (!guide || !step) return;
    const key = `${guide.guide.id}/${step.id}/${outcome}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    send('health.report', { guideId: guide.guide.id, stepId: step.id, outcome, page: this.page() }).catch(() => {});
  }

  private onPageEvent(event: Event, how: 'click' | 'input'): void {
    const guide = this.state.guide;
    const step = currentStep(guide);
    if (!guide || !step || advanceOf(step) !== how) return;
    if (!composedIncludes(event, this.state.element)) return;
    // Only that the event happened is used: never the field's value.
    void this.advance(how);
  }

  async advance(how: 'click' | 'input' | 'manual'): Promise<void> {
    const guide = this.state.guide;
    if (!guide) return;
    const next = await send('guide.advance', { page: this.page(), step: guide.progress.step, how }).catch(() => null);
    if (next) this.apply(next);
  }

  async back(): Promise<void> {
    const guide = this.state.guide;
    if (!guide) return;
    const next = await send('guide.back', { page: this.page(), step: guide.progress.step }).catch(() => null);
    if (next) this.apply(next);
  }

  async begin(guideId: string): Promise<void> {
    const { state, navigateTo } = await send('guide.begin', { guideId, page: this.page() });
    if (navigateTo) {
      location.assign(navigateTo);
      return;
    }
    this.apply(state);
  }

  async stop(): Promise<void> {
    await send('guide.stop', {}).catch(() => {});
    this.apply(null);
  }

  /** A new citizen: drop the guide on screen (the background has already forgotten it). */
  reset(): void {
    this.reported.clear();
    this.apply(null);
    this.set({ settings: DEFAULT_SETTINGS });
  }

  /**
   * SPA route changes: the Navigation API where the browser has it (no polling), else WXT's
   * location watcher. Only the path matters: a query or fragment change is not a new page.
   */
  private followRoutes(): void {
    const onRoute = () => {
      if (location.pathname === this.path) return;
      this.path = location.pathname;
      this.reported.clear();
      void send('guide.state', { page: this.page() })
        .then((guide) => {
          // The same step on a new route: its target may be a new element.
          if (guide && `${guide.guide.id}:${guide.progress.step}:${guide.progress.status}` === this.state.stepKey) {
            this.watch.refresh();
          }
          this.apply(guide);
        })
        .catch(() => {});
    };
    const nav = (globalThis as { navigation?: EventTarget }).navigation;
    if (nav) this.ctx.addEventListener(nav as Window, 'currententrychange' as 'focus', onRoute);
    else this.ctx.addEventListener(window, 'wxt:locationchange', onRoute);
  }
}
