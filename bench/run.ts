/**
 * `npm run bench`: what Vejviser costs a page, side by side with Driver.js and Shepherd.js.
 * Prints a table and writes the same figures to bench-results/latest.json. Never fails on a
 * timing: the exit code is non-zero only when the harness itself breaks. See docs/benchmarks.md.
 *
 * Options: --runs N (repeats per figure, default 5), --only a,b (suites: bytes, load, hint,
 * churn, memory, store; and churn-goal, the churn goal's three configurations only, for
 * runs enough to decide it; and churn-trace, where the churn figure's extra goes), --blocks N
 * (the churn suites' rounds in N blocks, each in freshly launched browsers; default 1), --out FILE.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { startBenchServer } from './lib/bench-server';
import { type BenchBrowser, launchExtensionBrowser, launchPlainBrowser } from './lib/browsers';
import type { BenchContext } from './lib/context';
import { launchFloorBrowser } from './lib/floor-extension';
import { type BenchReport, type ChurnSample, formatTable, type Row, writeJson } from './lib/report';
import { buildTourBundles } from './lib/tour-bundles';
import { vejviserActiveGuide } from './lib/vejviser-guide';
import { bytesSuite } from './suites/bytes';
import { churnSuite } from './suites/churn';
import { churnTraceSuite } from './suites/churn-trace';
import { hintSuite } from './suites/hint';
import { loadSuite } from './suites/load';
import { memorySuite } from './suites/memory';
import { storeSuite } from './suites/store';

const BROWSER_SUITES = {
  bytes: bytesSuite,
  load: loadSuite,
  hint: hintSuite,
  churn: (ctx: BenchContext) => churnSuite(ctx),
  // Only what decides the churn goal (reference, A/A, target absent): for many runs at once.
  'churn-goal': (ctx: BenchContext) => churnSuite(ctx, { goalOnly: true }),
  // Where the churn figure's extra goes, by kind of main-thread work (traced rounds).
  'churn-trace': churnTraceSuite,
  memory: memorySuite,
};
type SuiteName = keyof typeof BROWSER_SUITES | 'store';
const KNOWN: SuiteName[] = ['bytes', 'load', 'hint', 'churn', 'churn-goal', 'churn-trace', 'memory', 'store'];
/** What a plain `npm run bench` runs: every figure once (churn-goal and churn-trace look closer at churn). */
const ALL: SuiteName[] = ['bytes', 'load', 'hint', 'churn', 'memory', 'store'];

async function main() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      blocks: { type: 'string', default: '1' },
      only: { type: 'string' },
      out: { type: 'string', default: 'bench-results/latest.json' },
    },
  });
  const runs = Math.max(1, Number(values.runs) || 5);
  const blocks = Math.max(1, Number(values.blocks) || 1);
  const only = values.only ? (values.only.split(',') as SuiteName[]) : ALL;
  const unknown = only.filter((s) => !KNOWN.includes(s));
  if (unknown.length) throw new Error(`Unknown suite(s): ${unknown.join(', ')} (known: ${KNOWN.join(', ')})`);

  const startedAt = new Date().toISOString();
  const loadBefore = loadavg()[0] ?? 0;
  const rows: Row[] = [];
  const notes: string[] = [];
  const churnSamples: ChurnSample[] = [];
  const browserSuites = only.filter((s): s is keyof typeof BROWSER_SUITES => s !== 'store');

  if (browserSuites.length) {
    const sites = await startBenchServer(await buildTourBundles());
    const closeAll = async (browsers: readonly BenchBrowser[]) => {
      for (const b of [...browsers].reverse()) await b.close();
    };
    // Browsers launched before one that fails are closed here, so the error that surfaces is the launch's.
    const launch = async () => {
      const open: BenchBrowser[] = [];
      const opened = async (launching: Promise<BenchBrowser>) => {
        const browser = await launching;
        open.push(browser);
        return browser;
      };
      try {
        const plain = await opened(launchPlainBrowser(sites.port));
        const ext = await opened(launchExtensionBrowser(sites.port));
        const floor = await opened(launchFloorBrowser(sites.port));
        return { plain, ext, floor, activeGuide: await vejviserActiveGuide(ext) };
      } catch (err) {
        await closeAll(open).catch(() => {});
        throw err;
      }
    };
    // The browsers still open: none between a relaunch's closing and its launch, so a relaunch that
    // fails is not followed by closing the same browsers again (whose error would replace its own).
    let live: BenchBrowser[] = [];
    try {
      const first = await launch();
      live = [first.plain, first.ext, first.floor];
      const ctx: BenchContext = {
        ...first,
        runs,
        blocks,
        notes,
        churnSamples,
        async relaunch() {
          const closing = live;
          live = [];
          await closeAll(closing);
          Object.assign(ctx, await launch());
          live = [ctx.plain, ctx.ext, ctx.floor];
        },
      };
      for (const name of browserSuites) {
        process.stderr.write(`bench: ${name} …\n`);
        rows.push(...(await BROWSER_SUITES[name](ctx)));
      }
    } finally {
      await closeAll(live);
      await sites.close();
    }
  }
  if (only.includes('store')) {
    process.stderr.write('bench: store …\n');
    rows.push(...(await storeSuite({ runs, notes })));
  }

  const chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'])
    .toString()
    .trim();
  const report: BenchReport = {
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      node: process.version,
      chromium,
      // The 1-minute load average: other work on a shared machine slows every figure alike.
      loadAverage: { before: loadBefore, after: loadavg()[0] ?? 0 },
    },
    runs,
    blocks,
    rows,
    notes,
    churnSamples,
  };
  await writeJson(values.out, report);
  process.stdout.write(`\n${formatTable(rows)}\n\n`);
  process.stdout.write(
    `machine: ${report.machine.cpus} CPUs, load average ${loadBefore.toFixed(1)} → ${report.machine.loadAverage.after.toFixed(1)}\n`,
  );
  for (const n of notes) process.stdout.write(`note: ${n}\n`);
  process.stdout.write(`\nFigures written to ${values.out}\n`);
}

main().catch((err) => {
  process.stderr.write(`bench: the harness failed: ${err instanceof Error ? (err.stack ?? err.message) : err}\n`);
  process.exit(1);
});
