import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCitizenPrefs, createCitizenSession } from '@/entrypoints/background/citizen-session';
import { createHealthService } from '@/entrypoints/background/health-service';
import { createIdleReset, isIdle } from '@/entrypoints/background/idle-reset';
import { createPlanService } from '@/entrypoints/background/plan-service';
import { createProgressService } from '@/entrypoints/background/progress-service';
import { openVejviserDb } from '@/utils/db/open';
import type { Guide } from '@/utils/pack/types';

const B = 'https://www.borger.dk';
const guide: Guide = {
  id: 'flyt',
  title: 'Meld flytning',
  sites: [`${B}/*`],
  start: `${B}/`,
  steps: [
    { id: 'a', page: `${B}/`, target: { text: 'Flytning' }, say: 'Klik.' },
    { id: 'b', page: `${B}/flytning`, say: 'Læs.' },
  ],
};
const guides = { guideById: async (id: string) => (id === guide.id ? { guide } : null) };
const home = { origin: B, path: '/' };

describe('the progress service', () => {
  it('keeps each tab in storage.session and moves it along', async () => {
    const citizen = createCitizenSession();
    const progress = createProgressService(guides, citizen, () => 5);
    const { navigateTo, state } = await progress.begin(1, 'flyt', { origin: B, path: '/andet' });
    expect(navigateTo).toBe(`${B}/`);
    expect(state.progress).toMatchObject({ step: 0, status: 'active' });
    expect(await progress.isActive(1)).toBe(true);
    expect(await progress.isActive(2)).toBe(false);
    expect((await progress.advance(1, home, 0, 'click'))?.progress.step).toBe(1);
    expect(await fakeBrowser.storage.session.get('progress:1')).toEqual({
      'progress:1': { guideId: 'flyt', step: 1, status: 'active', startedAt: 5, updatedAt: 5 },
    });
    expect((await progress.stateFor(1, { origin: B, path: '/x' }))?.progress.status).toBe('off-track');
  });

  it('does not navigate when the citizen is already on the first page', async () => {
    const progress = createProgressService(guides, createCitizenSession());
    expect((await progress.begin(1, 'flyt', home)).navigateTo).toBeNull();
  });

  it('refuses to begin an unknown guide and stores nothing', async () => {
    const progress = createProgressService(guides, createCitizenSession());
    await expect(progress.begin(1, 'ukendt')).rejects.toThrow('No guide with id ukendt');
    expect(await progress.isActive(1)).toBe(false);
  });

  it('forgets every tab when a new citizen sits down', async () => {
    const citizen = createCitizenSession();
    const progress = createProgressService(guides, citizen);
    await progress.begin(1, 'flyt');
    await progress.begin(2, 'flyt');
    await fakeBrowser.storage.session.set({ other: 1 });
    await citizen.reset('idle');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ other: 1 });
  });

  it('ends the run when the guide is gone from the store', async () => {
    const progress = createProgressService(guides, createCitizenSession());
    await fakeBrowser.storage.session.set({ 'progress:4': { guideId: 'slettet', step: 0, status: 'active' } });
    expect(await progress.stateFor(4, home)).toBeNull();
    expect(await progress.isActive(4)).toBe(false);
  });
});

describe('the health service', () => {
  it('counts found and not found per step with first and last failure and the path', async () => {
    let t = 100;
    const health = createHealthService(openVejviserDb(`health-${Math.random()}`), () => t);
    await health.record({ guideId: 'flyt', stepId: 'a', outcome: 'found', path: '/' });
    await health.record({ guideId: 'flyt', stepId: 'a', outcome: 'not-found', path: '/' });
    t = 200;
    const rec = await health.record({ guideId: 'flyt', stepId: 'a', outcome: 'not-found', path: '/ny' });
    expect(rec).toEqual({
      key: 'flyt/a',
      guideId: 'flyt',
      stepId: 'a',
      found: 1,
      notFound: 2,
      firstFailedAt: 100,
      lastFailedAt: 200,
      lastFailPath: '/ny',
      lastFoundAt: 100,
    });
    expect(await health.list()).toEqual([rec]);
  });

  it('marks repaired steps that have counters, keeps the mark through later lookups, and skips the rest', async () => {
    let t = 100;
    const health = createHealthService(openVejviserDb(`health-${Math.random()}`), () => t);
    await health.record({ guideId: 'flyt', stepId: 'a', outcome: 'not-found', path: '/' });
    t = 300;
    expect(await health.markRepaired('flyt', ['a', 'a', 'never-looked-up'])).toBe(1);
    t = 400;
    const rec = await health.record({ guideId: 'flyt', stepId: 'a', outcome: 'found', path: '/' });
    expect(rec).toMatchObject({ notFound: 1, found: 1, lastFailedAt: 100, repairedAt: 300, lastFoundAt: 400 });
    expect((await health.list()).map((r) => r.stepId)).toEqual(['a']);
  });
});

describe('the citizen session', () => {
  it('keeps language and larger text until a reset, and allows only the policy languages', async () => {
    const citizen = createCitizenSession();
    let allowed = ['da', 'en', 'ar'];
    const prefs = createCitizenPrefs(citizen, () => allowed);
    expect(await prefs.get()).toEqual({ lang: 'da', largeText: false });
    await prefs.set({ lang: 'ar', largeText: true });
    expect(await prefs.get()).toMatchObject({ lang: 'ar', largeText: true });
    allowed = ['da'];
    expect((await prefs.get()).lang).toBe('da');
    await citizen.reset('idle');
    allowed = ['da', 'ar'];
    expect(await prefs.get()).toEqual({ lang: 'da', largeText: false });
  });

  it('resets after the idle time, only once something happened since the last reset', async () => {
    const citizen = createCitizenSession();
    const resets: string[] = [];
    citizen.onReset((why) => {
      resets.push(why);
    });
    let now = 0;
    const idle = createIdleReset(
      citizen,
      () => 15,
      () => now,
    );
    expect(await idle.check()).toBe(false);
    await idle.activity();
    now = 14 * 60_000;
    expect(await idle.check()).toBe(false);
    now = 15 * 60_000;
    expect(await idle.check()).toBe(true);
    now = 60 * 60_000;
    expect(await idle.check()).toBe(false);
    expect(resets).toEqual(['idle']);
    expect(isIdle(undefined, 1e9, 1)).toBe(false);
  });
});

describe('the plan', () => {
  it('says whether a guide runs in the tab and carries the language choice and the launcher words in it', async () => {
    const citizen = createCitizenSession();
    const progress = createProgressService(guides, citizen);
    const prefs = createCitizenPrefs(citizen, () => ['da', 'ar']);
    await prefs.set({ lang: 'ar' });
    const offered = {
      guidesForPage: async () => [
        { id: 'flyt', title: { da: 'Meld flytning', en: 'Move' }, source: 'builtin' as const, packId: 'p' },
      ],
    };
    const plan = createPlanService({ guides: offered, progress, prefs });
    expect(await plan.planFor(home, 1)).toEqual({
      launcher: true,
      offered: [{ id: 'flyt', title: 'Meld flytning' }],
      active: false,
      lang: 'ar',
      largeText: false,
      labels: { help: 'مساعدة', offered: 'توجد إرشادات لهذه الصفحة' },
    });
    await progress.begin(1, 'flyt');
    expect((await plan.planFor(home, 1)).active).toBe(true);
    expect(await plan.planFor({ origin: 'https://www.example.org', path: '/' }, 1)).toEqual({
      launcher: false,
      offered: [],
      labels: { help: 'Hjælp', offered: 'Der er en vejledning til denne side' },
    });
  });
});
