import { browser } from 'wxt/browser';
import type { CitizenResetNotice } from '@/utils/messaging/messages/engine';
import type { CitizenSession } from './citizen-session';

const LAST_ACTIVITY_KEY = 'citizen:lastActivity';
export const IDLE_ALARM = 'vejviser-idle-check';
/** How often the alarm checks. Chrome's floor for packed extensions is 30 s. */
const CHECK_MINUTES = 0.5;

/**
 * Whether the PC has been idle long enough for a new citizen: only when something happened
 * since the last reset (`lastActivity` is set), so an unused PC is not reset over and over.
 */
export function isIdle(lastActivity: number | undefined, now: number, resetAfterIdleMinutes: number): boolean {
  return lastActivity !== undefined && now - lastActivity >= resetAfterIdleMinutes * 60_000;
}

export interface IdleReset {
  /** The citizen did something: content scripts and extension pages report it, throttled. */
  activity(): Promise<void>;
  /** Run by the alarm: reset the citizen session when the PC has been idle long enough. */
  check(): Promise<boolean>;
}

/**
 * Idle detection that works in headless Chromium too: content scripts and our pages report
 * input (at most every few seconds), the time lands in `storage.session`, and an alarm compares
 * it with `resetAfterIdleMinutes`. `chrome.idle` is not used: it reflects the whole OS session,
 * is coarse (≥ 15 s) and is not reliable headless.
 */
export function createIdleReset(
  citizen: CitizenSession,
  idleMinutes: () => number,
  now: () => number = Date.now,
): IdleReset {
  const store = browser.storage.session;
  const service: IdleReset = {
    async activity() {
      await store.set({ [LAST_ACTIVITY_KEY]: now() });
    },
    async check() {
      const last = (await store.get(LAST_ACTIVITY_KEY))[LAST_ACTIVITY_KEY] as number | undefined;
      if (!isIdle(last, now(), idleMinutes())) return false;
      await citizen.reset('idle');
      return true;
    },
  };
  citizen.onReset(() => store.remove(LAST_ACTIVITY_KEY));
  return service;
}

/** Start the periodic check; call once from the background's composition root. */
export function startIdleAlarm(idle: IdleReset): void {
  void browser.alarms.get(IDLE_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(IDLE_ALARM, { periodInMinutes: CHECK_MINUTES });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === IDLE_ALARM) void idle.check();
  });
}

/** Tell every tab's overlay that a new citizen sits down, so open hints and panels close now. */
export async function broadcastReset(): Promise<void> {
  const notice: CitizenResetNotice = { v: 1, type: 'citizen.reset' };
  const tabs = await browser.tabs.query({});
  await Promise.allSettled(
    tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, notice))),
  );
}
