import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HealthCounters } from '@/components/editor/model/library';
import {
  createEditorService,
  type EditorDeps,
  type EditorGuideStore,
  PREVIEW_GUIDE_ID,
} from '@/entrypoints/background/editor-service';
import { openVejviserDb } from '@/utils/db/open';
import type { PackInfo } from '@/utils/messaging/messages/guides';
import type { Guide, GuidePack, PackSource } from '@/utils/pack/types';
import { defaultPolicy, type Policy } from '@/utils/policy/types';

const guide = (id: string, steps = ['a', 'b']): Guide => ({
  id,
  title: { da: id, en: `${id} (en)` },
  topic: 'bolig',
  sites: ['https://www.borger.dk/*'],
  steps: steps.map((s) => ({ id: s, say: `Klik på ${s}.` })),
});
const pack = (id: string, guides: Guide[]): GuidePack => ({
  format: 'vejviser/guide-pack@1',
  id,
  title: id,
  version: '1',
  guides,
});

/** A small in-memory store with the packs helper's precedence (local > policy > builtin). */
function fakeStore(initial: { source: PackSource; pack: GuidePack }[]) {
  const packs = new Map(initial.map((p) => [`${p.source}/${p.pack.id}`, p]));
  const rank = { local: 3, policy: 2, builtin: 1 };
  const store: EditorGuideStore & { disabled: ReadonlySet<string> } = {
    disabled: new Set(),
    async listPacks() {
      return [...packs.values()].map(
        ({ source, pack: p }): PackInfo => ({
          source,
          id: p.id,
          title: p.title,
          version: p.version,
          guideCount: p.guides.length,
          storedAt: '',
        }),
      );
    },
    async exportPack(source, id) {
      const p = packs.get(`${source}/${id}`);
      return p ? JSON.stringify(p.pack) : null;
    },
    async guideById(id) {
      const all = [...packs.values()].filter((p) => p.pack.guides.some((g) => g.id === id));
      all.sort((a, b) => rank[b.source] - rank[a.source]);
      const best = all[0];
      const g = best?.pack.guides.find((x) => x.id === id);
      return best && g ? { guide: g, source: best.source, packId: best.pack.id } : null;
    },
    async savePack(source, p) {
      const gp = p as GuidePack;
      packs.set(`${source}/${gp.id}`, { source, pack: gp });
      return { ok: true, pack: (await store.listPacks()).find((i) => i.id === gp.id) as PackInfo };
    },
    setDisabledGuides(ids) {
      store.disabled = ids;
    },
  };
  return store;
}

let dbCount = 0;
function setup(opts: { health?: HealthCounters[]; policy?: Partial<Policy>; fetch?: typeof fetch } = {}) {
  const store = fakeStore([
    { source: 'builtin', pack: pack('indbygget', [guide('flytning'), guide('mitid')]) },
    { source: 'policy', pack: pack('esbjerg', [guide('mitid', ['x'])]) },
  ]);
  const begin = vi.fn(async () => ({}));
  const health = { list: vi.fn(async () => opts.health ?? []) };
  const policy = { ...defaultPolicy(true), ...opts.policy };
  const deps: EditorDeps = {
    db: openVejviserDb(`editor-test-${++dbCount}`),
    guides: store,
    policy: { current: () => policy, ready: Promise.resolve(policy), onChange: () => () => {} },
    engine: () => ({ health, progress: { begin } }),
    validate: (p) =>
      (p as GuidePack).guides.every((g) => g.steps.length > 0)
        ? { ok: true }
        : { ok: false, problems: [{ path: 'guides[0].steps', message: 'skal have mindst 1 trin' }] },
    now: () => new Date('2026-11-28T10:00:00Z'),
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  };
  return { service: createEditorService(deps), store, begin, deps };
}

