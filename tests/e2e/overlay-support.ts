import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import type { Launched } from './support/extension';

/** Helpers for the engine and overlay e2e tests (not a test file itself). */

const PACK = fileURLToPath(new URL('../fixtures/packs/e2e-guides.json', import.meta.url));

/** Import the test pack through our start page, as a librarian's import would. */
export async function importTestPack(page: Page, extension: Launched): Promise<void> {
  const text = await readFile(PACK, 'utf8');
  await page.goto(`chrome-extension://${extension.extensionId}/start.html`);
  const result = await page.evaluate(
    (t) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ v: 1, type: 'packs.import', data: { text: t } }),
    text,
  );
  if (!(result as { ok?: boolean; data?: { ok?: boolean } })?.data?.ok) {
    throw new Error(`Test pack import failed: ${JSON.stringify(result)}`);
  }
}

/** Start a guide in this tab from the start page (the background opens its start URL). */
export async function beginFromStartPage(page: Page, extension: Launched, guideId: string): Promise<void> {
  if (!page.url().startsWith(`chrome-extension://${extension.extensionId}/start.html`)) {
    await page.goto(`chrome-extension://${extension.extensionId}/start.html`);
  }
  // Not awaited in the page: the background navigates this very tab while it answers.
  await page.evaluate((id) => {
    void (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime.sendMessage({ v: 1, type: 'guide.begin', data: { guideId: id } });
  }, guideId);
  await page.waitForURL(/^https:/);
}

/** Import the test pack and start "Meld flytning (test)" in this tab; returns once its first card shows. */
export async function startFlytGuide(page: Page, extension: Launched): Promise<void> {
  await importTestPack(page, extension);
  await beginFromStartPage(page, extension, 'test-flyt');
  await expect(card(page)).toContainText('Trin 1 af 4');
}

/**
 * The paths of the extension's scripts Chromium parses in this tab from now on, in any world
 * (CDP `Debugger.scriptParsed`, as the byte benchmark counts them): which stages a page got.
 */
export async function extensionScripts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const seen: string[] = [];
  cdp.on('Debugger.scriptParsed', ({ url }) => {
    if (url.startsWith('chrome-extension://')) seen.push(new URL(url).pathname);
  });
  await cdp.send('Debugger.enable');
  return seen;
}

export const overlay = (page: Page) => page.locator('vejviser-overlay');
export const card = (page: Page) => overlay(page).locator('.vv-card');
export const highlight = (page: Page) => overlay(page).locator('.vv-highlight');

/** The health counters the background keeps in IndexedDB. */
export async function healthRecords(extension: Launched): Promise<Record<string, unknown>[]> {
  return extension.serviceWorker.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('vejviser');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('health').objectStore('health').getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** Press Tab until `selector`'s element (in the page, not our overlay) has focus. */
export async function tabTo(page: Page, isTarget: () => boolean, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(isTarget)) return;
  }
  throw new Error('Could not reach the element with Tab');
}

/**
 * The policy our tests run under: importing the test pack is an editor action, so authoring must
 * be on. Writing it also holds the machine-wide policy lock, so a policy written by a test in
 * another checkout cannot switch the editor off under us.
 */
export const OVERLAY_POLICY = { authoring: 'on' };
