import { PAGE } from '../lib/bench-server';
import { openTourWithLauncher } from '../lib/cdp';
import { type BenchContext, type OpenedPage, openPage, startLibraryTour } from '../lib/context';
import { seeded, shuffled } from '../lib/stats';
import { LIBRARY_TOOLS } from '../lib/tour-bundles';
import { TOOL_NAME } from './bytes';

/** ~2 s of churn at 60 ticks/s: 120 ticks × 40 items × 4 nodes = 19,200 nodes added (and as many removed). */
export const CHURN = { ticks: 120, perTick: 40, interval: 16 };

/** The churn figures' reference, and its A/A twin: the same plain Chromium run again, whose difference is the noise. */
export const REFERENCE_SCENARIO = 'reference: plain Chromium, no tool';
export const TWIN_SCENARIO = 'plain Chromium again, no tool (A/A: the noise)';

/** One configuration measured under churn: which browser, and how its page is made ready. */
export interface ChurnConfig {
  figure: '3 churn' | '6 churn';
  scenario: string;
  browser: 'plain' | 'ext' | 'floor';
  /** Vejviser configs: also profile the extension's own JS during churn. */
  vejviser: boolean;
  goal?: string;
  /** One of the configurations that decide the goal (the reference, its A/A twin, the goal's own): `churn-goal` runs only these. */
  decidesGoal?: true;
  setup(p: OpenedPage): Promise<void>;
}

/**
 * Every configuration of the churn figures, the reference first: figure 3 (what Vejviser costs
 * the page, with the A/A twin and the floor beside it) and figure 6 (each tool with step 1 shown).
 * When the extension has no active guide to offer, its configurations are left out and a note says why.
 */
export function churnConfigs(ctx: BenchContext): ChurnConfig[] {
  const configs: ChurnConfig[] = [
    {
      figure: '3 churn',
      scenario: REFERENCE_SCENARIO,
      browser: 'plain',
      vejviser: false,
      decidesGoal: true,
      setup: async ({ page }) => void (await page.goto(PAGE.tour)),
    },
    {
      // The reference again, as its own configuration: the difference between two runs of the
      // same thing is this figure's noise (an A/A comparison), the yardstick for every other row.
      figure: '3 churn',
      scenario: TWIN_SCENARIO,
      browser: 'plain',
      vejviser: false,
      decidesGoal: true,
      setup: async ({ page }) => void (await page.goto(PAGE.tour)),
    },
    {
      // What being a content script costs under churn at all (see the load figure): Chromium's
      // isolated world is not ours to cut, and the libraries, as page scripts, never pay it.
      figure: '3 churn',
      scenario: 'an empty content script (floor of any extension)',
      browser: 'floor',
      vejviser: false,
      setup: ({ page }) => openTourWithLauncher(page),
    },
    {
      figure: '3 churn',
      scenario: 'Vejviser, no-guide page',
      browser: 'ext',
      vejviser: true,
      setup: ({ page }) => openTourWithLauncher(page),
    },
  ];
  if (ctx.activeGuide.unavailable) {
    ctx.notes.push(
      `3 churn with an active guide (target absent / shown): not measured — ${ctx.activeGuide.unavailable}`,
    );
  } else {
    configs.push(
      {
        figure: '3 churn',
        scenario: 'Vejviser, active guide, target absent',
        browser: 'ext',
        vejviser: true,
        goal: '≤ 2 % extra',
        decidesGoal: true,
        setup: ({ page }) => ctx.activeGuide.open(page, PAGE.late),
      },
      {
        figure: '6 churn',
        scenario: 'Vejviser tour, step 1 shown',
        browser: 'ext',
        vejviser: true,
        setup: ({ page }) => ctx.activeGuide.open(page, PAGE.tour),
      },
    );
  }
  for (const tool of LIBRARY_TOOLS) {
    configs.push({
      figure: '6 churn',
      scenario: `${TOOL_NAME[tool]} tour, step 1 shown`,
      browser: 'plain',
      vejviser: false,
      setup: ({ page }) => startLibraryTour(page, tool),
    });
  }
  return configs;
}

/**
 * Runs `measure` once per configuration per round, rounds interleaved so drift in the machine's
 * load hits every configuration alike; each run gets a fresh tab, made ready by its setup.
 * Within a round the configurations run in an order drawn afresh (seeded by `seed`, so an
 * invocation can be repeated exactly): in a fixed order, whatever the run before leaves behind
 * (a busy GC, a warm cache) would always fall on the same configuration.
 * Playwright's waiting helpers inject its utility script into the page, and the launcher
 * configurations have done so in setup, so every configuration does it before `measure`.
 */
export async function inRounds(
  ctx: BenchContext,
  configs: readonly ChurnConfig[],
  measure: (c: ChurnConfig, p: OpenedPage, round: number, position: number) => Promise<void>,
  seed = 1,
): Promise<void> {
  const random = seeded(seed);
  for (let i = 0; i < ctx.runs; i++) {
    for (const [position, c] of shuffled(configs, random).entries()) {
      const p = await openPage(ctx[c.browser]);
      try {
        await c.setup(p);
        await p.page.waitForFunction(() => true);
        await measure(c, p, i, position);
      } finally {
        await p.close();
      }
    }
  }
}
