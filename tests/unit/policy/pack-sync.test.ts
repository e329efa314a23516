import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPackSync, PACK_ALARM, type PolicyPackStore } from '@/entrypoints/background/pack-sync';
import type { PolicyService } from '@/entrypoints/background/policy-service';
import type { PackInfo } from '@/utils/messaging/messages/guides';
import { defaultPolicy, type Policy } from '@/utils/policy/types';

const URL_A = 'https://bib.example/a.json';
const URL_B = 'https://bib.example/b.json';

function packText(id: string, version: string, guides = 1): string {
  return JSON.stringify({ format: 'vejviser/guide-pack@1', id, title: id, version, guides: Array(guides).fill({}) });
}

async function sha256(text: string): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** An in-memory guide store that accepts a pack with the right format, id and version. */
function memoryStore() {
  const packs = new Map<string, PackInfo>();
  const store: PolicyPackStore & { packs: Map<string, PackInfo>; builtIn: boolean | undefined } = {
    packs,
    builtIn: undefined,
    async savePack(_source, pack, meta) {
      const p = pack as { format?: string; id?: string; version?: string; guides?: unknown[] };
      if (p.format !== 'vejviser/guide-pack@1' || !p.id || !p.version || !Array.isArray(p.guides)) {
        return { ok: false, problems: [{ path: 'format', message: 'skal være "vejviser/guide-pack@1"' }] };
      }
      const info: PackInfo = {
        source: 'policy',
        id: p.id,
        title: p.id,
        version: p.version,
        guideCount: p.guides.length,
        storedAt: new Date().toISOString(),
        url: meta.url,
      };
      packs.set(p.id, info);
      return { ok: true, pack: info };
    },
    async removePack(_source, id) {
      return packs.delete(id);
    },
    async listPacks() {
      return [...packs.values()];
    },
    async setBuiltInEnabled(enabled) {
      store.builtIn = enabled;
    },
  };
  return store;
}

/** A policy service whose policy the test sets. */
function policyOf(initial: Partial<Policy>) {
  let policy: Policy = { ...defaultPolicy(true), ...initial };
  const listeners = new Set<(p: Policy, prev: Policy) => void>();
  const service: PolicyService & { set(p: Partial<Policy>): void } = {
    current: () => policy,
    ready: Promise.resolve(policy),
    onChange: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    set(patch) {
      const prev = policy;
      policy = { ...policy, ...patch };
      for (const l of listeners) l(policy, prev);
    },
  };
  return service;
}

/** A pack server: per URL a body and an ETag; answers If-None-Match with 304. */
function server() {
  const bodies = new Map<string, { body: string; etag: string; status?: number }>();
  const requests: { url: string; ifNoneMatch: string | null }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const ifNoneMatch = new Headers(init?.headers).get('If-None-Match');
    requests.push({ url, ifNoneMatch });
    const entry = bodies.get(url);
    if (!entry) throw new TypeError('Failed to fetch');
    if (entry.status) return new Response('nope', { status: entry.status });
    if (ifNoneMatch === entry.etag) return new Response(null, { status: 304 });
    return new Response(entry.body, { status: 200, headers: { ETag: entry.etag } });
  });
  return { bodies, requests, fetch: fetch as unknown as typeof globalThis.fetch };
}

const quiet = { log: () => {} };

