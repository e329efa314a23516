import type { Page } from '@playwright/test';
import { AUTHORING_ON, checkedProposal, editorUrl, literal, noAxeViolations, step } from './editor-support';
import { overlay } from './overlay-support';
import { type Launched, launchWithExtension } from './support/extension';
import { expect, test } from './support/fixtures';
import { canWritePolicy, removeManagedPolicy, writeManagedPolicy } from './support/policy';

test.skip(!canWritePolicy() && !process.env.CI, 'writing /etc/chromium/policies/managed needs root');

const CPR = '0102031234';
const START = 'https://www.borger.dk/test/editor/';
const FLYT = 'https://www.borger.dk/test/editor/flyt/';
const TITLE = 'Meld flytning (øvelse)';

/** The hint text on the citizen's card. */
const say = (page: Page) => overlay(page).locator('.vv-say');

/** Everything the extension keeps, as one string (to prove a typed CPR number is nowhere in it). */
async function everythingStored(ext: Launched): Promise<string> {
  return ext.serviceWorker.evaluate(async () => {
    const chromeApi = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('vejviser');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const stores = [...db.objectStoreNames];
    const rows = await Promise.all(
      stores.map(
        (name) =>
          new Promise<unknown>((ok) => {
            const req = db.transaction(name).objectStore(name).getAll();
            req.onsuccess = () => ok(req.result);
          }),
      ),
    );
    return JSON.stringify([rows, await chromeApi.storage.session.get(null), await chromeApi.storage.local.get(null)]);
  });
}

