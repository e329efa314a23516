import { browser } from 'wxt/browser';
import type { PackInfo, PackProblem } from '@/utils/messaging/messages/guides';
import { type PackSyncEntry, type PackSyncStatus, SYNC_STATUS_KEY } from '@/utils/policy/pack-sync-status';
import type { Policy, PolicyGuidePack } from '@/utils/policy/types';
import type { PolicyService } from './policy-service';

/** The part of the guide store the sync needs (implemented by `services.guides`). */
export interface PolicyPackStore {
  /** Validate and store a pack; a rejected pack leaves what was stored before untouched. */
  savePack(
    source: 'policy',
    pack: unknown,
    meta: { url: string; etag?: string; sha256?: string },
  ): Promise<{ ok: true; pack: PackInfo } | { ok: false; problems: PackProblem[] }>;
  removePack(source: 'policy', id: string): Promise<unknown>;
  listPacks(source: 'policy'): Promise<PackInfo[]>;
  setBuiltInEnabled(enabled: boolean): void | Promise<void>;
}

export interface PackSync {
  /** Fetch every configured pack now (one run at a time; a request during a run queues one more). */
  syncNow(): Promise<PackSyncStatus>;
  status(): Promise<PackSyncStatus>;
}

export interface PackSyncOptions {
  policy: PolicyService;
  store: PolicyPackStore;
  fetch?: typeof fetch;
  now?: () => Date;
  log?: (message: string) => void;
}

export const PACK_ALARM = 'vejviser.packRefresh';
export { SYNC_STATUS_KEY };

