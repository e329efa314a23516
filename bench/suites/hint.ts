import type { Page } from '@playwright/test';
import { PAGE } from '../lib/bench-server';
import { type BenchContext, LIBRARY_POPOVER, openPage, startLibraryTour } from '../lib/context';
import { type Row, row } from '../lib/report';
import { type Summary, summarize } from '../lib/stats';
import { LIBRARY_TOOLS } from '../lib/tour-bundles';
import { TOOL_NAME } from './bytes';

/** Samples per tool; p95 of 20 is the second-worst sample. */
const SAMPLES = 20;

interface Samples {
  ms: number[];
  frames: number[];
  missed: number;
}

async function sample(page: Page, options: Parameters<Window['bench']['measureHint']>[0], reset: () => Promise<void>) {
  const out: Samples = { ms: [], frames: [], missed: 0 };
  for (let i = 0; i < SAMPLES; i++) {
    await reset();
    const r = await page.evaluate((o) => window.bench.measureHint(o), options);
    if (r.ms === null || r.frames === null) out.missed++;
    else {
      out.ms.push(r.ms);
      out.frames.push(r.frames);
    }
  }
  return out;
}

/** Let two frames pass, so each sample starts from a quiet page. */
const quiet = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));

/**
 * Time to hint: from the step's target being inserted into the DOM to the bubble shown next to
 * it (probe in `bench/pages/page-api.js`). The libraries cannot wait for an element, so the page
 * inserts the target and calls their `start()` in the same task; the reference is page code that
 * places its own bubble synchronously — the best any script can do, i.e. one frame on this machine.
 */
export async function hintSuite(ctx: BenchContext): Promise<Row[]> {
  const results: { scenario: string; s: Samples; figure: string }[] = [];

  const plain = await openPage(ctx.plain);
  try {
    await plain.page.goto(PAGE.late);
    const ref = await sample(plain.page, { selector: '#bench-ref-bubble', startTour: true }, async () => {
      await plain.page.evaluate(() => {
        window.bench.referenceTour.stop();
        window.bench.removeTarget();
      });
      await quiet(plain.page);
    });
    results.push({ scenario: 'reference: page script, synchronous bubble', s: ref, figure: '2 time to hint' });
    for (const tool of LIBRARY_TOOLS) {
      await startLibraryTour(plain.page, tool, PAGE.late);
      const s = await sample(plain.page, { selector: LIBRARY_POPOVER[tool], startTour: true }, async () => {
        await plain.page.evaluate(() => {
          window.benchTour?.stop();
          window.bench.removeTarget();
        });
        await quiet(plain.page);
      });
      results.push({ scenario: `${TOOL_NAME[tool]} tour, first highlight`, s, figure: '6 time to first highlight' });
    }
  } finally {
    await plain.close();
  }

  if (ctx.activeGuide.unavailable) {
    ctx.notes.push(`2 time to hint (Vejviser): not measured — ${ctx.activeGuide.unavailable}`);
  } else {
    const ext = await openPage(ctx.ext);
    try {
      await ctx.activeGuide.open(ext.page, PAGE.late);
      const selector = ctx.activeGuide.hintSelector;
      const s = await sample(ext.page, { host: 'vejviser-overlay', selector }, async () => {
        await ext.page.evaluate(() => window.bench.removeTarget());
        // Wait until the engine has noticed the target is gone (no anchored hint shown any more),
        // so the next sample cannot see a stale hint at the old place.
        await ext.page.waitForFunction(
          (sel) => {
            const el = document.querySelector('vejviser-overlay')?.shadowRoot?.querySelector(sel);
            return !el || getComputedStyle(el).visibility === 'hidden' || el.getBoundingClientRect().width === 0;
          },
          selector,
          { timeout: 10_000 },
        );
        await quiet(ext.page);
      });
      results.push({ scenario: 'Vejviser, target inserted → hint', s, figure: '2 time to hint' });
    } finally {
      await ext.close();
    }
  }

  const reference = results[0] as (typeof results)[number];
  const refMs: Summary = summarize(reference.s.ms);
  const rows: Row[] = [];
  for (const { scenario, s, figure } of results) {
    const frames = summarize(s.frames);
    const isRef = s === reference.s;
    const isVejviser = scenario.startsWith('Vejviser');
    const note = s.missed ? `${s.missed} of ${SAMPLES} samples never showed a bubble next to the target` : undefined;
    rows.push(
      row({
        figure,
        scenario: `${scenario} (frames)`,
        unit: 'frames',
        value: frames,
        reference: isRef ? undefined : { scenario: 'reference', median: summarize(reference.s.frames).median },
        goal: isVejviser ? 'p95 ≤ 1 frame' : undefined,
        meets: isVejviser ? frames.p95 <= 1 && s.missed === 0 : undefined,
        note,
      }),
      row({
        figure,
        scenario: `${scenario} (ms until placed)`,
        unit: 'ms',
        value: summarize(s.ms),
        reference: isRef ? undefined : { scenario: 'reference', median: refMs.median },
      }),
    );
  }
  return rows;
}
