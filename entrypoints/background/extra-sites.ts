import { browser } from 'wxt/browser';
import { matchesSitePattern, originPermission } from '@/utils/policy/extra-sites';
import type { ExtraSiteStatus } from '@/utils/policy/status';

export type { ExtraSiteStatus };

import type { PolicyService } from './policy-service';

export interface ExtraSites {
  /** Whether the overlay may run on this page because of `extraSites` (and access is granted). */
  allows(url: string): boolean;
  status(): Promise<ExtraSiteStatus[]>;
  /** Re-register the content script for the granted extra sites. */
  sync(): Promise<void>;
  /** Resolves after the first sync: until then `allows` knows nothing (the worker just woke). */
  ready: Promise<void>;
}

export const EXTRA_SCRIPT_ID = 'vejviser-extra-sites';
/** The overlay content script as WXT builds it (`entrypoints/overlay.content`). */
export const OVERLAY_SCRIPT = 'content-scripts/overlay.js';

/**
 * Runs the overlay on the sites IT adds with `extraSites`, without a rebuild. The manifest asks
 * for the built-in sites only (`host_permissions`) and declares `https://*\/*` as
 * `optional_host_permissions`; an extra site works once its origin is granted (the options page
 * asks, with one click by staff). Only then is the content script registered for it, with
 * `scripting.registerContentScripts`. See docs/it/permissions.md.
 */
export function createExtraSites({ policy }: { policy: PolicyService }): ExtraSites {
  let granted: string[] = [];

  async function status(): Promise<ExtraSiteStatus[]> {
    return Promise.all(
      policy.current().extraSites.map(async (pattern) => {
        const origin = originPermission(pattern);
        const has = await browser.permissions.contains({ origins: [origin] }).catch(() => false);
        return { pattern, origin, granted: has };
      }),
    );
  }

  let queue: Promise<unknown> = Promise.resolve();
  async function syncOnce(): Promise<void> {
    const list = await status();
    granted = list.filter((s) => s.granted).map((s) => s.pattern);
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [EXTRA_SCRIPT_ID] });
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [EXTRA_SCRIPT_ID] });
    if (!granted.length) return;
    await browser.scripting.registerContentScripts([
      {
        id: EXTRA_SCRIPT_ID,
        js: [OVERLAY_SCRIPT],
        matches: granted,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  function sync(): Promise<void> {
    const next = queue.then(syncOnce);
    queue = next.catch((err: unknown) => console.warn('[Vejviser extraSites]', err));
    return next;
  }

  policy.onChange((next, prev) => {
    if (JSON.stringify(next.extraSites) !== JSON.stringify(prev.extraSites)) void sync().catch(() => {});
  });
  browser.permissions.onAdded.addListener(() => void sync().catch(() => {}));
  browser.permissions.onRemoved.addListener(() => void sync().catch(() => {}));
  const ready = policy.ready.then(() => sync()).catch(() => {});

  return {
    ready,
    allows: (url) => granted.some((p) => matchesSitePattern(p, url)),
    status,
    sync,
  };
}
