import AxeBuilder from '@axe-core/playwright';
import { card, importTestPack, OVERLAY_POLICY } from './overlay-support';
import { expect, test } from './support/fixtures';
import { canWritePolicy } from './support/policy';

test.skip(!canWritePolicy() && !process.env.CI, 'these tests write a managed policy, which needs root');
test.use({ policy: OVERLAY_POLICY });
// Whole guides across several pages, with axe in each state, on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 });

test('the start page lists tasks by topic, searches, and starting one opens its site with the guide running', async ({
  page,
  extension,
}) => {
  await importTestPack(page, extension);
  await page.goto(`chrome-extension://${extension.extensionId}/start.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hvad skal du i dag?');
  const housing = page.getByRole('region', { name: 'Bolig og flytning' });
  await expect(housing.getByRole('button', { name: /Meld flytning \(test\)/ })).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);

  await page.getByLabel('Søg efter en opgave').fill('ny adresse');
  await page.getByRole('button', { name: 'Søg', exact: true }).click();
  const results = page.locator('section[aria-live="polite"]');
  await expect(results.getByRole('button', { name: /Meld flytning \(test\)/ })).toBeVisible();

  // Arabic on the start page follows the citizen onto the site.
  await page.getByLabel('Sprog').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ماذا تريد أن تفعل اليوم؟');
  await results.getByRole('button', { name: /الإبلاغ عن الانتقال/ }).click();
  await expect(page).toHaveURL('https://www.borger.dk/test/flyt/');
  await expect(card(page)).toContainText('الخطوة 1 من 4');
});
