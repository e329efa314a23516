import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { URLPattern } from 'urlpattern-polyfill/urlpattern';
import type { Guide, GuidePack, NameMatcher, Step, Target } from '../../utils/pack/types';
import { expect, test } from './support/fixtures';

/**
 * Every built-in guide, walked start to finish on the practice copy of the sites, in real Chromium
 * at the real hostnames. The walk does what the citizen does at each step (click the target, type
 * in the field, open a letter, log in on the practice MitID page) and checks on the way that each
 * step's page is reached and that its target finds exactly one visible element.
 */

const GUIDES_DIR = resolve(fileURLToPath(new URL('../../guides', import.meta.url)));
const guides: Guide[] = readdirSync(GUIDES_DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(readFileSync(join(GUIDES_DIR, f), 'utf8')) as GuidePack).guides);

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The contract's name rule: case-insensitive, whitespace-collapsed, exact, or a case-insensitive regex. */
function nameRegex(name: NameMatcher): RegExp {
  if (typeof name === 'string') return new RegExp(`^\\s*${escapeRegex(name.trim()).replace(/\s+/g, '\\s+')}\\s*$`, 'i');
  return new RegExp(name.regex, 'i');
}

/** A Target as a Playwright locator, following Testing Library's query priority like the contract. */
function locate(scope: Page | Locator, target: Target): Locator {
  const base = target.within ? locate(scope, target.within) : scope;
  let found: Locator;
  if (target.role) {
    found = base.getByRole(target.role as Parameters<Page['getByRole']>[0], {
      ...(target.name !== undefined ? { name: nameRegex(target.name) } : {}),
    });
  } else if (target.label) {
    found = base.getByLabel(nameRegex(target.label));
  } else if (target.text) {
    found = base.getByText(target.text);
  } else if (target.css) {
    found = base.locator(target.css);
  } else {
    throw new Error(`a Target with nothing to find by: ${JSON.stringify(target)}`);
  }
  found = found.filter({ visible: true });
  return target.nth !== undefined ? found.nth(target.nth) : found;
}

const targetsOf = (step: Step): Target[] =>
  step.target === undefined ? [] : Array.isArray(step.target) ? step.target : [step.target];

/** The first Target of a step must find exactly one visible element on its practice page. */
async function resolveStepTarget(page: Page, step: Step): Promise<Locator | undefined> {
  const [first] = targetsOf(step);
  if (!first) return undefined;
  const locator = locate(page, first);
  await expect(locator, `step ${step.id}: ${JSON.stringify(first)}`).toHaveCount(1);
  return locator;
}

const matches = (pattern: string, url: string) => new URLPattern(pattern).test(url);

/** The practice MitID login: the citizen types a user ID and approves; Vejviser never hints here. */
async function logInOnPracticeMitID(page: Page): Promise<void> {
  await page.waitForURL((url) => url.hostname === 'nemlog-in.mitid.dk');
  await page.getByLabel('Bruger-ID', { exact: true }).fill('oevebruger');
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await page.getByRole('button', { name: 'Godkend' }).click();
  await page.waitForURL((url) => url.hostname !== 'nemlog-in.mitid.dk');
}

/** What the citizen types into a field; the extension never reads it. */
async function typeInto(field: Locator): Promise<void> {
  const kind = await field.evaluate((el) =>
    el instanceof HTMLSelectElement ? 'select' : (el as HTMLInputElement).type,
  );
  if (kind === 'select') await field.selectOption({ index: 1 });
  else if (kind === 'date') await field.fill('2026-12-01');
  else await field.fill('Øvetekst 12');
}

const scanned = new Set<string>();
async function expectAccessible(page: Page): Promise<void> {
  const url = new URL(page.url());
  const key = url.origin + url.pathname;
  if (scanned.has(key)) return;
  scanned.add(key);
  const results = await new AxeBuilder({ page }).exclude('vejviser-overlay').analyze();
  expect(results.violations, `axe on ${key}`).toEqual([]);
}

/** Walk one guide by doing each step's action directly on the page. */
async function walkGuide(page: Page, guide: Guide): Promise<void> {
  const start = guide.start ?? guide.steps[0]?.page;
  if (!start) throw new Error(`${guide.id} has neither start nor a first page`);
  await page.goto(start);
  let currentPage: string | undefined;
  for (const [index, step] of guide.steps.entries()) {
    currentPage = step.page ?? currentPage;
    if (currentPage) {
      const pattern = currentPage;
      await expect
        .poll(() => matches(pattern, page.url()), { message: `step ${index + 1} (${step.id}) expects ${pattern}` })
        .toBe(true);
    }
    await page.waitForLoadState('domcontentloaded');
    await expectAccessible(page);
    const target = await resolveStepTarget(page, step);
    const advance = step.advance ?? (target ? 'click' : 'manual');
    if (advance === 'click' && target) {
      await target.click();
      if (new URL(page.url()).hostname === 'nemlog-in.mitid.dk' || /^log-paa/.test(step.id))
        await logInOnPracticeMitID(page);
    } else if (advance === 'input' && target) {
      await typeInto(target);
    } else if (advance === 'page' && target) {
      // The citizen picks one item (a letter, a medicine): any link inside the target will do.
      await target.getByRole('link').first().click();
    }
  }
}

test.describe('every built-in guide runs start to finish on the practice sites', () => {
  test('there are built-in guides to walk', () => {
    expect(guides.length).toBeGreaterThanOrEqual(15);
  });

  for (const guide of guides) {
    test(`${guide.id} runs start to finish, and every step's target is one visible element`, async ({ page }) => {
      // A long guide visits up to ten pages and scans each with axe on a shared 2-core machine.
      test.setTimeout(240_000);
      await walkGuide(page, guide);
    });
  }
});