test('a librarian records a guide, repairs a target with the picker, edits, previews and saves it; after a restart a citizen runs it', async ({
  sites,
}) => {
  test.setTimeout(300_000);
  await writeManagedPolicy(AUTHORING_ON);
  const first = await launchWithExtension({ port: sites.port });
  let second: Launched | undefined;
  try {
    const { context } = first;
    const editor = first.context.pages()[0] ?? (await context.newPage());
    await editor.goto(editorUrl(first));
    await expect(editor.getByRole('heading', { name: 'Vejledninger', exact: true })).toBeVisible();
    // The built-in guides are listed with their source.
    await expect(editor.getByRole('row', { name: /Meld flytning.*Indbygget/ }).first()).toBeVisible();
    await noAxeViolations(editor, 'library');

    await editor.getByRole('button', { name: 'Ny vejledning' }).click();
    await expect(editor.getByRole('heading', { name: 'Redigér vejledningen' })).toBeVisible();
    await editor.getByLabel('Vejledningens id').fill('oevelse-flytning');
    await editor.getByLabel('Titel på dansk').fill(TITLE);
    await editor.getByLabel('Emne').selectOption('bolig');

    // Record: click through the practice pages. Typing into a field is never recorded.
    await editor.getByLabel('Start optagelsen på adressen').fill(START);
    const opened = context.waitForEvent('page');
    await editor.getByRole('button', { name: 'Start optagelse' }).click();
    const site = await opened;
    await site.waitForURL(START);
    await expect(site.locator('vejviser-picker')).toBeAttached();
    await site.getByRole('link', { name: 'Meld flytning' }).click();
    await site.waitForURL(FLYT);
    await expect(site.locator('vejviser-picker')).toBeAttached();
    await site.getByLabel('CPR-nummer').fill(CPR);
    await site.getByRole('button', { name: 'Log på' }).click();
    await site.waitForURL(/\/test\/editor\/kvittering\//);
    await expect(site.locator('vejviser-picker')).toBeAttached();
    await site.keyboard.press('Escape');
    await expect(site.locator('vejviser-picker')).toHaveCount(0);

    await editor.bringToFront();
    await expect(editor.getByText('2 trin er tilføjet')).toBeVisible();
    await expect(step(editor, 1).getByLabel('Tekst til borgeren på dansk')).toHaveValue('Klik på **Meld flytning**.');
    await expect(step(editor, 1).getByLabel('Side (adresse-mønster)')).toHaveValue(START);
    await expect(step(editor, 2).getByLabel('Tekst til borgeren på dansk')).toHaveValue('Klik på **Log på**.');
    // Origin and path only: the form's query string (with the CPR number) never reaches a step.
    await expect(step(editor, 2).getByLabel('Side (adresse-mønster)')).toHaveValue(FLYT);
    // The recorder proposed the role + name target and a unique CSS fallback.
    await expect(step(editor, 2).getByText(/^Mål 2:/)).toBeVisible();
    await expect(editor.getByText('Ingen fejl. Vejledningen kan gemmes.')).toBeVisible();
    await noAxeViolations(editor, 'guide editor after recording');

    // Repair step 2's target with the picker: keep only the role + name proposal.
    await step(editor, 2).getByRole('button', { name: 'Peg på elementet på siden' }).click();
    await expect(site.locator('vejviser-picker')).toBeAttached();
    await site.bringToFront();
    await site.waitForURL(FLYT);
    await site.getByRole('button', { name: 'Log på' }).hover();
    await site.getByRole('button', { name: 'Log på' }).click();
    const dialog = editor.getByRole('dialog', { name: 'Vælg, hvordan trin 2 finder elementet' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Rolle og navn: rolle button, navn "Log på" — finder præcis 1 element');
    await noAxeViolations(editor, 'proposal chooser');
    await (await checkedProposal(dialog, 'CSS')).first().uncheck();
    await expect(await checkedProposal(dialog, 'Rolle og navn')).toBeChecked();
    await dialog.getByRole('button', { name: 'Brug de valgte' }).click();
    await expect(dialog).toBeHidden();
    await expect(step(editor, 2).getByText('Mål 1: rolle button, navn "Log på"')).toBeVisible();
    await expect(step(editor, 2).getByText(/^Mål 2:/)).toHaveCount(0);

    // Edit the text: the indicator shows words and LIX as the librarian types.
    const say2 = step(editor, 2).getByLabel('Tekst til borgeren på dansk');
    await say2.fill('Klik på **Log på**. Du skal bruge MitID.');
    await expect(
      step(editor, 2)
        .getByText(/^8 ord · LIX \d+/)
        .first(),
    ).toBeVisible();
    // Live validation: a bad step id shows the validator's message next to the field.
    await step(editor, 2).getByLabel('Trinnets id').fill('Log På');
    await expect(step(editor, 2).locator('.problems').first()).toBeVisible();
    await expect(editor.getByRole('button', { name: 'Gem vejledningen' })).toBeDisabled();
    await step(editor, 2).getByLabel('Trinnets id').fill('log-paa');
    await expect(editor.getByRole('button', { name: 'Gem vejledningen' })).toBeEnabled();

    // Preview from step 2, exactly as a citizen sees it.
    const previewOpened = context.waitForEvent('page');
    await step(editor, 2).getByRole('button', { name: 'Forhåndsvis fra trin 2' }).click();
    const preview = await previewOpened;
    await preview.waitForURL(FLYT);
    await expect(say(preview)).toHaveText('Klik på Log på. Du skal bruge MitID.', { timeout: 20_000 });
    await expect(overlay(preview).locator('.vv-stepno')).toContainText('2 af 2');
    await preview.close();

    await editor.bringToFront();
    await editor.getByRole('button', { name: 'Gem vejledningen' }).click();
    await expect(editor.getByText('Vejledningen er gemt.')).toBeVisible();
    await editor.getByRole('button', { name: 'Tilbage til listen' }).click();
    await expect(editor.getByRole('row', { name: new RegExp(`${literal(TITLE)}.*Lokal`) })).toBeVisible();

    expect(await everythingStored(first)).not.toContain(CPR);
    await first.close({ keepProfile: true });

    // After a browser restart the guide is still there, and a citizen can run it.
    second = await launchWithExtension({ port: sites.port, userDataDir: first.userDataDir });
    const again = second.context.pages()[0] ?? (await second.context.newPage());
    await again.goto(editorUrl(second));
    await expect(again.getByRole('row', { name: new RegExp(`${literal(TITLE)}.*Lokal`) })).toBeVisible();

    const citizen = await second.context.newPage();
    await citizen.goto(START);
    await overlay(citizen).getByRole('button', { name: 'Hjælp' }).click();
    await overlay(citizen).getByRole('button', { name: TITLE, exact: true }).click();
    await expect(say(citizen)).toHaveText('Klik på Meld flytning.');
    await citizen.getByRole('link', { name: 'Meld flytning' }).click();
    await citizen.waitForURL(FLYT);
    await expect(say(citizen)).toHaveText('Klik på Log på. Du skal bruge MitID.');
  } finally {
    await second?.close();
    await first.close().catch(() => undefined);
    await removeManagedPolicy();
  }
});

test.describe('sharing packs', () => {
  test.use({ policy: AUTHORING_ON });

  test('a bad pack file is refused with the precise list of problems, and nothing is stored', async ({
    page,
    extension,
  }) => {
    await page.goto(editorUrl(extension));
    await expect(page.getByRole('heading', { name: 'Vejledninger', exact: true })).toBeVisible();
    const before = await page.getByRole('row').count();
    const bad = {
      format: 'vejviser/guide-pack@1',
      id: 'daarlig',
      title: 'Dårlig',
      version: '1',
      guides: [
        {
          id: 'god',
          title: 'God',
          sites: ['https://www.borger.dk/*'],
          steps: [{ id: 'a', say: 'Klik.' }],
        },
        {
          id: 'Forkert Id',
          title: 'X',
          sites: ['https://www.borger.dk/*'],
          steps: [{ id: 'a', say: 'Klik.', target: { role: 'knap', name: 'Log på' } }],
        },
      ],
    };
    await page.getByLabel('Importér en pakkefil (.json)').setInputFiles({
      name: 'daarlig.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await expect(page.getByText('daarlig.json blev ikke importeret.')).toBeVisible();
    const problems = page.locator('.import-problems li');
    await expect(problems.filter({ hasText: 'guides[1].id' })).toHaveCount(1);
    await expect(problems.filter({ hasText: 'guides[1].steps[0].target.role' })).toContainText('button');
    await noAxeViolations(page, 'import errors');
    // Nothing of the rejected pack was stored, not even its valid guide.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Vejledninger', exact: true })).toBeVisible();
    expect(await page.getByRole('row').count()).toBe(before);

    // A good pack is imported, listed, and can be exported again.
    bad.guides.pop();
    await page.getByLabel('Importér en pakkefil (.json)').setInputFiles({
      name: 'god.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await expect(page.getByText('god.json er importeret')).toBeVisible();
    await expect(page.getByRole('row', { name: /God.*Lokal/ })).toBeVisible();
    await page.getByLabel('Eksportér en pakke').selectOption({ label: 'Dårlig (Lokal, version 1)' });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Eksportér som fil' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('daarlig.json');
  });
});

test.describe('where the policy turns authoring off', () => {
  test.use({ policy: { authoring: 'off' } });

  test('the editor is refused, in the page and in the background', async ({ page, extension }) => {
    await page.goto(editorUrl(extension));
    await expect(page.getByRole('heading', { name: 'Redigering er slået fra' })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('button', { name: 'Ny vejledning' })).toHaveCount(0);
    await expect(page.getByRole('table')).toHaveCount(0);
    // A page that skips the gate gets nothing either: the background refuses every editor message.
    const refused = await page.evaluate(async () => {
      const chromeApi = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
      const ask = (type: string, data: unknown) => chromeApi.runtime.sendMessage({ v: 1, type, data });
      return Promise.all([
        ask('editor.library', {}),
        ask('editor.picker.start', { url: 'https://www.borger.dk/', mode: 'record' }),
      ]);
    });
    for (const answer of refused) expect(answer).toMatchObject({ ok: false });
    await noAxeViolations(page, 'refusal');
  });
});
