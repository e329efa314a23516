import { browser } from 'wxt/browser';
import { advance, back, locate, startProgress, startUrl, stepsOnPage } from '@/utils/engine/machine';
import type { AdvanceEvent, Progress } from '@/utils/engine/progress';
import type { GuideState } from '@/utils/messaging/messages/engine';
import type { PageRef } from '@/utils/messaging/protocol';
import type { Guide } from '@/utils/pack/types';
import type { CitizenSession } from './citizen-session';

/** Where the engine gets a guide by id (the guide store's `guideById`). */
export interface GuideSource {
  guideById(id: string): Promise<{ guide: Guide } | null>;
}

export interface ProgressService {
  /** The tab's guide after arriving on `page`; stores the located step. */
  stateFor(tabId: number, page: PageRef): Promise<GuideState | null>;
  /** Whether a guide runs in the tab (cheap: for the plan). */
  isActive(tabId: number): Promise<boolean>;
  begin(tabId: number, guideId: string, page?: PageRef): Promise<{ state: GuideState; navigateTo: string | null }>;
  advance(tabId: number, page: PageRef, step: number, how: AdvanceEvent): Promise<GuideState | null>;
  back(tabId: number, page: PageRef, step: number): Promise<GuideState | null>;
  stop(tabId: number): Promise<void>;
  clearAll(): Promise<void>;
}

const PREFIX = 'progress:';

/**
 * Per-tab guide progress in `storage.session`: it survives navigation, reloads and a sleeping
 * service worker, and is gone when the browser closes. Every change of one tab runs in order, so
 * a click event and the next page's load cannot overwrite each other.
 */
export function createProgressService(
  guides: GuideSource,
  citizen: CitizenSession,
  now: () => number = Date.now,
): ProgressService {
  const session = browser.storage.session;
  const queues = new Map<number, Promise<unknown>>();

  function serial<T>(tabId: number, job: () => Promise<T>): Promise<T> {
    const prev = queues.get(tabId) ?? Promise.resolve();
    const next = prev.then(job, job);
    queues.set(
      tabId,
      next.catch(() => {}),
    );
    return next;
  }

  async function read(tabId: number): Promise<Progress | null> {
    const key = PREFIX + tabId;
    return ((await session.get(key))[key] as Progress | undefined) ?? null;
  }
  const write = (tabId: number, p: Progress) => session.set({ [PREFIX + tabId]: p });
  const remove = (tabId: number) => session.remove(PREFIX + tabId);

  /** Load the tab's progress and guide; a guide that disappeared (pack removed) ends the run. */
  async function load(tabId: number): Promise<{ progress: Progress; guide: Guide } | null> {
    const progress = await read(tabId);
    if (!progress) return null;
    const stored = await guides.guideById(progress.guideId);
    if (!stored) {
      await remove(tabId);
      return null;
    }
    return { progress, guide: stored.guide };
  }

  async function update(
    tabId: number,
    change: (guide: Guide, progress: Progress) => Progress,
  ): Promise<GuideState | null> {
    const loaded = await load(tabId);
    if (!loaded) return null;
    const next = change(loaded.guide, loaded.progress);
    if (next !== loaded.progress) await write(tabId, next);
    return { guide: loaded.guide, progress: next };
  }

  browser.tabs?.onRemoved?.addListener((tabId) => void serial(tabId, () => remove(tabId)));
  const service: ProgressService = {
    stateFor: (tabId, page) => serial(tabId, () => update(tabId, (g, p) => locate(g, p, page, now()))),
    isActive: async (tabId) => (await read(tabId)) !== null,
    begin: (tabId, guideId, page) =>
      serial(tabId, async () => {
        const stored = await guides.guideById(guideId);
        if (!stored) throw new Error(`No guide with id ${guideId}`);
        const { guide } = stored;
        const progress = startProgress(guide, now());
        await write(tabId, progress);
        const onFirstPage = page !== undefined && stepsOnPage(guide, page).includes(0);
        return { state: { guide, progress }, navigateTo: onFirstPage ? null : startUrl(guide) };
      }),
    advance: (tabId, _page, step, how) => serial(tabId, () => update(tabId, (g, p) => advance(g, p, step, how, now()))),
    back: (tabId, _page, step) => serial(tabId, () => update(tabId, (g, p) => back(g, p, step, now()))),
    stop: (tabId) => serial(tabId, () => remove(tabId)),
    async clearAll() {
      const all = await session.get(null);
      await session.remove(Object.keys(all).filter((k) => k.startsWith(PREFIX)));
    },
  };
  citizen.onReset(() => service.clearAll());
  return service;
}