/** A pack is a JSON text of guides; anything bigger than this is not one. */
const MAX_PACK_BYTES = 5 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 30_000;

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function sameList(a: PolicyGuidePack[], b: PolicyGuidePack[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Keeps the `guidePacks` of the policy in the guide store: fetches each URL on start and every
 * `refreshMinutes` (an alarm, so it survives the service worker sleeping), with `If-None-Match`;
 * refuses bytes that do not match a pinned `sha256`; keeps the last good copy when a download
 * fails or is invalid; removes the packs of URLs no longer in the policy. Also switches the
 * built-in guides on and off with `builtInGuides`.
 */
export function createPackSync(opts: PackSyncOptions): PackSync {
  const { policy, store } = opts;
  const doFetch = opts.fetch ?? ((input, init) => fetch(input, init));
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? ((m: string) => console.warn(`[Vejviser packs] ${m}`));

  async function readStatus(): Promise<PackSyncStatus> {
    const stored = (await browser.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY] as PackSyncStatus | undefined;
    return stored ?? { running: false, entries: [] };
  }

  async function writeStatus(status: PackSyncStatus): Promise<void> {
    await browser.storage.local.set({ [SYNC_STATUS_KEY]: status });
  }

  async function updateEntry(url: string, patch: Partial<PackSyncEntry>): Promise<void> {
    const status = await readStatus();
    const i = status.entries.findIndex((e) => e.url === url);
    const base: PackSyncEntry = status.entries[i] ?? { url, state: 'pending', message: 'Venter på at blive hentet.' };
    const next = { ...base, ...patch };
    if (i >= 0) status.entries[i] = next;
    else status.entries.push(next);
    await writeStatus(status);
  }

  async function syncOne(config: PolicyGuidePack, stored: PackInfo[]): Promise<void> {
    const { url, sha256 } = config;
    const previous = (await readStatus()).entries.find((e) => e.url === url);
    const have = stored.filter((p) => p.url === url);
    const attemptAt = now().toISOString();
    const fail = (message: string) =>
      updateEntry(url, { state: 'failed', message, sha256, lastAttemptAt: attemptAt, usingLastGood: have.length > 0 });

    // Only a conditional request when the copy we hold was checked against the same pin.
    const etag = have.length > 0 && previous?.state === 'ok' && previous.sha256 === sha256 ? previous.etag : undefined;
    let response: Response;
    try {
      response = await doFetch(url, {
        headers: etag ? { 'If-None-Match': etag } : {},
        cache: 'no-store',
        credentials: 'omit',
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      });
    } catch (err) {
      log(`${url}: ${errorText(err)}`);
      return fail('Kunne ikke hente pakken: ingen forbindelse til serveren.');
    }
    if (response.status === 304) {
      return updateEntry(url, {
        state: 'ok',
        message: 'Pakken er uændret siden sidst.',
        lastAttemptAt: attemptAt,
        lastSuccessAt: attemptAt,
        usingLastGood: false,
      });
    }
    if (!response.ok) return fail(`Kunne ikke hente pakken: serveren svarede ${response.status}.`);
    const bytes = await response.arrayBuffer().catch(() => null);
    if (!bytes) return fail('Kunne ikke hente pakken: forbindelsen blev afbrudt.');
    if (bytes.byteLength > MAX_PACK_BYTES) return fail('Pakken er for stor (over 5 MB). Den er ikke gemt.');
    if (sha256 && (await sha256Hex(bytes)) !== sha256) {
      log(`${url}: sha256 does not match the policy; refused`);
      return fail('Pakken er ikke den, IT har godkendt (sha256 passer ikke). Den er ikke gemt.');
    }
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      return fail('Pakken er ikke gyldig JSON (UTF-8). Den er ikke gemt.');
    }
    const newEtag = response.headers.get('ETag') ?? undefined;
    let saved: Awaited<ReturnType<PolicyPackStore['savePack']>>;
    try {
      saved = await store.savePack('policy', json, { url, etag: newEtag, sha256 });
    } catch (err) {
      log(`${url}: could not store: ${errorText(err)}`);
      return fail('Pakken kunne ikke gemmes.');
    }
    if (!saved.ok) {
      const shown = saved.problems
        .slice(0, 3)
        .map((p) => `${p.path}: ${p.message}`)
        .join('; ');
      const more = saved.problems.length > 3 ? ` (og ${saved.problems.length - 3} fejl mere)` : '';
      return fail(`Pakken er ikke gyldig og er ikke gemt: ${shown}${more}`);
    }
    // The URL now serves another pack id: the old one is no longer what IT configured.
    for (const old of have) if (old.id !== saved.pack.id) await store.removePack('policy', old.id);
    await updateEntry(url, {
      state: 'ok',
      message: `Hentet: ${saved.pack.guideCount} vejledninger (version ${saved.pack.version}).`,
      sha256,
      etag: newEtag,
      packId: saved.pack.id,
      version: saved.pack.version,
      guideCount: saved.pack.guideCount,
      lastAttemptAt: attemptAt,
      lastSuccessAt: attemptAt,
      usingLastGood: false,
    });
  }

  async function runOnce(): Promise<void> {
    const { guidePacks } = policy.current();
    const wanted = new Set(guidePacks.map((p) => p.url));
    const status = await readStatus();
    await writeStatus({
      ...status,
      running: true,
      // Forget what we reported about URLs IT has taken out of the policy.
      entries: status.entries.filter((e) => wanted.has(e.url)),
    });
    try {
      let stored = await store.listPacks('policy');
      for (const info of stored) {
        if (!info.url || !wanted.has(info.url)) await store.removePack('policy', info.id);
      }
      stored = stored.filter((p) => p.url && wanted.has(p.url));
      // One at a time: a library PC has little bandwidth, and the order of the policy is kept.
      for (const config of guidePacks) {
        try {
          await syncOne(config, stored);
        } catch (err) {
          log(`${config.url}: ${errorText(err)}`);
          await updateEntry(config.url, { state: 'failed', message: 'Uventet fejl under hentning.' });
        }
      }
    } finally {
      const alarm = await browser.alarms.get(PACK_ALARM);
      await writeStatus({
        ...(await readStatus()),
        running: false,
        lastRunAt: now().toISOString(),
        nextRunAt: alarm ? new Date(alarm.scheduledTime).toISOString() : undefined,
      });
    }
  }

  let running: Promise<void> | null = null;
  let again = false;
  function syncNow(): Promise<PackSyncStatus> {
    if (running) {
      again = true;
      return running.then(readStatus);
    }
    running = (async () => {
      do {
        again = false;
        await runOnce();
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running.then(readStatus);
  }

  async function schedule(p: Policy): Promise<void> {
    if (p.guidePacks.length === 0) {
      await browser.alarms.clear(PACK_ALARM);
      return;
    }
    const existing = await browser.alarms.get(PACK_ALARM);
    // Re-creating an alarm restarts its clock: only do it when the period changed, or a service
    // worker that wakes every few minutes would never reach the refresh.
    if (existing?.periodInMinutes === p.refreshMinutes) return;
    await browser.alarms.create(PACK_ALARM, { delayInMinutes: p.refreshMinutes, periodInMinutes: p.refreshMinutes });
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PACK_ALARM) void syncNow();
  });

  policy.onChange((next, previous) => {
    if (next.builtInGuides !== previous.builtInGuides) void store.setBuiltInEnabled(next.builtInGuides);
    if (!sameList(next.guidePacks, previous.guidePacks) || next.refreshMinutes !== previous.refreshMinutes) {
      void schedule(next).then(() => syncNow());
    }
  });

  // A browser start always fetches: the PC may have been off for days.
  browser.runtime.onStartup.addListener(() => {
    void policy.ready.then(() => syncNow());
  });

  // Start: apply the policy in force once it is known, then fetch. The service worker starts
  // often; a run is skipped when the last one is recent and the configured list has not changed.
  void policy.ready.then(async (p) => {
    await store.setBuiltInEnabled(p.builtInGuides);
    await schedule(p);
    const status = await readStatus();
    const configured = new Set(p.guidePacks.map((g) => g.url));
    const due =
      !status.lastRunAt ||
      now().getTime() - Date.parse(status.lastRunAt) >= p.refreshMinutes * 60_000 ||
      status.entries.length !== configured.size ||
      status.entries.some(
        (e) => !configured.has(e.url) || e.sha256 !== p.guidePacks.find((g) => g.url === e.url)?.sha256,
      );
    if (due || status.running) await syncNow();
  });

  return { syncNow, status: readStatus };
}
