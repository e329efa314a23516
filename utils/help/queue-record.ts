import { type FailureKind, retryDelayMs } from './backoff';
import type { HelpRequest, HelpRequestState } from './types';

/**
 * One help request in the background's queue (IndexedDB store `helpRequests`, keyPath `id`).
 * A type alias, not an interface, so it fits the store's `{ id; [field]: unknown }` record type.
 */
export type HelpQueueRecord = {
  id: string;
  request: HelpRequest;
  state: HelpRequestState;
  /** Delivery attempts started so far. */
  attempts: number;
  /** When the next attempt is due (epoch ms); null when nothing more will be tried. */
  nextAttemptAt: number | null;
  /** Why the last attempt failed (`HTTP 500`, `timeout` …): never anything from the page. */
  lastError: string | null;
  /** Set when a receiver answered 2xx, also if the citizen cancelled afterwards. */
  deliveredAt: number | null;
  updatedAt: number;
};

/** Still to be delivered: waiting, being sent, or failed and waiting for the next try. */
export function isPending(record: HelpQueueRecord): boolean {
  return record.state === 'sending' || record.state === 'failed';
}

export function newRecord(request: HelpRequest, now: number): HelpQueueRecord {
  return {
    id: request.id,
    request,
    state: 'sending',
    attempts: 0,
    nextAttemptAt: now,
    lastError: null,
    deliveredAt: null,
    updatedAt: now,
  };
}

/**
 * An attempt starts. `leaseMs` moves `nextAttemptAt` past the attempt's timeout, so that if the
 * service worker dies mid-attempt, the request becomes due again once the attempt cannot be alive.
 */
export function startAttempt(record: HelpQueueRecord, now: number, leaseMs: number): HelpQueueRecord {
  if (!isPending(record)) return record;
  return { ...record, attempts: record.attempts + 1, nextAttemptAt: now + leaseMs, updatedAt: now };
}

export function markDelivered(record: HelpQueueRecord, now: number): HelpQueueRecord {
  // A cancel that raced with the last attempt stays cancelled; we just note that staff got it.
  if (record.state === 'cancelled') return { ...record, deliveredAt: now, updatedAt: now };
  if (record.state === 'sent') return record;
  return { ...record, state: 'sent', nextAttemptAt: null, lastError: null, deliveredAt: now, updatedAt: now };
}

export function markFailed(
  record: HelpQueueRecord,
  now: number,
  kind: FailureKind,
  error: string,
  random?: () => number,
): HelpQueueRecord {
  if (!isPending(record)) return record;
  return {
    ...record,
    state: 'failed',
    nextAttemptAt: now + retryDelayMs(record.attempts, kind, random),
    lastError: error,
    updatedAt: now,
  };
}

/** The citizen cancels: no more attempts. A request staff already got stays marked delivered. */
export function markCancelled(record: HelpQueueRecord, now: number): HelpQueueRecord {
  if (record.state === 'cancelled') return record;
  return { ...record, state: 'cancelled', nextAttemptAt: null, updatedAt: now };
}

/** Guard for records read back from IndexedDB (another version may have written them). */
export function isHelpQueueRecord(value: unknown): value is HelpQueueRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  const req = r.request as Record<string, unknown> | null | undefined;
  return (
    typeof r.id === 'string' &&
    typeof req === 'object' &&
    req !== null &&
    req.id === r.id &&
    (r.state === 'sending' || r.state === 'sent' || r.state === 'failed' || r.state === 'cancelled') &&
    typeof r.attempts === 'number' &&
    (r.nextAttemptAt === null || typeof r.nextAttemptAt === 'number') &&
    typeof r.updatedAt === 'number'
  );
}
