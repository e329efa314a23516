import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  beginFromStartPage,
  card,
  highlight,
  importTestPack,
  OVERLAY_POLICY,
  overlay,
  startFlytGuide,
} from './overlay-support';
import { expect, test } from './support/fixtures';
import { canWritePolicy } from './support/policy';

test.skip(!canWritePolicy() && !process.env.CI, 'these tests write a managed policy, which needs root');
test.use({ policy: OVERLAY_POLICY });
// Whole guides across several pages, with axe in each state, on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 });

const B = 'https://www.borger.dk';
const launcher = (page: Page) => overlay(page).locator('.vv-launcher');

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).include('vejviser-overlay').analyze();
  expect(results.violations).toEqual([]);
}

/** Whether the point at the centre of our element hits our host (nothing of the page covers it). */
async function onTop(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const host = document.querySelector('vejviser-overlay');
    const el = host?.shadowRoot?.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === host;
  }, selector);
}

test('a page with a guide offers it quietly; the panel lists it, searches, and starts it', async ({
  page,
  extension,
}) => {
  await importTestPack(page, extension);
  await page.goto(`${B}/test/flyt/`);
  // Offered without interrupting: a note by the launcher; focus stays on the page.
  await expect(overlay(page).locator('.vv-offer')).toHaveText('Der er en vejledning til denne side');
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await expect(card(page)).toHaveCount(0);
  await axe(page);

  await launcher(page).click();
  const panel = overlay(page).getByRole('region', { name: 'Hjælp' });
  await expect(panel.getByRole('button', { name: 'Meld flytning (test)' })).toBeVisible();
  await panel.getByLabel('Søg efter en opgave').fill('flytte');
  await panel.getByRole('button', { name: 'Søg', exact: true }).click();
  await expect(panel.locator('.vv-task').first()).toBeVisible();
  await axe(page);
  await panel.getByRole('button', { name: 'Meld flytning (test)', exact: true }).click();
  await expect(panel).toBeHidden();
  await expect(card(page)).toContainText('Trin 1 af 4');
  await expect(highlight(page)).toBeVisible();
});

test('on a hostile page the hint stays on top of the sticky header, the max z-index layer and an open modal dialog', async ({
  page,
  extension,
}) => {
  await importTestPack(page, extension);
  await beginFromStartPage(page, extension, 'test-fjendtlig');
  await expect(page).toHaveURL(`${B}/test/fjendtlig/`);
  expect(await page.evaluate(() => document.querySelector('dialog')?.matches(':modal'))).toBe(true);

  // Step 1 points into the page's modal dialog; our card is above it and not inert.
  await expect(card(page)).toContainText('Trin 1 af 3');
  await expect(highlight(page)).toBeVisible();
  expect(await onTop(page, '.vv-card')).toBe(true);
  expect(await onTop(page, '.vv-launcher')).toBe(true);
  await card(page).getByRole('button', { name: 'Læs op' }).click();
  // Headless Chromium has no voices: the card says so instead of speaking.
  await expect(card(page)).toContainText('Der er ingen stemme til oplæsning på denne computer.');
  const style = await card(page).evaluate((el) => {
    const cs = getComputedStyle(el);
    return { bg: cs.backgroundColor, font: cs.fontFamily.includes('system-ui') };
  });
  expect(style).toEqual({ bg: 'rgb(255, 255, 255)', font: true });
  await axe(page);
  await page.getByRole('button', { name: 'Godkend cookies' }).click();

  // Step 2: the target is far below the fold; it is brought into view, and we stay on top.
  await expect(card(page)).toContainText('Trin 2 af 3');
  await expect(highlight(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send ansøgning' })).toBeInViewport();
  expect(await onTop(page, '.vv-card')).toBe(true);
  await card(page).getByRole('button', { name: 'Næste' }).click();
  await expect(card(page)).toContainText('Trin 3 af 3');
});

/** The card's offset from the step's target ("Meld flytning"), in CSS pixels. */
function cardOffset(page: Page): Promise<{ x: number; y: number; targetTop: number }> {
  return page.evaluate(() => {
    const target = [...document.querySelectorAll('a')].find((a) => a.textContent === 'Meld flytning');
    const el = document.querySelector('vejviser-overlay')?.shadowRoot?.querySelector('.vv-card');
    const t = target?.getBoundingClientRect();
    const c = el?.getBoundingClientRect();
    if (!t || !c) throw new Error('no target or card');
    return { x: Math.round(c.left - t.left), y: Math.round(c.top - t.top), targetTop: Math.round(t.top) };
  });
}

/** Where the card is, relative to its target. */
async function cardBeside(page: Page): Promise<{ x: number; y: number }> {
  const { x, y } = await cardOffset(page);
  return { x, y };
}

test('the card follows its target when the page pushes it down, and when the page scrolls', async ({
  page,
  extension,
}) => {
  await startFlytGuide(page, extension);
  // Room to scroll, below the target; no scroll anchoring, so a shift below stays a pure layout shift.
  await page.evaluate(() => {
    document.documentElement.style.overflowAnchor = 'none';
    document.body.append(Object.assign(document.createElement('div'), { style: 'height: 3000px' }));
  });
  await expect.poll(async () => (await cardOffset(page)).targetTop).toBeGreaterThan(0);
  const before = await cardOffset(page);

  // A banner appears above the form without any scroll or resize: a layout shift, once the
  // card has settled (place-card.ts boxes the target in 150 ms after it last moved).
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    const banner = Object.assign(document.createElement('div'), { style: 'height: 120px' });
    document.querySelector('main')?.prepend(banner);
  });
  await expect.poll(async () => (await cardOffset(page)).targetTop).toBe(before.targetTop + 120);
  await expect.poll(() => cardBeside(page)).toEqual({ x: before.x, y: before.y });

  // Scrolling, several frames in a row, then a shift again once it has settled.
  await page.evaluate(async () => {
    for (let i = 0; i < 5; i++) {
      window.scrollBy(0, 20);
      await new Promise(requestAnimationFrame);
    }
  });
  await expect.poll(async () => (await cardOffset(page)).targetTop).toBe(before.targetTop + 20);
  await expect.poll(() => cardBeside(page)).toEqual({ x: before.x, y: before.y });
  await page.waitForTimeout(500);
  await page.evaluate(() => document.querySelector('main')?.firstElementChild?.remove());
  await expect.poll(async () => (await cardOffset(page)).targetTop).toBe(before.targetTop - 100);
  await expect.poll(() => cardBeside(page)).toEqual({ x: before.x, y: before.y });
});

