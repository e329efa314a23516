import type { Page } from '@playwright/test';
import { AUTHORING_ON, checkedProposal, editorUrl, literal, noAxeViolations, step } from './editor-support';
import { beginFromStartPage, card, healthRecords, highlight, importTestPack, tabTo } from './overlay-support';
import { expect, test } from './support/fixtures';
import { canWritePolicy } from './support/policy';

test.skip(!canWritePolicy() && !process.env.CI, 'writing /etc/chromium/policies/managed needs root');
test.use({ policy: AUTHORING_ON });

const MANGLER = 'https://www.borger.dk/test/mangler/';
/** The test pack's guide whose button "Send ansøgning" is gone from its page. */
const GUIDE = 'test-mangler';
const TITLE = 'Knap der mangler (test)';
const NEW_BUTTON = 'En helt anden knap';

/** The library's one-line health summary. */
const libraryStatus = (editor: Page) =>
  editor.getByRole('region', { name: 'Vejledninger', exact: true }).getByRole('status');

test('a librarian sees which step fails in the library, repairs it with the picker, and the next citizen is shown the new button', async ({
  page,
  context,
  extension,
}) => {
  // Three browser tabs, a grace period, a picker and axe twice, on a shared 2-core machine.
  test.setTimeout(180_000);

  // A citizen runs the guide; its button is gone, so after the grace period a not-found is kept.
  await importTestPack(page, extension);
  await beginFromStartPage(page, extension, GUIDE);
  await expect(page).toHaveURL(MANGLER);
  await expect(card(page)).toContainText('Se efter', { timeout: 8000 });
  await expect
    .poll(async () => (await healthRecords(extension)).find((r) => r.key === `${GUIDE}/find-knap`))
    .toMatchObject({ notFound: 1, found: 0, lastFailPath: '/test/mangler/' });

  // The librarian opens the editor in a tab of their own; the citizen has left.
  const editor = await context.newPage();
  await page.close();
  await editor.goto(editorUrl(extension));
  await expect(editor.getByRole('heading', { name: 'Vejledninger', exact: true })).toBeVisible();
  await expect(libraryStatus(editor)).toHaveText('1 vejledning har et trin, der ikke kan findes.');
  const row = editor.getByRole('row', { name: new RegExp(`^${literal(TITLE)}`) });
  await expect(row).toContainText('Trin 1 (find-knap) fejler.');
  await expect(row).toContainText(/Fejler siden .+ på \/test\/mangler\/: ikke fundet 1 gang, fundet 0\./);
  const repair = row.getByRole('button', { name: `Reparér trin 1 i ${TITLE}` });
  await expect(repair).toBeVisible();
  // Every other guide is either unused or works: no other row offers a repair.
  await expect(editor.getByRole('button', { name: /^Reparér/ })).toHaveCount(1);

  // "Vis kun vejledninger med fejl" leaves the broken guide alone in the table.
  const total = Number((await editor.getByText(/^Viser \d+ af \d+\.$/).textContent())?.match(/af (\d+)/)?.[1]);
  expect(total).toBeGreaterThan(1);
  await editor.getByRole('checkbox', { name: 'Vis kun vejledninger med fejl' }).check();
  await expect(editor.getByText(`Viser 1 af ${total}.`)).toBeVisible();
  const bodyRows = editor
    .getByRole('table')
    .getByRole('row')
    .filter({ has: editor.getByRole('cell') });
  await expect(bodyRows).toHaveCount(1);
  await expect(bodyRows.first()).toContainText(TITLE);
  await noAxeViolations(editor, 'library showing a broken guide');

  // "Reparér" opens the guide (already local: the test pack was imported) and the picker on its page.
  const opened = context.waitForEvent('page');
  await repair.click();
  const site = await opened;
  await site.waitForURL(MANGLER);
  await expect(site.locator('vejviser-picker')).toBeAttached();
  await expect(editor.getByRole('heading', { name: 'Redigér vejledningen' })).toBeVisible();
  await expect(editor.getByText('Peg på elementet til trin 1.')).toBeVisible();

  // The librarian picks the new button with the keyboard, as the picker's banner offers: Tab, Enter.
  await site.bringToFront();
  await tabTo(site, () => document.activeElement?.textContent === 'En helt anden knap');
  await site.keyboard.press('Enter');
  await expect(site.locator('vejviser-picker')).toHaveCount(0);

  // Back in the editor: the new proposals for step 1. Keep role + name, take the proposed text.
  await editor.bringToFront();
  const dialog = editor.getByRole('dialog', { name: 'Vælg, hvordan trin 1 finder elementet' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`Rolle og navn: rolle button, navn "${NEW_BUTTON}" — finder præcis 1 element`);
  await noAxeViolations(editor, 'proposal chooser after a repair');
  await (await checkedProposal(dialog, 'CSS')).first().uncheck();
  await expect(await checkedProposal(dialog, 'Rolle og navn')).toBeChecked();
  await dialog.getByRole('checkbox', { name: /Brug den foreslåede tekst/ }).check();
  await dialog.getByRole('button', { name: 'Brug de valgte' }).click();
  await expect(dialog).toBeHidden();
  await expect(step(editor, 1).getByText(`Mål 1: rolle button, navn "${NEW_BUTTON}"`)).toBeVisible();
  await expect(step(editor, 1).getByText(/^Mål 2:/)).toHaveCount(0);
  await expect(step(editor, 1).getByLabel('Tekst til borgeren på dansk')).toHaveValue(`Klik på **${NEW_BUTTON}**.`);
  await expect(editor.getByText('Ingen fejl. Vejledningen kan gemmes.')).toBeVisible();
  await editor.getByRole('button', { name: 'Gem vejledningen' }).click();
  await expect(editor.getByText('Vejledningen er gemt.')).toBeVisible();
  await site.close();

  // Back in the library the step is no longer called broken: repaired, not yet tried by a citizen.
  await editor.getByRole('button', { name: 'Tilbage til listen' }).click();
  await expect(libraryStatus(editor)).toHaveText('Alle vejledninger virker.');
  await expect(row).toContainText(/Trin 1: Repareret .*\. Ikke prøvet af en borger siden\./);
  await expect(editor.getByRole('button', { name: /^Reparér/ })).toHaveCount(0);
  await noAxeViolations(editor, 'library after the repair');

  // The next citizen runs the repaired guide: step 1's card points at the new button.
  const citizen = await context.newPage();
  await beginFromStartPage(citizen, extension, GUIDE);
  await expect(citizen).toHaveURL(MANGLER);
  await expect(card(citizen)).toContainText('Trin 1 af 1');
  await expect(card(citizen)).toContainText(`Klik på ${NEW_BUTTON}.`);
  await expect(card(citizen)).toHaveClass(/vv-anchored/);
  await expect(highlight(citizen)).toBeVisible();
  const button = await citizen.getByRole('button', { name: NEW_BUTTON }).boundingBox();
  const ring = await highlight(citizen).boundingBox();
  expect(button && ring && Math.abs(button.x - 4 - ring.x)).toBeLessThan(2);
  expect(button && ring && Math.abs(button.y - 4 - ring.y)).toBeLessThan(2);
  await expect
    .poll(async () => (await healthRecords(extension)).find((r) => r.key === `${GUIDE}/find-knap`))
    .toMatchObject({ notFound: 1, found: 1 });

  // In the library, opened afresh, the guide simply works again.
  await editor.bringToFront();
  await editor.reload();
  await expect(libraryStatus(editor)).toHaveText('Alle vejledninger virker.');
  await expect(editor.getByRole('row', { name: new RegExp(`^${literal(TITLE)}`) })).toContainText('Virker.');
});
