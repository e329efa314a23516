import { PAGE } from '../lib/bench-server';
import { profileUrlTime, settle, taskMs, waitForLauncher } from '../lib/cdp';
import { type BenchContext, openPage } from '../lib/context';
import { type Row, row } from '../lib/report';
import { summarize } from '../lib/stats';

/** At least this many reloads per side: the goal is about 1 ms and one reload is ~15 ms of noise-prone work. */
const MIN_RUNS = 9;

/**
 * Main-thread time at load on a supported page with no guide to show.
 * - The goal's figure: the page's whole main-thread busy time (`TaskDuration`) during a reload,
 *   with the extension minus plain Chromium (interleaved reloads, medians). It includes what the
 *   content script makes the renderer do (style, layout, the extension API bindings).
 * - Where it goes: a 50 µs sampling CPU profile of separate reloads, counting samples whose stack
 *   contains an extension script, with the top functions (docs/benchmarks.md).
 */
export async function loadSuite(ctx: BenchContext): Promise<Row[]> {
  const runs = Math.max(ctx.runs, MIN_RUNS);
  const extBusy: number[] = [];
  const plainBusy: number[] = [];
  const bareBusy: number[] = [];
  const floorBusy: number[] = [];
  const extJs: number[] = [];
  const tops: string[][] = [];
  const prefix = `chrome-extension://${ctx.ext.extensionId}/`;
  const ext = await openPage(ctx.ext);
  const plain = await openPage(ctx.plain);
  // The extension's browser on a page where the content script does not run: what Chromium's
  // extension machinery costs a page by itself, so the difference to it is our script's own cost.
  const bare = await openPage(ctx.ext);
  // An extension whose content script does nothing: the cost of being a content script at all.
  const floor = await openPage(ctx.floor);
  try {
    await bare.page.goto(PAGE.tourUnsupported);
    await floor.page.goto(PAGE.tour);
    await waitForLauncher(floor.page);
    await ext.page.goto(PAGE.tour);
    await waitForLauncher(ext.page);
    await plain.page.goto(PAGE.tour);
    for (let i = 0; i < runs; i++) {
      // Interleaved, so drift in the machine's load hits both sides alike.
      // Chromium restarts the page's counters with each new document, so the reading after the
      // reload is the new document's busy time from navigation on.
      await plain.page.reload({ waitUntil: 'load' });
      await settle(plain.page, 500);
      plainBusy.push(await taskMs(plain.session));

      await ext.page.reload({ waitUntil: 'load' });
      await waitForLauncher(ext.page);
      await settle(ext.page, 500);
      extBusy.push(await taskMs(ext.session));

      await bare.page.reload({ waitUntil: 'load' });
      await settle(bare.page, 500);
      bareBusy.push(await taskMs(bare.session));

      await floor.page.reload({ waitUntil: 'load' });
      await waitForLauncher(floor.page);
      await settle(floor.page, 500);
      floorBusy.push(await taskMs(floor.session));
    }
    for (let i = 0; i < Math.min(3, runs); i++) {
      const { ms, top } = await profileUrlTime(ext.session, prefix, async () => {
        await ext.page.reload({ waitUntil: 'load' });
        await waitForLauncher(ext.page);
        await settle(ext.page, 500);
      });
      extJs.push(ms);
      tops.push(top);
    }
  } finally {
    await ext.close();
    await plain.close();
    await bare.close();
    await floor.close();
  }
  const plainSummary = summarize(plainBusy);
  const extSummary = summarize(extBusy);
  const bareSummary = summarize(bareBusy);
  const extra = extSummary.median - plainSummary.median;
  const floorSummary = summarize(floorBusy);
  const ownExtra = extSummary.median - floorSummary.median;
  const js = summarize(extJs);
  const medianProfile = tops[extJs.indexOf(js.median)] ?? tops[0] ?? [];
  return [
    row({
      figure: '1 load',
      scenario: 'Vejviser, no-guide page: page busy time during reload',
      unit: 'ms',
      value: extSummary,
      reference: { scenario: 'plain Chromium', median: plainSummary.median },
      goal: '< 1 ms extra',
      meets: extra < 1,
      note: `extra: ${extra.toFixed(2)} ms over plain Chromium; ${ownExtra.toFixed(2)} ms over an empty content script`,
    }),
    row({
      figure: '1 load',
      scenario: 'extension installed, same page on a host it does not run on: busy time',
      unit: 'ms',
      value: bareSummary,
      reference: { scenario: 'plain Chromium', median: plainSummary.median },
      note: `extra: ${(bareSummary.median - plainSummary.median).toFixed(2)} ms (Chromium's, not a content script's)`,
    }),
    row({
      figure: '1 load',
      scenario: 'an empty content script (floor of any extension): busy time',
      unit: 'ms',
      value: floorSummary,
      reference: { scenario: 'plain Chromium', median: plainSummary.median },
      note: `extra: ${(floorSummary.median - plainSummary.median).toFixed(2)} ms (Chromium's isolated world for any content script)`,
    }),
    row({
      figure: '1 load',
      scenario: 'Vejviser, no-guide page: extension JS (profiled)',
      unit: 'ms',
      value: js,
      note: `top functions: ${medianProfile.join('; ')}`,
    }),
  ];
}
