import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { CHROMIUM, launchWithExtension } from '../../tests/e2e/support/extension';
import { hostResolverRules } from '../../tests/e2e/support/sites-server';

/** A browser for one side of a comparison: with the built extension, or plain Chromium (reference, Driver.js, Shepherd.js). */
export interface BenchBrowser {
  kind: 'extension' | 'plain';
  context: BrowserContext;
  extensionId?: string;
  close(): Promise<void>;
}

/** The same flags as the e2e launcher, so both sides differ only in the extension. */
const COMMON_ARGS = [
  '--ignore-certificate-errors',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-sandbox',
];

export async function launchExtensionBrowser(port: number): Promise<BenchBrowser> {
  const launched = await launchWithExtension({ port });
  return {
    kind: 'extension',
    context: launched.context,
    extensionId: launched.extensionId,
    close: () => launched.close(),
  };
}

export async function launchPlainBrowser(port: number): Promise<BenchBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'vejviser-bench-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    locale: 'da-DK',
    args: [hostResolverRules(port), ...COMMON_ARGS],
  });
  return {
    kind: 'plain',
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
