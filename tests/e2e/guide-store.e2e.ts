import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const launcher = (page: Page) => page.locator('vejviser-overlay').getByRole('button', { name: 'Hjælp' });
const panel = (page: Page) => page.locator('vejviser-overlay').getByRole('region', { name: 'Hjælp' });

test('the built-in starter guide is offered on borger.dk: the Hjælp panel lists "Meld flytning"', async ({ page }) => {
  await page.goto('https://www.borger.dk/');
  await launcher(page).click();
  await expect(panel(page)).toBeVisible();
  await expect(panel(page).getByRole('button', { name: 'Meld flytning' })).toBeVisible();
  const results = await new AxeBuilder({ page }).include('vejviser-overlay').analyze();
  expect(results.violations).toEqual([]);
});

test('a site the starter guide does not cover offers no guide', async ({ page }) => {
  await page.goto('https://www.skat.dk/');
  await launcher(page).click();
  await expect(panel(page)).toContainText('Der er ingen vejledninger til denne side endnu.');
  await expect(panel(page).getByRole('button', { name: 'Meld flytning' })).toHaveCount(0);
});

test('the built-in pack is stored in the background’s IndexedDB, not in the site’s', async ({ page, extension }) => {
  await page.goto('https://www.borger.dk/');
  await expect(launcher(page)).toBeVisible();
  const keys = await extension.serviceWorker.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('vejviser');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('packs').objectStore('packs').getAllKeys();
          req.onsuccess = () => resolve(req.result.map(String));
          req.onerror = () => reject(req.error);
        };
      }),
  );
  expect(keys).toContain('builtin/vejviser-start');
});
