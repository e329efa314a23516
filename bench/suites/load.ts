import { PAGE } from '../lib/bench-server';
import type { BenchBrowser } from '../lib/browsers';
import { profileUrlTime, settle, taskMs, waitForLauncher } from '../lib/cdp';
import { type BenchContext, type OpenedPage, openPage } from '../lib/context';
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
/** One side of the comparison: a tab on its page, whether a launcher appears there, its readings. */
interface Side {
  opened: OpenedPage;
  launcher: boolean;
  busy: number[];
}

async function openSide(browser: BenchBrowser, url: string, launcher: boolean): Promise<Side> {
  const opened = await openPage(browser);
  await opened.page.goto(url);
  if (launcher) await waitForLauncher(opened.page);
  return { opened, launcher, busy: [] };
}

/** Reload, wait for the launcher where there is one, let trailing work settle. */
async function reload(side: Side): Promise<void> {
  await side.opened.page.reload({ waitUntil: 'load' });
  if (side.launcher) await waitForLauncher(side.opened.page);
  await settle(side.opened.page, 500);
}

export async function loadSuite(ctx: BenchContext): Promise<Row[]> {
  const runs = Math.max(ctx.runs, MIN_RUNS);
  const extJs: number[] = [];
  const tops: string[][] = [];
  const prefix = `chrome-extension://${ctx.ext.extensionId}/`;
  const plain = await openSide(ctx.plain, PAGE.tour, false);
  const ext = await openSide(ctx.ext, PAGE.tour, true);
  // The extension's browser on a page where the content script does not run: what Chromium's
  // extension machinery costs a page by itself.
  const bare = await openSide(ctx.ext, PAGE.tourUnsupported, false);
  // An extension whose content script does nothing: the cost of being a content script at all.
  const floor = await openSide(ctx.floor, PAGE.tour, true);
  const sides = [plain, ext, bare, floor];
  try {
    for (let i = 0; i < runs; i++) {
      // Interleaved, so drift in the machine's load hits every side alike. Chromium restarts the
      // page's counters with each new document, so the reading after the reload is the new
      // document's busy time from navigation on.
      for (const side of sides) {
        await reload(side);
        side.busy.push(await taskMs(side.opened.session));
      }
    }
    for (let i = 0; i < Math.min(3, runs); i++) {
      const { ms, top } = await profileUrlTime(ext.opened.session, prefix, () => reload(ext));
      extJs.push(ms);
      tops.push(top);
    }
  } finally {
    for (const side of sides) await side.opened.close();
  }
  const plainSummary = summarize(plain.busy);
  const extSummary = summarize(ext.busy);
  const bareSummary = summarize(bare.busy);
  const extra = extSummary.median - plainSummary.median;
  const floorSummary = summarize(floor.busy);
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
