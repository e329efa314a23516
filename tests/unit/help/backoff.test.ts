import { describe, expect, it } from 'vitest';
import { classifyStatus, MAX_RETRY_MS, RETRY_SCHEDULE_MS, retryDelayMs } from '@/utils/help/backoff';
import { markCancelled, markDelivered, markFailed, newRecord, startAttempt } from '@/utils/help/queue-record';
import type { HelpRequest } from '@/utils/help/types';

const noJitter = () => 0.5;

describe('retryDelayMs', () => {
  it('follows the schedule and stays at the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 50].map((n) => retryDelayMs(n, 'server', noJitter))).toEqual([
      ...RETRY_SCHEDULE_MS,
      MAX_RETRY_MS,
      MAX_RETRY_MS,
    ]);
  });

  it('jitters by at most 10 %', () => {
    expect(retryDelayMs(1, 'network', () => 0)).toBe(1_800);
    expect(retryDelayMs(1, 'network', () => 1)).toBe(2_200);
  });

  it('waits the longest for a refused request or a missing channel, which need IT', () => {
    expect(retryDelayMs(1, 'rejected', noJitter)).toBe(MAX_RETRY_MS);
    expect(retryDelayMs(1, 'no-channel', noJitter)).toBe(MAX_RETRY_MS);
  });
});

describe('classifyStatus', () => {
  it('treats 2xx as delivered, 5xx/408/425/429 as come-back-later and other 4xx as refused', () => {
    expect([200, 202, 204].map(classifyStatus)).toEqual(['delivered', 'delivered', 'delivered']);
    expect([500, 502, 503, 408, 425, 429].map(classifyStatus)).toEqual(Array(6).fill('server'));
    expect([400, 401, 403, 404].map(classifyStatus)).toEqual(Array(4).fill('rejected'));
  });
});

describe('the request state machine', () => {
  const request = { id: 'r1', createdAt: '2026-11-28T10:00:00.000Z' } as HelpRequest;

  it('goes sending → failed (with a next attempt) → sent, keeping its id', () => {
    let r = newRecord(request, 1_000);
    expect(r).toMatchObject({ id: 'r1', state: 'sending', attempts: 0, nextAttemptAt: 1_000 });
    r = startAttempt(r, 1_000, 11_000);
    expect(r).toMatchObject({ attempts: 1, nextAttemptAt: 12_000 });
    r = markFailed(r, 2_000, 'server', 'HTTP 500', noJitter);
    expect(r).toMatchObject({ state: 'failed', nextAttemptAt: 4_000, lastError: 'HTTP 500' });
    r = markDelivered(startAttempt(r, 4_000, 11_000), 4_500);
    expect(r).toMatchObject({ id: 'r1', state: 'sent', nextAttemptAt: null, deliveredAt: 4_500, attempts: 2 });
  });

  it('stops for good when cancelled, even if an attempt in flight then succeeds', () => {
    const started = startAttempt(newRecord(request, 0), 0, 11_000);
    const cancelled = markCancelled(started, 10);
    expect(cancelled).toMatchObject({ state: 'cancelled', nextAttemptAt: null });
    expect(startAttempt(cancelled, 20, 1).attempts).toBe(1);
    expect(markFailed(cancelled, 20, 'server', 'x')).toBe(cancelled);
    expect(markDelivered(cancelled, 30)).toMatchObject({ state: 'cancelled', deliveredAt: 30 });
  });

  it('keeps a delivered request marked delivered when the citizen cancels afterwards', () => {
    const sent = markDelivered(startAttempt(newRecord(request, 0), 0, 1), 5);
    expect(markCancelled(sent, 9)).toMatchObject({ state: 'cancelled', deliveredAt: 5 });
  });
});
