import { expect, type Locator, type Page } from '@playwright/test';
import type { StaffAlertType } from '../../../utils/policy/types';
import { test as base } from './fixtures';
import { type Receiver, startReceiver } from './receivers';

export const LIBRARY = 'Esbjerg Hovedbibliotek';
export const COMPUTER = 'PC 7 ved vinduet';
export const TOKEN = 'staff-token-0f9a';

export const SENT = 'Personalet har fået besked. Bliv siddende, så kommer vi.';
export const FAILED = 'Vi kunne ikke give personalet besked. Gå til skranken. Vi prøver at sende igen.';
export const SENDING = 'Vi sender besked til personalet …';
export const CONFIRM = `Personalet får besked om, at der er brug for hjælp ved \u2068${COMPUTER}\u2069. Vi sender ikke, hvad du har skrevet.`;

/** Fixtures for help-request tests: a real receiver, and a managed policy pointing at it. */
export const test = base.extend<{ staffChannel: StaffAlertType; receiver: Receiver }>({
  staffChannel: ['webhook', { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures need the destructuring.
  receiver: async ({}, use) => {
    const receiver = await startReceiver('/vejviser/hjaelp');
    await use(receiver);
    await receiver.close();
  },
  policy: async ({ staffChannel: channel, receiver }, use) => {
    await use({
      libraryName: LIBRARY,
      computerLabel: COMPUTER,
      staffAlert: channel === 'none' ? { type: 'none' } : { type: channel, url: receiver.url, token: TOKEN },
    });
  },
});

export function overlay(page: Page): Locator {
  return page.locator('vejviser-overlay');
}

/** "Spørg personalet" in the overlay, or only inside `within` (e.g. a hint card). */
export function askStaff(page: Page, within: Locator = overlay(page)): Locator {
  return within.locator('.vv-ask');
}

export function status(page: Page, within?: Locator): Locator {
  return askStaff(page, within).getByRole('status');
}

/** Open the "Hjælp" panel and wait until the policy's staff channel has reached the UI. */
export async function openPanel(page: Page, channel: 'send' | 'none' = 'send'): Promise<void> {
  const launcher = overlay(page).getByRole('button', { name: 'Hjælp', exact: true });
  await launcher.click();
  await expect(launcher).toHaveAttribute('aria-expanded', 'true');
  // The first managed-policy read after browser start can take seconds.
  await expect(askStaff(page)).toHaveAttribute('data-channel', channel, { timeout: 20_000 });
}

/** Press "Spørg personalet" (in the overlay, or only inside `within`), check the one-sentence confirmation, and send. */
export async function askAndConfirm(page: Page, within?: Locator): Promise<void> {
  await askStaff(page, within).getByRole('button', { name: 'Spørg personalet' }).click();
  await expect(status(page, within)).toHaveText(CONFIRM);
  await askStaff(page, within).getByRole('button', { name: 'Send besked' }).click();
}
