import { browser } from 'wxt/browser';
import type { HelpView } from '@/utils/help/view';
import { HELP_CHANGED, type HelpChangedMessage } from '@/utils/messaging/messages/help';
import { createHelpQueue, type HelpQueue } from './help/help-queue';
import type { Services } from './services';

export const HELP_ALARM = 'vejviser-help-queue';

export interface HelpService extends HelpQueue {
  /** Subscribe to reset, policy and alarm events and resume the queue. Call once, synchronously in `main()`. */
  start(): void;
}

/**
 * Push the new state to every tab's content script (tabs without ours just refuse it) and to the
 * extension's own pages (the start page), which `tabs.sendMessage` does not reach.
 */
async function broadcast(view: HelpView): Promise<void> {
  const message: HelpChangedMessage = { v: 1, type: HELP_CHANGED, data: view };
  const tabs = await browser.tabs.query({});
  await Promise.allSettled([
    browser.runtime.sendMessage(message),
    ...tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message))),
  ]);
}

/**
 * "Spørg personalet" in the background: the queue with the browser's fetch, timers, alarms and
 * tabs. `services` is read lazily so the composition root can build it in one object literal.
 */
export function createHelpService(services: () => Pick<Services, 'db' | 'policy' | 'citizen'>): HelpService {
  let queue: HelpQueue | undefined;
  const q = (): HelpQueue => {
    if (!queue) {
      const { db, policy } = services();
      queue = createHelpQueue({
        db,
        policy,
        fetch: (url, init) => fetch(url, init),
        now: () => Date.now(),
        newId: () => crypto.randomUUID(),
        notify: (view) => void broadcast(view).catch(() => {}),
        scheduler: {
          setTimer(ms, fn) {
            const timer = setTimeout(fn, ms);
            return () => clearTimeout(timer);
          },
          setWakeUp(when) {
            if (when === null) void browser.alarms.clear(HELP_ALARM);
            else void browser.alarms.create(HELP_ALARM, { when });
          },
        },
        log: (message) => console.warn(`[vejviser] ${message}`),
      });
    }
    return queue;
  };
  return {
    start() {
      const { citizen, policy } = services();
      citizen.onReset((reason) => q().resetCitizen(reason));
      policy.onChange(() => void q().policyChanged());
      browser.alarms.onAlarm.addListener((alarm) => {
        if (alarm.name === HELP_ALARM) void q().wake();
      });
      // A listener makes Chrome start the worker at browser start, so a request left in the
      // queue is delivered even before anyone opens a page.
      browser.runtime.onStartup.addListener(() => void q().resume());
      void q().resume();
    },
    resume: () => q().resume(),
    wake: () => q().wake(),
    status: () => q().status(),
    request: (input) => q().request(input),
    cancel: (id) => q().cancel(id),
    dismiss: (id) => q().dismiss(id),
    resetCitizen: (reason) => q().resetCitizen(reason),
    policyChanged: () => q().policyChanged(),
  };
}
