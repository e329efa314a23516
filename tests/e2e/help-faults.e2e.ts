import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { askAndConfirm, askStaff, FAILED, openPanel, SENDING, SENT, status, test } from './support/ask-staff';
import { launchWithExtension } from './support/extension';
import { expect } from './support/fixtures';
import { canWritePolicy, removeManagedPolicy, writeManagedPolicy } from './support/policy';
import type { Receiver } from './support/receivers';

const PAGE = 'https://www.borger.dk/test-help/';
const CANCELLED = 'Beskeden er annulleret. Personalet får ikke besked.';

async function expectNoAxeViolations(page: Page) {
  expect((await new AxeBuilder({ page }).include('vejviser-overlay').analyze()).violations).toEqual([]);
}

/** Every POST carries the same request: one id, retried, never a second request. */
function ids(receiver: Receiver): string[] {
  return receiver.posts().map((p) => (JSON.parse(p.body) as { id: string }).id);
}

test.describe('help requests when things go wrong', () => {
  test.skip(!canWritePolicy() && !process.env.CI, 'writing /etc/chromium/policies/managed needs root');

  test('an endpoint that is down shows "go to the desk", and the request arrives once it is up', async ({
    page,
    receiver,
  }) => {
    await receiver.down();
    await page.goto(PAGE);
    await openPanel(page);
    await askAndConfirm(page);
    await expect(status(page)).toHaveText(FAILED);
    await expectNoAxeViolations(page);
    expect(receiver.posts()).toHaveLength(0);

    await receiver.up();
    await expect(status(page)).toHaveText(SENT, { timeout: 30_000 });
    expect(receiver.posts()).toHaveLength(1);
  });

  test('a 500 is retried with the same id until the endpoint answers 200', async ({ page, receiver }) => {
    receiver.script([{ status: 500 }, { status: 503 }]);
    await page.goto(PAGE);
    await openPanel(page);
    await askAndConfirm(page);
    await expect(status(page)).toHaveText(SENT, { timeout: 30_000 });
    expect(receiver.posts()).toHaveLength(3);
    const [first, ...rest] = ids(receiver);
    expect(rest).toEqual([first, first]);
    // The retried body is byte for byte the first one.
    expect(new Set(receiver.posts().map((p) => p.body)).size).toBe(1);
  });

  test('a slow endpoint times out, shows the honest state, and the retry gets through', async ({ page, receiver }) => {
    receiver.script([{ status: 200, delayMs: 20_000 }]);
    await page.goto(PAGE);
    await openPanel(page);
    await askAndConfirm(page);
    await expect(status(page)).toHaveText(SENDING);
    await expectNoAxeViolations(page);
    await expect(status(page)).toHaveText(FAILED, { timeout: 20_000 });
    await expect(status(page)).toHaveText(SENT, { timeout: 20_000 });
    // The slow first attempt reached the receiver too: same id, so the receiver can tell.
    const [first, second] = ids(receiver);
    expect(ids(receiver)).toHaveLength(2);
    expect(second).toBe(first);
    await expectNoAxeViolations(page);
  });

  test('pressing twice gives one request, and a double-click never cancels it', async ({ page, context, receiver }) => {
    await page.goto(PAGE);
    await openPanel(page);
    const ask = askStaff(page);
    await ask.getByRole('button', { name: 'Spørg personalet' }).dblclick();
    await expect(ask.getByRole('button', { name: 'Send besked' })).toBeVisible();
    await ask.getByRole('button', { name: 'Send besked' }).dblclick();
    await expect(status(page)).toHaveText(SENT);

    // A second tab asks too: it is shown the request already sent, not a new one.
    const other = await context.newPage();
    await other.goto(PAGE);
    await openPanel(other);
    await expect(status(other)).toHaveText(SENT);
    await expect(askStaff(other).getByRole('button', { name: 'Spørg personalet' })).toHaveCount(0);

    expect(receiver.posts()).toHaveLength(1);
    await expect(status(page)).toHaveText(SENT);
  });

  test('two tabs confirming at the same moment still give one request', async ({ page, context, receiver }) => {
    const other = await context.newPage();
    for (const p of [page, other]) {
      await p.goto(PAGE);
      await openPanel(p);
      await askStaff(p).getByRole('button', { name: 'Spørg personalet' }).click();
    }
    await askStaff(other).getByRole('button', { name: 'Send besked' }).focus();
    // Whichever tab wins, the other is switched to the request in progress by the background's
    // push; its "Send besked" may then be gone before the click lands, which is the right outcome.
    await Promise.all([
      askStaff(page)
        .getByRole('button', { name: 'Send besked' })
        .click({ timeout: 3_000 })
        .catch(() => {}),
      other.keyboard.press('Enter'),
    ]);
    await expect(status(page)).toHaveText(SENT);
    await expect(status(other)).toHaveText(SENT);
    expect(receiver.posts()).toHaveLength(1);
  });

  test('a cancelled request stops retrying, and the citizen is told so', async ({ page, receiver }) => {
    await receiver.down();
    await page.goto(PAGE);
    await openPanel(page);
    await askAndConfirm(page);
    await expect(status(page)).toHaveText(FAILED);
    await askStaff(page).getByRole('button', { name: 'Annullér' }).click();
    await expect(status(page)).toHaveText(CANCELLED);
    await expect(askStaff(page).getByRole('button', { name: 'Luk' })).toBeFocused();
    await expectNoAxeViolations(page);

    await receiver.up();
    // Longer than the next retries would have waited (2 s, 5 s): nothing may arrive.
    await page.waitForTimeout(9_000);
    expect(receiver.posts()).toHaveLength(0);
    await expect(status(page)).toHaveText(CANCELLED);

    await askStaff(page).getByRole('button', { name: 'Luk' }).click();
    await expect(askStaff(page).getByRole('button', { name: 'Spørg personalet' })).toBeFocused();
  });

  test('cancelling a delivered request tells the citizen that staff already know', async ({ page, receiver }) => {
    await page.goto(PAGE);
    await openPanel(page);
    await askAndConfirm(page);
    await expect(status(page)).toHaveText(SENT);
    await expectNoAxeViolations(page);
    await askStaff(page).getByRole('button', { name: 'Annullér' }).click();
    await expect(status(page)).toHaveText(
      'Beskeden er annulleret. Men personalet har allerede fået den. Sig til dem, at du ikke har brug for hjælp.',
    );
    expect(receiver.posts()).toHaveLength(1);
  });

  test('a request still in the queue when the browser closes is delivered after it starts again', async ({
    sites,
    receiver,
    policy,
  }) => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'vejviser-help-restart-'));
    await writeManagedPolicy(policy ?? {});
    try {
      await receiver.down();
      const first = await launchWithExtension({ port: sites.port, userDataDir });
      const page = first.context.pages()[0] ?? (await first.context.newPage());
      await page.goto(PAGE);
      await openPanel(page);
      await askAndConfirm(page);
      await expect(status(page)).toHaveText(FAILED);
      await first.close({ keepProfile: true });
      expect(receiver.posts()).toHaveLength(0);

      await receiver.up();
      const second = await launchWithExtension({ port: sites.port, userDataDir });
      try {
        // Nobody opens a page: the queue resumes when the browser starts.
        await expect.poll(() => receiver.posts().length, { timeout: 30_000 }).toBe(1);
        const again = second.context.pages()[0] ?? (await second.context.newPage());
        await again.goto(PAGE);
        await openPanel(again);
        await expect(status(again)).toHaveText(SENT);
        expect(receiver.posts()).toHaveLength(1);
      } finally {
        await second.close({ keepProfile: true });
      }
    } finally {
      await removeManagedPolicy();
      await rm(userDataDir, { recursive: true, force: true });
    }
  });
});
