import AxeBuilder from '@axe-core/playwright';
import { askStaff, COMPUTER, CONFIRM, openPanel, status, test } from './support/ask-staff';
import { expect } from './support/fixtures';
import { canWritePolicy } from './support/policy';

test.describe('with no staff channel (staffAlert type none)', () => {
  test.skip(!canWritePolicy() && !process.env.CI, 'writing /etc/chromium/policies/managed needs root');
  test.use({ staffChannel: 'none' });

  test('asking staff shows a large card: go to the desk or raise a hand, with the PC label; nothing is sent', async ({
    page,
    receiver,
  }) => {
    await page.goto('https://www.borger.dk/test-help/');
    await openPanel(page, 'none');
    await askStaff(page).getByRole('button', { name: 'Spørg personalet' }).click();
    await expect(askStaff(page)).toHaveAttribute('data-state', 'desk');
    await expect(status(page)).toHaveText(
      `Gå til skranken Eller ræk hånden op, så kommer vi. Sig, at du sidder ved \u2068${COMPUTER}\u2069.`,
      { useInnerText: true },
    );
    await expect(askStaff(page).getByRole('button', { name: 'Luk' })).toBeFocused();
    expect((await new AxeBuilder({ page }).include('vejviser-overlay').analyze()).violations).toEqual([]);
    await page.keyboard.press('Enter');
    await expect(askStaff(page).getByRole('button', { name: 'Spørg personalet' })).toBeFocused();
    expect(receiver.requests).toHaveLength(0);
  });
});

test.describe('with a staff channel', () => {
  test.skip(!canWritePolicy() && !process.env.CI, 'writing /etc/chromium/policies/managed needs root');

  test('the confirmation says what is sent, works by keyboard alone, and can be taken back', async ({
    page,
    receiver,
  }) => {
    await page.goto('https://www.borger.dk/test-help/');
    await openPanel(page);
    const ask = askStaff(page).getByRole('button', { name: 'Spørg personalet' });
    await ask.focus();
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText(CONFIRM);
    await expect(askStaff(page).getByRole('button', { name: 'Send besked' })).toBeFocused();
    expect((await new AxeBuilder({ page }).include('vejviser-overlay').analyze()).violations).toEqual([]);
    await page.keyboard.press('Tab');
    await expect(askStaff(page).getByRole('button', { name: 'Fortryd' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(ask).toBeFocused();
    expect(receiver.requests).toHaveLength(0);
  });
});
