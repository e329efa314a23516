import type { CDPSession } from '@playwright/test';
import { PAGE } from '../lib/bench-server';
import type { BenchBrowser } from '../lib/browsers';
import { LAUNCHER_SHOWN, profileUrlTime, taskMs } from '../lib/cdp';
import { type BenchContext, type OpenedPage, openPage } from '../lib/context';
import { type Row, row, signed } from '../lib/report';
import { bootstrapInterval, summarize } from '../lib/stats';
import { type AttributedTime, extensionTaskTime, traceDuring } from '../lib/trace';

/** At least this many reloads per side: the busy-time difference is a few ms in ~60 ms of noisy work. */
const MIN_RUNS = 9;

/**
 * After `load`, the time every side waits before its counter is read: the content script runs at
 * document_idle and its launcher is up within ~50 ms. The same fixed wait on every side, with no
 * script of the harness in the page before the reading: Playwright's waiting helpers inject its
 * ~330 KB utility script into each new document (~18 ms of main-thread time), which must not land
 * on one side only.
 */
const SETTLE_MS = 700;

/** One side of the comparison: a tab on its page, whether a launcher appears there, its readings. */
interface Side {
  opened: OpenedPage;
  launcher: boolean;
  busy: number[];
}

async function openSide(browser: BenchBrowser, url: string, launcher: boolean): Promise<Side> {
  const opened = await openPage(browser);
  await opened.page.goto(url, { waitUntil: 'load' });
  return { opened, launcher, busy: [] };
}

/** Reload and wait the same fixed time on every side (see SETTLE_MS). */
async function reload(side: Side): Promise<void> {
  await side.opened.page.reload({ waitUntil: 'load' });
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
}

/** Whether the launcher is in the page, asked through CDP after the reading (no Playwright helper). */
async function hasLauncher(session: CDPSession): Promise<boolean> {
  const { result } = await session.send('Runtime.evaluate', {
    expression: LAUNCHER_SHOWN,
    returnByValue: true,
  });
  return result.value === true;
}

/** "95 % interval −3.1 to +20.4 ms": the bootstrap interval of a difference of medians. */
function msInterval(values: readonly number[], reference: readonly number[]): string {
  const { low, high } = bootstrapInterval(values, reference, (m, r) => m - r);
  return `95 % interval ${signed(low)} to ${signed(high)} ms`;
}

/**
 * Main-thread time at load on a supported page with no guide to show.
 * - The goal's figure: the main-thread CPU time of the renderer tasks that ran Vejviser's code
 *   (`extensionTaskTime`: a trace of each reload; the content script's evaluation, the plan's
 *   answer and what it queued, with the style and layout they force). CPU time, because the
 *   same tasks' wall time also holds whatever preempted the thread on a 2-core machine running
 *   three browsers and the harness: 4–36 ms where the CPU time is 3–4 ms. The wall time is in
 *   the note.
 * - The page's whole main-thread busy time (`TaskDuration`) during a reload, interleaved with plain
 *   Chromium, an empty content script and the extension's browser on a host it does not run on:
 *   everything included (the isolated world, rendering our launcher), at several ms of noise.
 * - Where it goes: a 50 µs sampling CPU profile, with the top functions.
 */
export async function loadSuite(ctx: BenchContext): Promise<Row[]> {
  const runs = Math.max(ctx.runs, MIN_RUNS);
  const prefix = `chrome-extension://${ctx.ext.extensionId}/`;
  const floorPrefix = `chrome-extension://${ctx.floor.extensionId}/`;
  const plain = await openSide(ctx.plain, PAGE.tour, false);
  const ext = await openSide(ctx.ext, PAGE.tour, true);
  // The extension's browser on a page where the content script does not run: what Chromium's
  // extension machinery costs a page by itself.
  const bare = await openSide(ctx.ext, PAGE.tourUnsupported, false);
  // An extension whose content script does nothing: the cost of being a content script at all.
  const floor = await openSide(ctx.floor, PAGE.tour, true);
  const sides = [plain, ext, bare, floor];
  const traced: AttributedTime[] = [];
  const floorTraced: AttributedTime[] = [];
  const extJs: number[] = [];
  const tops: string[][] = [];
  let missing = 0;
  try {
    for (let i = 0; i < runs; i++) {
      // Interleaved, so drift in the machine's load hits every side alike. Chromium restarts the
      // page's counters with each new document, so the reading after the reload is the new
      // document's busy time from navigation on.
      for (const side of sides) {
        await reload(side);
        const ms = await taskMs(side.opened.session);
        if (side.launcher && !(await hasLauncher(side.opened.session))) {
          missing++;
          continue;
        }
        side.busy.push(ms);
      }
    }
    for (let i = 0; i < runs; i++) {
      traced.push(extensionTaskTime(await traceDuring(ext.opened.session, () => reload(ext)), prefix));
      floorTraced.push(extensionTaskTime(await traceDuring(floor.opened.session, () => reload(floor)), floorPrefix));
    }
    for (let i = 0; i < Math.min(3, runs); i++) {
      const { ms, top } = await profileUrlTime(ext.opened.session, prefix, () => reload(ext));
      extJs.push(ms);
      tops.push(top);
    }
  } finally {
    for (const side of sides) await side.opened.close();
  }
  if (missing > 0) ctx.notes.push(`1 load: ${missing} reload(s) had no launcher ${SETTLE_MS} ms after load; left out`);
  const plainSummary = summarize(plain.busy);
  const extSummary = summarize(ext.busy);
  const bareSummary = summarize(bare.busy);
  const floorSummary = summarize(floor.busy);
  const extra = extSummary.median - plainSummary.median;
  const ownExtra = extSummary.median - floorSummary.median;
  const own = summarize(traced.map((t) => t.cpuMs));
  const floorOwn = summarize(floorTraced.map((t) => t.cpuMs));
  const wall = (times: AttributedTime[]) => summarize(times.map((t) => t.ms)).median.toFixed(2);
  const js = summarize(extJs);
  const medianProfile = tops[extJs.indexOf(js.median)] ?? tops[0] ?? [];
  return [
    row({
      figure: '1 load',
      scenario: "Vejviser, no-guide page: main-thread CPU time of the extension's tasks (traced)",
      unit: 'ms',
      value: own,
      reference: { scenario: 'empty content script', median: floorOwn.median },
      goal: '< 1 ms',
      meets: own.median < 1,
      note: `median ${summarize(traced.map((t) => t.tasks)).median} tasks; the same tasks' wall time: median ${wall(traced)} ms (the empty content script's: ${wall(floorTraced)} ms)`,
    }),
    row({
      figure: '1 load',
      scenario: 'Vejviser, no-guide page: page busy time during reload',
      unit: 'ms',
      value: extSummary,
      reference: { scenario: 'plain Chromium', median: plainSummary.median },
      note: `extra: ${extra.toFixed(2)} ms over plain Chromium (${msInterval(ext.busy, plain.busy)}); ${ownExtra.toFixed(2)} ms over an empty content script (${msInterval(ext.busy, floor.busy)})`,
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
