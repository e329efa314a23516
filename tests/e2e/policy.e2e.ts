import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CHROME_EXTENSION_ID } from '../../utils/extension-id';
import { expect, test } from './support/fixtures';
import { canWritePolicy } from './support/policy';

/** The Linux sample from the IT docs, used as it is. */
const SAMPLE = JSON.parse(
  readFileSync(new URL('../../docs/it/samples/linux/vejviser-policy.json', import.meta.url), 'utf8'),
);
const SAMPLE_POLICY = SAMPLE['3rdparty'].extensions[CHROME_EXTENSION_ID] as Record<string, unknown>;

const launcher = (page: Page) => page.locator('vejviser-overlay').getByRole('button', { name: 'Hjælp' });
const panel = (page: Page) => page.locator('vejviser-overlay').getByRole('region', { name: 'Hjælp' });
const optionsUrl = `chrome-extension://${CHROME_EXTENSION_ID}/options.html`;

/** Send a raw envelope from an extension page, as the editor would. */
function sendFrom(page: Page, type: string, data: unknown) {
  return page.evaluate(
    ([type, data]) =>
      (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.runtime.sendMessage({
        v: 1,
        type,
        data,
      }),
    [type, data] as const,
  );
}

test.describe('with the sample Linux policy from the IT docs', () => {
  test.skip(!canWritePolicy() && !process.env.CI, 'writing /etc/chromium/policies/managed needs root');
  test.use({ policy: SAMPLE_POLICY });

  test('the library name and PC label appear to citizens in the Hjælp panel', async ({ page }) => {
    await page.goto('https://www.borger.dk/');
    await launcher(page).click();
    await expect(panel(page).getByTestId('library-label')).toHaveText('Esbjerg Hovedbibliotek · PC 7 ved vinduet');
    const results = await new AxeBuilder({ page }).include('vejviser-overlay').analyze();
    expect(results.violations).toEqual([]);
  });

  test('authoring off: the options page refuses the editor and the background refuses editor messages', async ({
    page,
  }) => {
    await page.goto(optionsUrl);
    await expect(page.getByRole('heading', { name: 'Redigering er slået fra' })).toBeVisible();
    await expect(page.getByTestId('editor')).toHaveCount(0);
    await expect(page.getByTestId('library-name')).toHaveText('Esbjerg Hovedbibliotek');
    await expect(page.getByTestId('computer-label')).toHaveText('PC 7 ved vinduet');
    // Not just hidden: the background itself refuses what the editor would send.
    const pack = JSON.stringify({ format: 'vejviser/guide-pack@1', id: 'x', title: 'x', version: '1', guides: [] });
    expect(await sendFrom(page, 'packs.import', { text: pack })).toEqual({
      ok: false,
      error: 'Redigering er slået fra på denne computer.',
    });
    expect(await sendFrom(page, 'authoring.unlock', { pin: '1234' })).toMatchObject({
      ok: true,
      data: { accepted: false, allowed: false, mode: 'off' },
    });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });

  test('librarians see that a guide pack from IT could not be fetched', async ({ page }) => {
    await page.goto(optionsUrl);
    // The sample's pack server does not exist here: the failure is shown, in Danish.
    await expect(page.getByTestId('pack-sync')).toContainText('Kunne ikke hente pakken', { timeout: 30_000 });
  });
});

test.describe('with authoring by PIN', () => {
  test.skip(!canWritePolicy() && !process.env.CI, 'writing /etc/chromium/policies/managed needs root');
  // printf %s 2468 | sha256sum
  test.use({
    policy: {
      authoring: 'pin',
      authoringPinSha256: 'a1fb4e703a9ef1fa4936801721ff285a97ac85330856674412e054892afe6972',
    },
  });

  test('the editor opens only after the right PIN, by keyboard', async ({ page }) => {
    await page.goto(optionsUrl);
    await expect(page.getByRole('heading', { name: 'Redigering er låst' })).toBeVisible();
    await expect(page.getByTestId('editor')).toHaveCount(0);
    await page.getByLabel('PIN-kode').fill('1111');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toHaveText('Forkert PIN-kode. Prøv igen.');
    await expect(page.getByLabel('PIN-kode')).toBeFocused();
    expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations)).toEqual([]);
    await page.getByLabel('PIN-kode').fill('2468');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('editor')).toBeVisible();
    await page.getByRole('button', { name: 'Lås redigering' }).click();
    await expect(page.getByRole('heading', { name: 'Redigering er låst' })).toBeVisible();
  });
});
