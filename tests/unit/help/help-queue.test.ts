import { describe, expect, it } from 'vitest';
import { createHelpQueue, type HelpQueueDeps } from '@/entrypoints/background/help/help-queue';
import { openVejviserDb } from '@/utils/db/open';
import type { HelpView } from '@/utils/help/view';
import { defaultPolicy, type Policy, type StaffAlert } from '@/utils/policy/types';

const page = { origin: 'https://www.borger.dk', path: '/flytning' };
const input = { page, guide: { id: 'borger-flytning', title: 'Meld flytning', step: 2, steps: 3 }, language: 'da' };
const HOOK: StaffAlert = { type: 'webhook', url: 'https://hooks.example/vejviser', token: 'tk' };

let dbCounter = 0;

/** A queue over a real (fake-indexeddb) database, a scripted fetch, a manual clock and timers. */
function harness(
  opts: { alert?: StaffAlert; db?: HelpQueueDeps['db']; clock?: { t: number }; timeoutMs?: number } = {},
) {
  const clock = opts.clock ?? { t: 1_000_000 };
  const policy: Policy = {
    ...defaultPolicy(true),
    libraryName: 'Esbjerg Hovedbibliotek',
    computerLabel: 'PC 7 ved vinduet',
    staffAlert: opts.alert ?? HOOK,
  };
  const db = opts.db ?? openVejviserDb(`help-queue-${++dbCounter}`);
  const calls: { url: string; init: RequestInit }[] = [];
  /** What each fetch does, in order; `hang` waits until aborted. Default: 200. */
  const replies: (number | 'network' | 'hang')[] = [];
  const timers: { at: number; fn: () => void }[] = [];
  const wakeUps: (number | null)[] = [];
  const views: HelpView[] = [];
  let ids = 0;
  const deps: HelpQueueDeps = {
    db,
    policy: { current: () => policy, ready: Promise.resolve(policy) },
    fetch: (url, init) => {
      calls.push({ url, init });
      const reply = replies.shift() ?? 200;
      if (reply === 'network') return Promise.reject(new TypeError('Failed to fetch'));
      if (reply === 'hang') {
        return new Promise((_ok, fail) => {
          init.signal?.addEventListener('abort', () => fail(init.signal?.reason));
        });
      }
      return Promise.resolve(new Response('ok', { status: reply }));
    },
    now: () => clock.t,
    newId: () => `id-${++ids}`,
    random: () => 0.5,
    notify: (v) => views.push(v),
    scheduler: {
      setTimer(ms, fn) {
        const timer = { at: clock.t + ms, fn };
        timers.push(timer);
        return () => timers.splice(timers.indexOf(timer), 1);
      },
      setWakeUp: (when) => wakeUps.push(when),
    },
    timeoutMs: opts.timeoutMs ?? 50,
  };
  const queue = createHelpQueue(deps);
  /** Let every pending promise (IndexedDB, fetch) settle. */
  const settle = async () => {
    for (let i = 0; i < 30; i++) await new Promise((r) => setTimeout(r, 1));
  };
  /** Move the clock on and run the timers that are due. */
  const advance = async (ms: number) => {
    clock.t += ms;
    for (const timer of timers.filter((x) => x.at <= clock.t)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.fn();
    }
    await settle();
  };
  const bodies = () => calls.map((c) => JSON.parse(String(c.init.body)) as { id: string });
  return { queue, deps, db, clock, policy, calls, replies, timers, wakeUps, views, settle, advance, bodies };
}