test('a target whose box collapses while it stays in the page loses its highlight, and gets it back', async ({
  page,
  extension,
}) => {
  await startFlytGuide(page, extension);
  await expect(highlight(page)).toBeVisible();
  const target = page.locator('a', { hasText: 'Meld flytning' });
  // A link in running text is an inline box, whose size a ResizeObserver cannot see: the watch
  // reads its box on each nearby change. As an inline-block it can: then only the observer's
  // report of a box gone to nothing makes the watch read layout.
  await target.evaluate((el) => {
    (el as HTMLElement).style.cssText = 'display:inline-block';
  });
  await page.waitForTimeout(100);
  await expect(highlight(page)).toBeVisible();
  await target.evaluate((el) => {
    (el as HTMLElement).style.cssText = 'display:inline-block;width:0;height:0;padding:0;border:0;overflow:hidden';
  });
  await expect(highlight(page)).toBeHidden();
  await target.evaluate((el) => {
    (el as HTMLElement).style.cssText = '';
  });
  await expect(highlight(page)).toBeVisible();
});

test('the page opening a modal dialog while a guide runs does not cover or disable the hint', async ({
  page,
  extension,
}) => {
  await startFlytGuide(page, extension);
  await page.evaluate(() => {
    const d = document.createElement('dialog');
    d.innerHTML = '<p>Sidens egen dialog</p><button>OK</button>';
    document.body.append(d);
    d.showModal();
  });
  await expect.poll(() => onTop(page, '.vv-card')).toBe(true);
  await card(page).getByRole('button', { name: 'Næste' }).click();
  await expect(card(page)).toContainText('Trin 2 af 4');
  // Closing the page's dialog puts us back where we were.
  await page.evaluate(() => document.querySelector('dialog')?.close());
  await expect
    .poll(() => page.evaluate(() => document.querySelector('vejviser-overlay')?.parentElement?.localName))
    .toBe('html');
  expect(await onTop(page, '.vv-launcher')).toBe(true);
});

test('a page that removes its open modal dialog instead of closing it does not take the launcher with it', async ({
  page,
}) => {
  await page.goto(`${B}/test/flyt/`);
  await expect(launcher(page)).toBeVisible();
  await page.evaluate(() => {
    const wrap = document.createElement('div');
    const d = document.createElement('dialog');
    d.innerHTML = '<p>Sidens egen dialog</p>';
    wrap.append(d);
    document.body.append(wrap);
    d.showModal();
  });
  await expect
    .poll(() => page.evaluate(() => document.querySelector('vejviser-overlay')?.parentElement?.localName))
    .toBe('dialog');
  // Like a framework unmounting a portal: the dialog's wrapper goes, still open.
  await page.evaluate(() => document.querySelector('dialog')?.parentElement?.remove());
  await expect
    .poll(() => page.evaluate(() => document.querySelector('vejviser-overlay')?.parentElement?.localName))
    .toBe('html');
  await expect(launcher(page)).toBeVisible();
  expect(await onTop(page, '.vv-launcher')).toBe(true);
  await launcher(page).click();
  await expect(overlay(page).getByRole('region', { name: 'Hjælp' })).toBeVisible();
});

