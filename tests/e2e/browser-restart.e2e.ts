import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beginFromStartPage, card, importTestPack, OVERLAY_POLICY, overlay } from './overlay-support';
import { launchWithExtension } from './support/extension';
import { expect, test } from './support/fixtures';
import { canWritePolicy, removeManagedPolicy, writeManagedPolicy } from './support/policy';

/**
 * A library PC is often restarted between citizens. Everything of a citizen's session (guide
 * progress, language, larger text) lives in `storage.session`, so a browser restart must leave the
 * next citizen a fresh overlay, while what the library set up (the imported guides) stays.
 */
test.skip(!canWritePolicy() && !process.env.CI, 'writing /etc/chromium/policies/managed needs root');
test.describe.configure({ timeout: 120_000 });

const FLYT = 'https://www.borger.dk/test/flyt/';

test('after a browser restart the next citizen sees no guide, Danish and normal text, and the guides are still there', async ({
  sites,
}) => {
  const userDataDir = await mkdtemp(join(tmpdir(), 'vejviser-restart-'));
  await writeManagedPolicy(OVERLAY_POLICY);
  try {
    const first = await launchWithExtension({ port: sites.port, userDataDir });
    const page = first.context.pages()[0] ?? (await first.context.newPage());
    await importTestPack(page, first);
    await beginFromStartPage(page, first, 'test-flyt');
    await expect(card(page)).toContainText('Trin 1 af 4');
    await overlay(page).locator('.vv-launcher').click();
    await overlay(page).getByLabel('Sprog').selectOption('en');
    await overlay(page).getByLabel('Larger text').check();
    await expect(card(page)).toContainText('Step 1 of 4');
    await expect(overlay(page)).toHaveAttribute('lang', 'en');
    await first.close({ keepProfile: true });

    const second = await launchWithExtension({ port: sites.port, userDataDir });
    try {
      const next = second.context.pages()[0] ?? (await second.context.newPage());
      await next.goto(FLYT);
      const launcher = overlay(next).locator('.vv-launcher');
      await expect(launcher).toHaveText('Hjælp');
      await expect(overlay(next)).toHaveAttribute('lang', 'da');
      // The guide is offered again (the pack survived), but nothing runs and no card is shown.
      await expect(overlay(next).locator('.vv-offer')).toHaveText('Der er en vejledning til denne side');
      await expect(card(next)).toHaveCount(0);
      await launcher.click();
      await expect(overlay(next).getByLabel('Sprog')).toHaveValue('da');
      await expect(overlay(next).getByLabel('Større tekst')).not.toBeChecked();
      await expect(overlay(next).getByRole('button', { name: 'Meld flytning (test)' })).toBeVisible();
      await expect(card(next)).toHaveCount(0);
    } finally {
      await second.close({ keepProfile: true });
    }
  } finally {
    await removeManagedPolicy();
    await rm(userDataDir, { recursive: true, force: true });
  }
});