describe('the help-request queue', () => {
  it('delivers a request with the policy’s facts and shows it as sent', async () => {
    const h = harness();
    const view = await h.queue.request(input);
    expect(view.request).toMatchObject({ id: 'id-1', state: 'sending' });
    await h.settle();
    expect(h.calls).toHaveLength(1);
    expect(h.calls[0]?.url).toBe('https://hooks.example/vejviser');
    expect(h.calls[0]?.init).toMatchObject({ method: 'POST', credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(h.bodies()[0]).toMatchObject({
      id: 'id-1',
      library: 'Esbjerg Hovedbibliotek',
      computer: 'PC 7 ved vinduet',
      site: 'www.borger.dk',
      path: '/flytning',
    });
    expect((await h.queue.status()).request).toEqual({ id: 'id-1', state: 'sent', delivered: true });
    expect(h.views.at(-1)?.request?.state).toBe('sent');
    expect(h.wakeUps.at(-1)).toBeNull();
  });

  it('retries a 500 and a network error with back-off, with the same id every time', async () => {
    const h = harness();
    h.replies.push(500, 'network');
    await h.queue.request(input);
    await h.settle();
    expect((await h.queue.status()).request?.state).toBe('failed');
    expect(h.timers.map((t) => t.at - h.clock.t)).toEqual([2_000]);
    // An alarm backs the timer up in case the worker is stopped meanwhile.
    expect(h.wakeUps.at(-1)).toBe(h.clock.t + 30_000);
    await h.advance(2_000);
    expect(h.calls).toHaveLength(2);
    expect(h.timers.map((t) => t.at - h.clock.t)).toEqual([5_000]);
    await h.advance(5_000);
    expect(h.bodies().map((b) => b.id)).toEqual(['id-1', 'id-1', 'id-1']);
    expect((await h.queue.status()).request?.state).toBe('sent');
  });

  it('counts a timeout as a failure and tries again', async () => {
    const h = harness();
    h.replies.push('hang');
    await h.queue.request(input);
    await new Promise((r) => setTimeout(r, 120));
    await h.settle();
    expect((await h.queue.status()).request?.state).toBe('failed');
    await h.advance(2_000);
    expect(h.calls).toHaveLength(2);
    expect((await h.queue.status()).request?.state).toBe('sent');
  });

  it('uses an alarm, not a timer, for waits of 30 s and more', async () => {
    const h = harness();
    h.replies.push(401);
    await h.queue.request(input);
    await h.settle();
    expect(h.timers).toHaveLength(0);
    expect(h.wakeUps.at(-1)).toBe(h.clock.t + 300_000);
    await h.advance(300_000);
    expect(h.calls).toHaveLength(1);
    await h.queue.wake();
    await h.settle();
    expect(h.calls).toHaveLength(2);
  });

  it('gives one request for two presses at the same moment, and for a press while one is pending', async () => {
    const h = harness();
    h.replies.push('network');
    const [a, b] = await Promise.all([h.queue.request(input), h.queue.request(input)]);
    expect(a.request?.id).toBe('id-1');
    expect(b.request?.id).toBe('id-1');
    await h.settle();
    expect((await h.queue.request(input)).request?.id).toBe('id-1');
    expect(await (await h.db).count('helpRequests')).toBe(1);
  });

  it('starts a new request after a finished one and forgets the old one', async () => {
    const h = harness();
    await h.queue.request(input);
    await h.settle();
    const next = await h.queue.request(input);
    expect(next.request).toMatchObject({ id: 'id-2', state: 'sending' });
    expect(await (await h.db).getAllKeys('helpRequests')).toEqual(['id-2']);
  });

  it('stops retrying a cancelled request and aborts the attempt in flight', async () => {
    const h = harness();
    h.replies.push('network', 'hang');
    await h.queue.request(input);
    await h.settle();
    await h.advance(2_000);
    expect(h.calls).toHaveLength(2);
    const view = await h.queue.cancel('id-1');
    expect(view.request).toEqual({ id: 'id-1', state: 'cancelled', delivered: false });
    expect(h.calls[1]?.init.signal?.aborted).toBe(true);
    await h.advance(600_000);
    await h.queue.wake();
    await h.settle();
    expect(h.calls).toHaveLength(2);
    expect(h.wakeUps.at(-1)).toBeNull();
  });

  it('keeps a delivered-then-cancelled request marked delivered, and closes it on dismiss', async () => {
    const h = harness();
    await h.queue.request(input);
    await h.settle();
    expect((await h.queue.cancel('id-1')).request).toEqual({ id: 'id-1', state: 'cancelled', delivered: true });
    expect((await h.queue.dismiss('id-1')).request).toBeNull();
    expect(await (await h.db).count('helpRequests')).toBe(0);
  });

  it('does not let a pending request be dismissed without cancelling it', async () => {
    const h = harness();
    h.replies.push('network');
    await h.queue.request(input);
    await h.settle();
    expect((await h.queue.dismiss('id-1')).request?.state).toBe('failed');
  });

  it('cancels and forgets everything on an idle reset (a new citizen)', async () => {
    const h = harness();
    h.replies.push('network');
    await h.queue.request(input);
    await h.settle();
    await h.queue.resetCitizen('idle');
    expect(await (await h.db).count('helpRequests')).toBe(0);
    expect(h.views.at(-1)?.request).toBeNull();
    await h.advance(2_000);
    expect(h.calls).toHaveLength(1);
  });

  it('keeps a pending request across a browser start but clears finished ones from before', async () => {
    const clock = { t: 5_000_000 };
    const db = openVejviserDb(`help-queue-${++dbCounter}`);
    const before = harness({ db, clock });
    await before.queue.request(input);
    await before.settle();
    clock.t += 60_000;
    const after = harness({ db, clock });
    await after.queue.resetCitizen('startup');
    expect(await (await db).count('helpRequests')).toBe(0);

    const pendingBefore = harness({ db, clock });
    pendingBefore.replies.push('network');
    await pendingBefore.queue.request(input);
    await pendingBefore.settle();
    clock.t += 60_000;
    const restarted = harness({ db, clock });
    await restarted.queue.resetCitizen('startup');
    expect(await (await db).count('helpRequests')).toBe(1);
    await restarted.queue.resume();
    await restarted.settle();
    expect(restarted.calls).toHaveLength(1);
    expect(restarted.bodies()[0]?.id).toBe('id-1');
    expect((await restarted.queue.status()).request).toMatchObject({ id: 'id-1', state: 'sent' });
  });

  it('resumes after a worker restart mid-attempt, once the attempt’s lease has run out', async () => {
    const clock = { t: 9_000_000 };
    const db = openVejviserDb(`help-queue-${++dbCounter}`);
    const dying = harness({ db, clock, timeoutMs: 60_000 });
    dying.replies.push('hang');
    await dying.queue.request(input);
    await dying.settle();
    expect(dying.calls).toHaveLength(1);
    // The worker is stopped here; the new one finds the request with its lease still running.
    const fresh = harness({ db, clock });
    await fresh.queue.resume();
    await fresh.settle();
    expect(fresh.calls).toHaveLength(0);
    expect(fresh.wakeUps.at(-1)).toBe(clock.t + 61_000);
    await fresh.advance(61_000);
    await fresh.queue.wake();
    await fresh.settle();
    expect(fresh.calls).toHaveLength(1);
    expect((await fresh.queue.status()).request?.state).toBe('sent');
  });

  it('shows the desk card and sends nothing when the policy has no channel', async () => {
    const h = harness({ alert: { type: 'none' } });
    const view = await h.queue.request(input);
    expect(view).toMatchObject({ channel: 'none', computer: 'PC 7 ved vinduet', request: null });
    await h.settle();
    expect(h.calls).toHaveLength(0);
  });

  it('tries a waiting request at once when the policy changes', async () => {
    const h = harness();
    h.replies.push(403);
    await h.queue.request(input);
    await h.settle();
    expect(h.timers).toHaveLength(0);
    await h.queue.policyChanged();
    await h.settle();
    expect(h.calls).toHaveLength(2);
    expect((await h.queue.status()).request?.state).toBe('sent');
  });

  it('ignores records in the store that it does not recognise', async () => {
    const h = harness();
    await (await h.db).put('helpRequests', { id: 'junk', state: 'weird' });
    expect((await h.queue.status()).request).toBeNull();
    await h.queue.resume();
    await h.settle();
    expect(h.calls).toHaveLength(0);
  });
});
