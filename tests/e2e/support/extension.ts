import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';
import { hostResolverRules } from './sites-server';

export const EXTENSION_DIR = resolve(fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url)));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  port: number;
  headless?: boolean;
  /** Reuse a profile (browser-restart tests); a fresh temporary one otherwise. */
  userDataDir?: string;
  /** Another unpacked extension instead of the build (the benchmark's empty-content-script floor). */
  extensionDir?: string;
  extraArgs?: string[];
}

export interface Launched {
  context: BrowserContext;
  userDataDir: string;
  serviceWorker: Worker;
  extensionId: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/** Launch Debian's Chromium with the built extension and the practice sites at their real hostnames. */
export async function launchWithExtension(opts: LaunchOptions): Promise<Launched> {
  const userDataDir = opts.userDataDir ?? (await mkdtemp(join(tmpdir(), 'vejviser-profile-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    locale: 'da-DK',
    args: [
      `--disable-extensions-except=${opts.extensionDir ?? EXTENSION_DIR}`,
      `--load-extension=${opts.extensionDir ?? EXTENSION_DIR}`,
      hostResolverRules(opts.port),
      '--ignore-certificate-errors',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-sandbox',
      ...(opts.extraArgs ?? []),
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    userDataDir,
    serviceWorker,
    extensionId,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !opts.userDataDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
