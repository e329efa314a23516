import type { IDBPDatabase } from 'idb';
import type { VejviserDB } from '@/utils/db/schema';
import { canDeliver, deliveryFor } from '@/utils/help/adapters';
import { classifyStatus, type FailureKind } from '@/utils/help/backoff';
import { buildHelpRequest } from '@/utils/help/build-request';
import {
  type HelpQueueRecord,
  isHelpQueueRecord,
  isPending,
  markCancelled,
  markDelivered,
  markFailed,
  newRecord,
  startAttempt,
} from '@/utils/help/queue-record';
import type { HelpRequestInput } from '@/utils/help/validate';
import type { HelpView } from '@/utils/help/view';
import type { ResetReason } from '../citizen-session';
import type { PolicyService } from '../policy-service';

/** Chrome never fires an alarm sooner than 30 s; shorter waits use a timer in the live worker. */
export const ALARM_MIN_MS = 30_000;
/** How long one delivery attempt may take before it counts as failed (and is retried). */
export const DELIVERY_TIMEOUT_MS = 10_000;

export interface Scheduler {
  /** Run `fn` after `ms` while the worker lives; returns a function that cancels it. */
  setTimer(ms: number, fn: () => void): () => void;
  /** Wake the (possibly restarted) worker at `when` (epoch ms) with an alarm; null clears it. */
  setWakeUp(when: number | null): void;
}

export interface HelpQueueDeps {
  db: Promise<IDBPDatabase<VejviserDB>>;
  policy: Pick<PolicyService, 'current' | 'ready'>;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  now: () => number;
  newId: () => string;
  notify: (view: HelpView) => void;
  scheduler: Scheduler;
  random?: () => number;
  timeoutMs?: number;
  log?: (message: string) => void;
}

export interface HelpQueue {
  /** Pick the queue up after a service-worker or browser start. */
  resume(): Promise<void>;
  /** The alarm fired: attempt what is due. */
  wake(): Promise<void>;
  status(): Promise<HelpView>;
  request(input: HelpRequestInput): Promise<HelpView>;
  cancel(id: string): Promise<HelpView>;
  dismiss(id: string): Promise<HelpView>;
  /** A new citizen (idle reset): cancel and forget everything. A browser start keeps what is pending. */
  resetCitizen(reason: ResetReason): Promise<void>;
  /** The policy changed (channel or PC label): tell the tabs. */
  policyChanged(): Promise<void>;
}

type Outcome = { kind: 'delivered' } | { kind: FailureKind; error: string };

/**
 * The help-request queue: IndexedDB-backed, retried with back-off, one request at a time per PC.
 * Browser APIs come in through `deps`, so the whole queue runs in unit tests with fakes.
 */
