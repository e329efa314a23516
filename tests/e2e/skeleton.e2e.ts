import AxeBuilder from '@axe-core/playwright';
import { CHROME_EXTENSION_ID } from '../../utils/extension-id';
import { SUPPORTED_HOSTS } from '../../utils/sites';
import { expect, test } from './support/fixtures';
import { canWritePolicy } from './support/policy';
import { UNSUPPORTED_HOST } from './support/sites-server';

const launcher = (page: import('@playwright/test').Page) =>
  page.locator('vejviser-overlay').getByRole('button', { name: 'Hjælp' });

test('the extension loads with its fixed ID', async ({ extension }) => {
  expect(extension.extensionId).toBe(CHROME_EXTENSION_ID);
});

test('the Hjælp launcher appears on every supported site, served at its real hostname', async ({ page }) => {
  for (const host of SUPPORTED_HOSTS) {
    await page.goto(`https://${host}/`);
    await expect(page).toHaveURL(`https://${host}/`);
    await expect(launcher(page), host).toBeVisible();
  }
});

test('the content script does not run on an unsupported host', async ({ page, sites }) => {
  await page.goto(`https://${UNSUPPORTED_HOST}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not a supported site');
  // Give a content script every chance to appear before asserting it did not.
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  await expect(page.locator('vejviser-overlay')).toHaveCount(0);
  expect(sites.seen.some((r) => r.host === UNSUPPORTED_HOST)).toBe(true);
});

test('the launcher opens and closes its panel by mouse and keyboard, and axe finds no violations', async ({ page }) => {
  await page.goto('https://www.borger.dk/');
  const button = launcher(page);
  // The heavier UI is not loaded until the citizen asks for it.
  await expect(page.locator('vejviser-overlay .vv-panel-body')).toHaveCount(0);
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const panel = page.locator('vejviser-overlay').getByRole('region', { name: 'Hjælp' });
  await expect(panel).toBeVisible();
  // The lazily loaded UI has replaced the launcher's placeholder text.
  await expect(page.locator('vejviser-overlay .vv-panel-body')).toHaveCount(1);
  await expect(panel).not.toContainText('Et øjeblik');
  const results = await new AxeBuilder({ page }).include('vejviser-overlay').analyze();
  expect(results.violations).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
});

test('a hostile page cannot hide or restyle the launcher', async ({ page }) => {
  await page.goto('https://www.borger.dk/fjendtlig/');
  const button = launcher(page);
  await expect(button).toBeVisible();
  const style = await button.evaluate((el) => {
    const cs = getComputedStyle(el);
    return { bg: cs.backgroundColor, size: cs.fontSize, cursor: cs.cursor };
  });
  expect(style).toEqual({ bg: 'rgb(11, 79, 138)', size: '18px', cursor: 'pointer' });
  // The launcher is the element actually hit at its centre: nothing of the page covers it.
  const onTop = await button.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const host = el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).host : null;
    return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === host;
  });
  expect(onTop).toBe(true);
  // Still pinned to the bottom-right corner of the viewport, as on a friendly page.
  const box = await button.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport && viewport.height - (box.y + box.height)).toBeCloseTo(16, -1);
  expect(box && viewport && viewport.width - (box.x + box.width)).toBeCloseTo(16, -1);
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
});

test('the background keeps its IndexedDB database at version 1 in the extension origin', async ({
  page,
  extension,
}) => {
  await page.goto('https://www.borger.dk/');
  await expect(launcher(page)).toBeVisible();
  const dbs = await extension.serviceWorker.evaluate(() => indexedDB.databases());
  expect(dbs).toContainEqual({ name: 'vejviser', version: 1 });
  // And nothing of ours in the government site's own origin.
  const pageDbs = await page.evaluate(() => indexedDB.databases());
  expect(pageDbs.map((d) => d.name)).not.toContain('vejviser');
});

test.describe('with a managed policy file', () => {
  test.skip(!canWritePolicy() && !process.env.CI, 'writing /etc/chromium/policies/managed needs root');
  test.use({ policy: { libraryName: 'Esbjerg Hovedbibliotek', computerLabel: 'PC 7 ved vinduet' } });

  test('Chromium hands the policy to the extension through storage.managed', async ({ extension }) => {
    await expect
      .poll(
        () =>
          extension.serviceWorker.evaluate(() =>
            (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.storage.managed.get(),
          ),
        { timeout: 15_000 },
      )
      .toMatchObject({ libraryName: 'Esbjerg Hovedbibliotek', computerLabel: 'PC 7 ved vinduet' });
  });
});