describe('pack sync', () => {
  let store: ReturnType<typeof memoryStore>;
  let srv: ReturnType<typeof server>;
  beforeEach(() => {
    store = memoryStore();
    srv = server();
  });

  it('fetches every configured pack on start and stores it with its URL', async () => {
    srv.bodies.set(URL_A, { body: packText('a', '1', 2), etag: '"a1"' });
    const sync = createPackSync({
      policy: policyOf({ guidePacks: [{ url: URL_A }] }),
      store,
      fetch: srv.fetch,
      ...quiet,
    });
    await vi.waitFor(async () => expect((await sync.status()).lastRunAt).toBeDefined());
    expect(store.packs.get('a')).toMatchObject({ version: '1', url: URL_A });
    expect((await sync.status()).entries).toEqual([
      expect.objectContaining({ url: URL_A, state: 'ok', etag: '"a1"', packId: 'a', guideCount: 2 }),
    ]);
    expect(store.builtIn).toBe(true);
  });

  it('asks with If-None-Match and keeps the copy on 304, and stores a changed pack', async () => {
    srv.bodies.set(URL_A, { body: packText('a', '1'), etag: '"a1"' });
    const sync = createPackSync({
      policy: policyOf({ guidePacks: [{ url: URL_A }] }),
      store,
      fetch: srv.fetch,
      ...quiet,
    });
    await sync.syncNow();
    await sync.syncNow();
    expect(srv.requests.at(-1)).toEqual({ url: URL_A, ifNoneMatch: '"a1"' });
    expect((await sync.status()).entries[0]).toMatchObject({ state: 'ok', message: 'Pakken er uændret siden sidst.' });
    srv.bodies.set(URL_A, { body: packText('a', '2'), etag: '"a2"' });
    await sync.syncNow();
    expect(store.packs.get('a')?.version).toBe('2');
    expect((await sync.status()).entries[0]).toMatchObject({ etag: '"a2"', version: '2' });
  });

  it('refuses bytes that do not match the pinned sha256 and keeps the last good copy', async () => {
    const good = packText('a', '1');
    srv.bodies.set(URL_A, { body: good, etag: '"a1"' });
    const policy = policyOf({ guidePacks: [{ url: URL_A, sha256: await sha256(good) }] });
    const sync = createPackSync({ policy, store, fetch: srv.fetch, ...quiet });
    await sync.syncNow();
    expect(store.packs.get('a')?.version).toBe('1');
    // The server now serves something else than IT approved.
    srv.bodies.set(URL_A, { body: packText('a', '666'), etag: '"evil"' });
    policy.set({ guidePacks: [{ url: URL_A, sha256: await sha256(good) }], refreshMinutes: 30 });
    await vi.waitFor(async () => expect(srv.requests.length).toBe(2));
    await sync.syncNow();
    expect(store.packs.get('a')?.version).toBe('1');
    expect((await sync.status()).entries[0]).toMatchObject({
      state: 'failed',
      usingLastGood: true,
      message: 'Pakken er ikke den, IT har godkendt (sha256 passer ikke). Den er ikke gemt.',
    });
  });

  it('keeps the last good copy when the server fails, is unreachable or serves an invalid pack', async () => {
    srv.bodies.set(URL_A, { body: packText('a', '1'), etag: '"a1"' });
    const sync = createPackSync({
      policy: policyOf({ guidePacks: [{ url: URL_A }] }),
      store,
      fetch: srv.fetch,
      ...quiet,
    });
    await sync.syncNow();
    const cases: [{ body: string; etag: string; status?: number } | undefined, RegExp][] = [
      [{ body: '', etag: '"x"', status: 500 }, /serveren svarede 500/],
      [undefined, /ingen forbindelse/],
      [{ body: '{ not json', etag: '"b"' }, /ikke gyldig JSON/],
      [{ body: JSON.stringify({ format: 'x' }), etag: '"c"' }, /ikke gyldig og er ikke gemt: format: skal være/],
    ];
    for (const [body, message] of cases) {
      if (body) srv.bodies.set(URL_A, body);
      else srv.bodies.delete(URL_A);
      await sync.syncNow();
      expect(store.packs.get('a')?.version).toBe('1');
      const entry = (await sync.status()).entries[0];
      expect(entry).toMatchObject({ state: 'failed', usingLastGood: true });
      expect(entry?.message).toMatch(message);
    }
  });

  it('removes the guides of a URL taken out of the policy', async () => {
    srv.bodies.set(URL_A, { body: packText('a', '1'), etag: '"a1"' });
    srv.bodies.set(URL_B, { body: packText('b', '1'), etag: '"b1"' });
    const policy = policyOf({ guidePacks: [{ url: URL_A }, { url: URL_B }] });
    const sync = createPackSync({ policy, store, fetch: srv.fetch, ...quiet });
    await sync.syncNow();
    expect([...store.packs.keys()].sort()).toEqual(['a', 'b']);
    policy.set({ guidePacks: [{ url: URL_B }] });
    await vi.waitFor(() => expect([...store.packs.keys()]).toEqual(['b']));
    await sync.syncNow();
    expect((await sync.status()).entries.map((e) => e.url)).toEqual([URL_B]);
  });

  it('replaces the old pack when a URL starts serving another pack id', async () => {
    srv.bodies.set(URL_A, { body: packText('a', '1'), etag: '"a1"' });
    const sync = createPackSync({
      policy: policyOf({ guidePacks: [{ url: URL_A }] }),
      store,
      fetch: srv.fetch,
      ...quiet,
    });
    await sync.syncNow();
    srv.bodies.set(URL_A, { body: packText('a-ny', '1'), etag: '"n1"' });
    await sync.syncNow();
    expect([...store.packs.keys()]).toEqual(['a-ny']);
  });

  it('refreshes on an alarm every refreshMinutes and clears it when no packs are configured', async () => {
    srv.bodies.set(URL_A, { body: packText('a', '1'), etag: '"a1"' });
    const policy = policyOf({ guidePacks: [{ url: URL_A }], refreshMinutes: 30 });
    createPackSync({ policy, store, fetch: srv.fetch, ...quiet });
    await vi.waitFor(async () => expect(await browser.alarms.get(PACK_ALARM)).toMatchObject({ periodInMinutes: 30 }));
    await vi.waitFor(() => expect(srv.requests).toHaveLength(1));
    await fakeBrowser.alarms.onAlarm.trigger({
      name: PACK_ALARM,
      scheduledTime: Date.now(),
      periodInMinutes: 30,
      persistAcrossSessions: true,
    });
    await vi.waitFor(() => expect(srv.requests).toHaveLength(2));
    policy.set({ guidePacks: [] });
    await vi.waitFor(async () => expect(await browser.alarms.get(PACK_ALARM)).toBeUndefined());
  });

  it('switches the built-in guides with builtInGuides', async () => {
    const policy = policyOf({ builtInGuides: false });
    createPackSync({ policy, store, fetch: srv.fetch, ...quiet });
    await vi.waitFor(() => expect(store.builtIn).toBe(false));
    policy.set({ builtInGuides: true });
    await vi.waitFor(() => expect(store.builtIn).toBe(true));
  });
});
