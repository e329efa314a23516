import { test as base, expect } from '@playwright/test';
import { type Launched, launchWithExtension } from './extension';
import { removeManagedPolicy, writeManagedPolicy } from './policy';
import { type SitesServer, startSitesServer } from './sites-server';

export interface VejviserFixtures {
  /** Managed policy for this test, written before the browser starts; `undefined` = none. */
  policy: Record<string, unknown> | undefined;
  extension: Launched;
}

export interface VejviserWorkerFixtures {
  sites: SitesServer;
}

/** Playwright fixtures: one practice-sites server per worker, a fresh browser profile per test. */
export const test = base.extend<VejviserFixtures, VejviserWorkerFixtures>({
  sites: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures need the destructuring.
    async ({}, use) => {
      const sites = await startSitesServer();
      await use(sites);
      await sites.close();
    },
    { scope: 'worker' },
  ],
  policy: [undefined, { option: true }],
  extension: async ({ sites, policy }, use) => {
    if (policy) await writeManagedPolicy(policy);
    try {
      const launched = await launchWithExtension({ port: sites.port });
      await use(launched);
      await launched.close();
    } finally {
      if (policy) await removeManagedPolicy();
    }
  },
  context: async ({ extension }, use) => use(extension.context),
  page: async ({ extension }, use) => use(extension.context.pages()[0] ?? (await extension.context.newPage())),
});

export { expect };
