import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { build } from 'esbuild';
import { URLPattern } from 'urlpattern-polyfill/urlpattern';
import type { Guide, GuidePack, Step, Target } from '../../utils/pack/types';
import { expect, test } from './support/fixtures';

/**
 * Every built-in guide, walked start to finish on the practice copy of the sites, in real Chromium
 * at the real hostnames. The walk does what the citizen does at each step (click the target, type
 * in the field, open a letter, log in on the practice MitID page) and checks on the way that each
 * step's page is reached and that its target finds exactly one visible element.
 */

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const GUIDES_DIR = join(ROOT, 'guides');
const guides: Guide[] = readdirSync(GUIDES_DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(readFileSync(join(GUIDES_DIR, f), 'utf8')) as GuidePack).guides);

/** The walk marks the element a step resolved to, so Playwright can act on exactly that element. */
const MARK = 'data-vv-walk';

/**
 * The project's own resolver (utils/target/resolve.ts), bundled for the page: the walk finds every
 * step's element exactly as the overlay does, not by an approximation of the contract.
 */
async function resolverBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { resolveTarget } from '@/utils/target/resolve';
        globalThis.__vejviserWalkResolve = (target, mark, id) => {
          const r = resolveTarget(document, target);
          if (r.element) r.element.setAttribute(mark, id);
          return { strategy: r.strategy, counts: r.counts };
        };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    tsconfig: join(ROOT, 'tsconfig.json'),
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('esbuild produced no resolver bundle');
  return file.text;
}

const targetsOf = (step: Step): Target[] =>
  step.target === undefined ? [] : Array.isArray(step.target) ? step.target : [step.target];

/**
 * A step's Targets must resolve on its practice page, and the first (most specific) one must be the
 * one that wins: the later ones are fallbacks for the real site, not for our own copy of it.
 */
async function resolveStepTarget(page: Page, step: Step, id: string): Promise<Locator | undefined> {
  const targets = targetsOf(step);
  if (targets.length === 0) return undefined;
  await expect
    .poll(
      () =>
        page.evaluate(
          ([t, mark, markId]) =>
            (
              globalThis as unknown as {
                __vejviserWalkResolve: (t: unknown, m: string, i: string) => { strategy: number; counts: number[] };
              }
            ).__vejviserWalkResolve(t, mark, markId),
          [targets, MARK, id] as const,
        ),
      { message: `step ${step.id}: ${JSON.stringify(targets[0])} must find exactly one visible element` },
    )
    .toMatchObject({ strategy: 0, counts: [1] });
  return page.locator(`[${MARK}="${id}"]`);
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
    const target = await resolveStepTarget(page, step, `${guide.id}-${index}`);
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

  let bundle = '';
  test.beforeAll(async () => {
    bundle = await resolverBundle();
  });

  for (const guide of guides) {
    test(`${guide.id} runs start to finish, and every step's target is one visible element`, async ({ page }) => {
      // A long guide visits up to ten pages and scans each with axe on a shared 2-core machine.
      test.setTimeout(240_000);
      await page.addInitScript({ content: bundle });
      await walkGuide(page, guide);
    });
  }
});