test('in Arabic the overlay is right to left, with a Danish fallback per text', async ({ page, extension }) => {
  await importTestPack(page, extension);
  await page.goto(`${B}/test/flyt/`);
  await launcher(page).click();
  await overlay(page).getByLabel('Sprog').selectOption('ar');
  await expect(launcher(page)).toHaveText('مساعدة');
  await expect(overlay(page)).toHaveAttribute('dir', 'rtl');
  await expect(overlay(page)).toHaveAttribute('lang', 'ar');
  await axe(page);
  await overlay(page).locator('.vv-guide').first().click();
  await expect(card(page)).toContainText('الخطوة 1 من 4');
  await expect(card(page).locator('.vv-say')).toHaveText('انقر على Meld flytning.');
  await expect(card(page).getByRole('button', { name: 'التالي' })).toBeVisible();
  // The launcher sits at the start edge (left) in right-to-left.
  const box = await launcher(page).boundingBox();
  expect(box?.x).toBeLessThan(100);
  await axe(page);
  // The choice follows the citizen to the next page.
  await page.getByRole('link', { name: 'Meld flytning' }).click();
  await expect(card(page)).toContainText('الخطوة 2 من 4');
  // Step 2 has no Arabic text: Danish, marked as Danish for screen readers and read aloud.
  await expect(card(page).locator('.vv-say')).toHaveText('Skriv din nye adresse i feltet.');
  await expect(card(page).locator('.vv-say')).toHaveAttribute('lang', 'da');
  await expect(overlay(page)).toHaveAttribute('dir', 'rtl');
});

test('at 200 % zoom and with larger text the card fits the screen and everything can be reached', async ({
  page,
  extension,
}) => {
  await importTestPack(page, extension);
  // 1280×800 at 200 % zoom lays out like a 640×400 CSS-pixel viewport.
  await page.setViewportSize({ width: 640, height: 400 });
  await beginFromStartPage(page, extension, 'test-flyt');
  await expect(card(page)).toContainText('Trin 1 af 4');
  await launcher(page).click();
  await overlay(page).getByLabel('Større tekst').check();
  await launcher(page).click();
  await expect
    .poll(() => card(page).evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize)))
    .toBeGreaterThanOrEqual(22);
  const fits = await card(page).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.left >= 0 && r.right <= innerWidth && r.top >= 0 && el.scrollWidth <= el.clientWidth + 1;
  });
  expect(fits).toBe(true);
  for (const name of ['Tilbage', 'Næste', 'Luk']) {
    await card(page).getByRole('button', { name }).scrollIntoViewIfNeeded();
    await expect(card(page).getByRole('button', { name })).toBeInViewport();
  }
  await axe(page);
  await card(page).getByRole('button', { name: 'Næste' }).click();
  await expect(card(page)).toContainText('Trin 2 af 4');
});

test.describe('when the PC is left idle', () => {
  test.use({ policy: { ...OVERLAY_POLICY, resetAfterIdleMinutes: 1 } });
  test.setTimeout(200_000);

  test('progress, open panels and the language choice are cleared for the next citizen', async ({
    page,
    extension,
  }) => {
    await importTestPack(page, extension);
    await page.goto(`${B}/test/flyt/`);
    await launcher(page).click();
    await overlay(page).getByLabel('Sprog').selectOption('en');
    await expect(launcher(page)).toHaveText('Help');
    await overlay(page).locator('.vv-guide').first().click();
    await expect(card(page)).toContainText('Step 1 of 4');
    await launcher(page).click();
    await expect(launcher(page)).toHaveAttribute('aria-expanded', 'true');

    // Nobody touches the PC: within the idle time plus one check, everything is gone.
    await expect(card(page)).toHaveCount(0, { timeout: 150_000 });
    await expect(launcher(page)).toHaveText('Hjælp');
    await expect(launcher(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(overlay(page)).toHaveAttribute('lang', 'da');
    const session = await extension.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.storage.session.get(null),
    );
    expect(Object.keys(session).filter((k) => k.startsWith('progress:') || k.startsWith('citizen:'))).toEqual([]);
    await page.reload();
    await expect(launcher(page)).toHaveText('Hjælp');
    await expect(card(page)).toHaveCount(0);
  });
});