export function createHelpQueue(deps: HelpQueueDeps): HelpQueue {
  const timeoutMs = deps.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  const log = deps.log ?? (() => {});
  const startedAt = deps.now();
  /** Attempts running in this worker; aborting one cancels its fetch. */
  const inFlight = new Map<string, AbortController>();
  let cancelTimer: (() => void) | undefined;
  let lastRev = 0;

  // Every read-modify-write of the store runs through this chain, so two presses, a cancel and an
  // attempt's result can never interleave.
  let chain: Promise<unknown> = Promise.resolve();
  function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = chain.then(fn, fn);
    chain = run.catch(() => {});
    return run;
  }

  async function all(): Promise<HelpQueueRecord[]> {
    const rows = await (await deps.db).getAll('helpRequests');
    return rows.filter(isHelpQueueRecord);
  }
  async function get(id: string): Promise<HelpQueueRecord | undefined> {
    const row = await (await deps.db).get('helpRequests', id);
    return isHelpQueueRecord(row) ? row : undefined;
  }
  async function put(record: HelpQueueRecord): Promise<void> {
    await (await deps.db).put('helpRequests', record);
  }
  async function remove(id: string): Promise<void> {
    await (await deps.db).delete('helpRequests', id);
  }

  function nextRev(): number {
    lastRev = Math.max(deps.now(), lastRev + 1);
    return lastRev;
  }

  /** The request the citizen sees: the newest one. */
  function shown(records: HelpQueueRecord[]): HelpQueueRecord | undefined {
    return [...records].sort((a, b) => b.request.createdAt.localeCompare(a.request.createdAt))[0];
  }

  async function view(): Promise<HelpView> {
    const policy = deps.policy.current();
    const record = shown(await all());
    return {
      rev: nextRev(),
      channel: canDeliver(policy.staffAlert) ? 'send' : 'none',
      computer: policy.computerLabel,
      request: record ? { id: record.id, state: record.state, delivered: record.deliveredAt !== null } : null,
    };
  }

  async function publish(): Promise<HelpView> {
    const v = await view();
    deps.notify(v);
    return v;
  }

  function schedule(records: HelpQueueRecord[]): void {
    cancelTimer?.();
    cancelTimer = undefined;
    const due = records
      .filter(isPending)
      .map((r) => r.nextAttemptAt)
      .filter((t): t is number => t !== null);
    if (due.length === 0) {
      deps.scheduler.setWakeUp(null);
      return;
    }
    const next = Math.min(...due);
    const delay = Math.max(0, next - deps.now());
    if (delay < ALARM_MIN_MS) cancelTimer = deps.scheduler.setTimer(delay, () => void pump());
    // Always keep an alarm too: if the worker is stopped during a short wait, it wakes us later.
    deps.scheduler.setWakeUp(Math.max(next, deps.now() + ALARM_MIN_MS));
  }

  /** Start every attempt that is due, then schedule the next wake-up. */
  async function pump(): Promise<void> {
    const records = await exclusive(all);
    const now = deps.now();
    for (const r of records) {
      if (isPending(r) && r.nextAttemptAt !== null && r.nextAttemptAt <= now && !inFlight.has(r.id)) {
        void attempt(r.id);
      }
    }
    schedule(records);
  }

  async function send(record: HelpQueueRecord, signal: AbortSignal): Promise<Outcome> {
    // Right after a browser start the policy may not be read yet; a queued request must not be
    // judged against the defaults (no channel) meanwhile.
    await deps.policy.ready.catch(() => {});
    const delivery = deliveryFor(record.request, deps.policy.current().staffAlert);
    if (!delivery) return { kind: 'no-channel', error: 'no staff channel in policy' };
    try {
      const res = await deps.fetch(delivery.url, {
        ...delivery.init,
        signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
        // No cookies, no referrer: the request carries the §3 fields and nothing else.
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
      });
      await res.body?.cancel().catch(() => {});
      const kind = classifyStatus(res.status);
      return kind === 'delivered' ? { kind } : { kind, error: `HTTP ${res.status}` };
    } catch (err) {
      if (signal.aborted) return { kind: 'network', error: 'cancelled' };
      if (err instanceof Error && err.name === 'TimeoutError') return { kind: 'timeout', error: 'timeout' };
      return { kind: 'network', error: 'network error' };
    }
  }

  async function attempt(id: string): Promise<void> {
    if (inFlight.has(id)) return;
    const controller = new AbortController();
    inFlight.set(id, controller);
    try {
      const started = await exclusive(async () => {
        const record = await get(id);
        if (!record || !isPending(record)) return undefined;
        const next = startAttempt(record, deps.now(), timeoutMs + 1_000);
        await put(next);
        return next;
      });
      if (!started) return;
      const outcome = await send(started, controller.signal);
      if (outcome.kind !== 'delivered')
        log(`help request ${id}: attempt ${started.attempts} failed (${outcome.error})`);
      await exclusive(async () => {
        const record = await get(id);
        if (!record) return;
        const now = deps.now();
        await put(
          outcome.kind === 'delivered'
            ? markDelivered(record, now)
            : markFailed(record, now, outcome.kind, outcome.error, deps.random),
        );
      });
    } finally {
      inFlight.delete(id);
    }
    await publish();
    await pump();
  }

  return {
    async resume() {
      await pump();
    },
    async wake() {
      await pump();
    },
    status: view,
    async request(input) {
      const created = await exclusive(async () => {
        const policy = deps.policy.current();
        if (!canDeliver(policy.staffAlert)) return false;
        const records = await all();
        // Pressing again while a request is on its way gives that same request, not a second one.
        if (records.some(isPending)) return false;
        // A new request replaces the finished ones: nothing older is kept.
        for (const r of records) await remove(r.id);
        const now = deps.now();
        const request = buildHelpRequest({
          id: deps.newId(),
          createdAt: new Date(now),
          library: policy.libraryName,
          computer: policy.computerLabel,
          page: input.page,
          guide: input.guide,
          language: input.language,
          ...(input.site ? { site: input.site } : {}),
        });
        await put(newRecord(request, now));
        return true;
      });
      const v = await publish();
      if (created) await pump();
      return v;
    },
    async cancel(id) {
      await exclusive(async () => {
        const record = await get(id);
        if (record) await put(markCancelled(record, deps.now()));
      });
      inFlight.get(id)?.abort();
      const v = await publish();
      await pump();
      return v;
    },
    async dismiss(id) {
      await exclusive(async () => {
        const record = await get(id);
        // Only a finished request can be closed; a pending one must be cancelled first.
        if (record && !isPending(record)) await remove(id);
      });
      return publish();
    },
    async resetCitizen(reason) {
      await exclusive(async () => {
        for (const r of await all()) {
          // On browser start the PC may still need help: keep what is pending and deliver it.
          if (reason === 'startup' && (isPending(r) || r.updatedAt >= startedAt)) continue;
          inFlight.get(r.id)?.abort();
          await remove(r.id);
        }
      });
      await publish();
      await pump();
    },
    async policyChanged() {
      // A new channel, URL or token may be what a waiting request needed: try it now.
      await exclusive(async () => {
        const now = deps.now();
        for (const r of await all()) {
          if (r.state === 'failed' && !inFlight.has(r.id)) await put({ ...r, nextAttemptAt: now, updatedAt: now });
        }
      });
      await publish();
      await pump();
    },
  };
}