describe('the editor library', () => {
  it('lists every guide with pack, source, languages, precedence and health', async () => {
    const { service } = setup({
      health: [
        {
          guideId: 'flytning',
          stepId: 'b',
          found: 4,
          notFound: 2,
          firstFailedAt: 1,
          lastFailedAt: 2,
          lastFailPath: '/x',
        },
        { guideId: 'flytning', stepId: 'a', found: 9, notFound: 1, lastFailedAt: 5, lastFoundAt: 6 },
      ],
    });
    const lib = await service.library();
    expect(lib.map((g) => `${g.source}:${g.id}:${g.hidden}`)).toEqual([
      'policy:mitid:false',
      'builtin:flytning:false',
      'builtin:mitid:true',
    ]);
    const flytning = lib.find((g) => g.id === 'flytning');
    expect(flytning).toMatchObject({ packId: 'indbygget', languages: ['da', 'en'], steps: 2, enabled: true });
    // Step a failed once but was found again afterwards; step b's latest lookup failed.
    expect(flytning?.health.map((h) => h.broken)).toEqual([false, true]);
    expect(flytning?.health[1]).toMatchObject({
      notFound: 2,
      lastFailPath: '/x',
      firstFailedAt: '1970-01-01T00:00:00.001Z',
    });
  });

  it('switches a guide off on this PC, tells the store, and remembers it', async () => {
    const { service, store, deps } = setup();
    await service.setEnabled('flytning', false);
    expect([...store.disabled]).toEqual(['flytning']);
    expect((await service.library()).find((g) => g.id === 'flytning')?.enabled).toBe(false);
    // A new service on the same database (a restarted background) applies it at start.
    const again = fakeStore([]);
    createEditorService({ ...deps, guides: again });
    await vi.waitFor(() => expect([...again.disabled]).toEqual(['flytning']));
    await service.setEnabled('flytning', true);
    expect([...store.disabled]).toEqual([]);
  });

  it('copies a policy guide into the local pack, where it takes precedence', async () => {
    const { service, store } = setup();
    const copy = await service.duplicate('policy', 'esbjerg', 'mitid');
    expect(copy).toEqual({ packId: 'bibliotekets-vejledninger', guideId: 'mitid' });
    expect(await store.guideById('mitid')).toMatchObject({ source: 'local', guide: { steps: [{ id: 'x' }] } });
    const local = JSON.parse((await store.exportPack('local', copy.packId)) as string) as GuidePack;
    expect(local.version).toBe('2026-11-28.1');
    await expect(service.duplicate('policy', 'esbjerg', 'findes-ikke')).rejects.toThrow('findes ikke');
    await expect(service.duplicate('local', copy.packId, 'mitid')).rejects.toThrow();
  });
});

describe('preview', () => {
  it('runs the unsaved guide under its own id from the chosen step', async () => {
    const { service, begin } = setup();
    const { tabId } = await service.preview(guide('flytning', ['a', 'b', 'c']), 2, 'https://www.borger.dk/flyt');
    expect((await fakeBrowser.tabs.get(tabId)).url).toBe('https://www.borger.dk/flyt');
    expect(begin).toHaveBeenCalledWith(tabId, PREVIEW_GUIDE_ID, undefined, 2);
    const source = service.withPreview({
      guideById: async (id) => (id === 'flytning' ? { guide: guide('gemt') } : null),
    });
    expect((await source.guideById(PREVIEW_GUIDE_ID))?.guide.steps.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    // The stored guide with the real id is untouched by the preview.
    expect((await source.guideById('flytning'))?.guide.id).toBe('gemt');
  });

  it('refuses a guide the validator rejects, or a step it does not have', async () => {
    const { service, begin } = setup();
    await expect(service.preview(guide('tom', []), 0, undefined)).rejects.toThrow('skal have mindst 1 trin');
    await expect(service.preview(guide('to'), 5, undefined)).rejects.toThrow('trin 6');
    expect(begin).not.toHaveBeenCalled();
  });
});

describe('health reports', () => {
  it('send only anonymous counts since the last delivered report, and nothing without a URL', async () => {
    const bodies: unknown[] = [];
    const fetchMock = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
      bodies.push(JSON.parse(String(init?.body)));
      return new Response(null, { status: bodies.length === 2 ? 500 : 204 });
    }) as unknown as typeof fetch;
    const health: HealthCounters[] = [
      { guideId: 'flytning', stepId: 'a', found: 3, notFound: 1, lastFailPath: '/flytning' },
      { guideId: PREVIEW_GUIDE_ID, stepId: 'a', found: 1, notFound: 0 },
    ];
    const { service } = setup({
      health,
      policy: { healthReportUrl: 'https://stats.example/health' },
      fetch: fetchMock,
    });
    expect(await service.reportHealth()).toBe('sent');
    expect(bodies[0]).toEqual({
      format: 'vejviser/health-report@1',
      sentAt: '2026-11-28T10:00:00.000Z',
      counts: [
        { guide: 'flytning', step: 'a', outcome: 'found', count: 3 },
        { guide: 'flytning', step: 'a', outcome: 'not-found', count: 1 },
      ],
    });
    expect(JSON.stringify(bodies[0])).not.toContain('/flytning');
    expect(await service.reportHealth()).toBe('nothing');
    (health[0] as HealthCounters).found = 5;
    // A failed delivery is sent again next time.
    await expect(service.reportHealth()).rejects.toThrow('500');
    expect(await service.reportHealth()).toBe('sent');
    expect(bodies[2]).toMatchObject({ counts: [{ guide: 'flytning', step: 'a', outcome: 'found', count: 2 }] });

    const { service: without } = setup({ health, fetch: fetchMock });
    expect(await without.reportHealth()).toBe('no-url');
  });
});
