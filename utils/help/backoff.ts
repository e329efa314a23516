/**
 * How long to wait before the next delivery attempt. Short at first (the citizen is waiting and a
 * blip is the likely cause), then slower so a long outage is not hammered by every PC.
 */
export const RETRY_SCHEDULE_MS: readonly number[] = [2_000, 5_000, 10_000, 20_000, 30_000, 60_000, 120_000, 300_000];
export const MAX_RETRY_MS = 300_000;

/** Why an attempt failed; `rejected` (a 4xx) and `no-channel` are not fixed by waiting a little. */
export type FailureKind = 'network' | 'timeout' | 'server' | 'rejected' | 'no-channel';

/**
 * Delay after the `attempts`-th failed attempt (1-based). A ±10 % jitter keeps the PCs of a library
 * from retrying in lockstep after an outage; `random` is injectable for tests.
 */
export function retryDelayMs(attempts: number, kind: FailureKind, random: () => number = Math.random): number {
  // A refused request (bad token, wrong URL) or a missing channel needs IT to change the policy;
  // retry rarely, so a fixed policy still gets the request through.
  const base =
    kind === 'rejected' || kind === 'no-channel'
      ? MAX_RETRY_MS
      : (RETRY_SCHEDULE_MS[Math.max(0, attempts - 1)] ?? MAX_RETRY_MS);
  const jitter = 1 + (random() * 2 - 1) * 0.1;
  return Math.round(base * jitter);
}

/** What an HTTP status means for a delivery. */
export function classifyStatus(status: number): 'delivered' | FailureKind {
  if (status >= 200 && status < 300) return 'delivered';
  // Timeouts and rate limits are the server asking us to come back later.
  if (status === 408 || status === 425 || status === 429) return 'server';
  if (status >= 400 && status < 500) return 'rejected';
  return 'server';
}
