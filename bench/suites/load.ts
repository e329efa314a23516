import { PAGE } from '../lib/bench-server';
import { profileUrlTime, settle, taskMs, waitForLauncher } from '../lib/cdp';
import { type BenchContext, openPage } from '../lib/context';
import { type Row, row } from '../lib/report';
import { summarize } from '../lib/stats';

/**
 * Main-thread time at load on a supported page with no guide to show. Two views:
 * - the extension's own JS time, from a 50 µs sampling CPU profile of the reload (every sample
 *   whose stack contains an extension script, DOM calls made from it included) — precise, and
 *   what the < 1 ms goal is about;
 * - the page's whole main-thread busy time during the reload (`TaskDuration`), with the extension
 *   against plain Chromium — includes style/layout of our shadow host, but noisy on 2 cores.
 */
export async function loadSuite(ctx: BenchContext): Promise<Row[]> {
  const extJs: number[] = [];
  const extBusy: number[] = [];
  const plainBusy: number[] = [];
  const prefix = `chrome-extension://${ctx.ext.extensionId}/`;
  const ext = await openPage(ctx.ext);
  const plain = await openPage(ctx.plain);
  try {
    await ext.page.goto(PAGE.tour);
    await waitForLauncher(ext.page);
    await plain.page.goto(PAGE.tour);
    for (let i = 0; i < ctx.runs; i++) {
      // Interleaved, so drift in the machine's load hits both sides alike.
      const p0 = await taskMs(plain.session);
      await profileUrlTime(plain.session, prefix, async () => {
        await plain.page.reload({ waitUntil: 'load' });
        await settle(plain.page, 500);
      });
      plainBusy.push((await taskMs(plain.session)) - p0);

      const e0 = await taskMs(ext.session);
      const js = await profileUrlTime(ext.session, prefix, async () => {
        await ext.page.reload({ waitUntil: 'load' });
        await waitForLauncher(ext.page);
        await settle(ext.page, 500);
      });
      extBusy.push((await taskMs(ext.session)) - e0);
      extJs.push(js);
    }
  } finally {
    await ext.close();
    await plain.close();
  }
  const js = summarize(extJs);
  const plainSummary = summarize(plainBusy);
  return [
    row({
      figure: '1 load',
      scenario: 'Vejviser, no-guide page: extension JS on main thread',
      unit: 'ms',
      value: js,
      goal: '< 1 ms',
      meets: js.median < 1,
    }),
    row({
      figure: '1 load',
      scenario: 'Vejviser, no-guide page: page busy time during reload',
      unit: 'ms',
      value: summarize(extBusy),
      reference: { scenario: 'plain Chromium', median: plainSummary.median },
    }),
  ];
}
