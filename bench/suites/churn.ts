import { profileUrlTime, settle, taskMs } from '../lib/cdp';
import { blockExtras, readings } from '../lib/churn-samples';
import { type BenchContext, openPage } from '../lib/context';
import { type ChurnSample, type Row, row, signed, verdictAtMost } from '../lib/report';
import { type Interval, meanInterval, pairedExtra, summarize } from '../lib/stats';
import { rendererPid, threadCpuMs } from '../lib/thread-cpu';
import { CHURN, type ChurnConfig, churnConfigs, inRounds } from './churn-configs';

/** Fewer rounds a block than this give the goal no verdict: the bench's default run count. */
const MIN_VERDICT_ROUNDS = 5;

/**
 * Fewer blocks than this give the goal no verdict. The bootstrap interval of one invocation
 * covers the spread between its rounds, not between invocations: session 8 ran one build five
 * times and got +2.8, +0.9, +1.4, +2.4 and −0.1 %; the first two, of 200 and 100 rounds, had
 * intervals that overlapped only from +1.9 to +2.6 %. So the goal is judged by the t interval of
 * the blocks' paired extras, each block in browsers launched afresh, and a t interval of fewer
 * than four is too wide to tell anything.
 */
const MIN_VERDICT_BLOCKS = 4;

/** "blocks +1.2, +0.4 %; mean +0.8 % (95 % t interval −0.3 to +1.9 %)": the blocks' paired extras. */
function blocksNote(extras: readonly number[]): string {
  const m = meanInterval(extras);
  const each = extras.map((e) => signed(e * 100)).join(', ');
  return `blocks ${each} %; mean ${signed(m.mean * 100)} % (95 % t interval ${signed(m.low * 100)} to ${signed(m.high * 100)} %)`;
}

/** "per round +1.0 % (95 % interval −1.2 to +4.0 %)": the paired extra and its bootstrap interval. */
function pct({ median, low, high }: Interval & { median: number }): string {
  return `per round ${signed(median * 100)} % (95 % interval ${signed(low * 100)} to ${signed(high * 100)} %)`;
}

/** The same comparison for the main thread's CPU time (schedstat), or why there is none. */
function cpuNote(values: readonly number[], reference: readonly number[]): string {
  const paired = pairedExtra(values, reference);
  return Number.isFinite(paired.median) ? pct(paired) : 'not measured (no /proc schedstat for the renderer)';
}

/**
 * Cost to the page under churn: main-thread busy time (`TaskDuration`) while the fixture page
 * runs the same fixed amount of DOM churn, with each tool active against the same page in plain
 * Chromium (the reference). Runs are interleaved across configs so machine drift hits all alike.
 * The main thread's CPU time over the same window (kernel schedstat) is in each row's note: it
 * leaves out time the thread was preempted, which busy time counts.
 */
export async function churnSuite(ctx: BenchContext, options: { goalOnly?: boolean } = {}): Promise<Row[]> {
  const configs = churnConfigs(ctx);
  // `churn-goal`: only what deciding 2 % needs, at ~2.8 s a run, for a couple of hundred runs.
  if (options.goalOnly) configs.splice(0, configs.length, ...configs.filter((c) => c.decidesGoal));

  // Every run, of every configuration: the rows below are computed from these, and the JSON keeps them.
  const samples: ChurnSample[] = [];
  const rate: number[] = [];
  // Each block after the first in browsers launched afresh: see MIN_VERDICT_BLOCKS.
  for (let b = 0; b < ctx.blocks; b++) {
    if (b > 0) {
      process.stderr.write(`bench: churn, block ${b + 1} of ${ctx.blocks}: fresh browsers …\n`);
      await ctx.relaunch();
    }
    await inRounds(
      ctx,
      configs,
      async (c, p, round, position) => {
        const pid = await rendererPid(p.session);
        await settle(p.page);
        const t0 = await taskMs(p.session);
        const c0 = pid === undefined ? Number.NaN : await threadCpuMs(pid);
        const r = await p.page.evaluate((o) => window.bench.churn(o), CHURN);
        const c1 = pid === undefined ? Number.NaN : await threadCpuMs(pid);
        const busyMs = (await taskMs(p.session)) - t0;
        samples.push({ block: b, round, position, scenario: c.scenario, busyMs, cpuMs: c1 - c0 });
        rate.push(r.nodesPerSecond);
      },
      b + 1,
    );
  }
  ctx.churnSamples.push(...samples);
  // Every block has the same rounds, so in the order they ran run i of each configuration is in one round.
  const busy = new Map(configs.map((c) => [c, readings(samples, c.scenario, 'busyMs')]));
  const cpu = new Map(configs.map((c) => [c, readings(samples, c.scenario, 'cpuMs')]));

  // The extension's own JS during churn, from a CPU profile (separate runs: the profiler costs time too).
  const prefix = `chrome-extension://${ctx.ext.extensionId}/`;
  const extJs = new Map<ChurnConfig, number[]>();
  const extTop = new Map<ChurnConfig, string[]>();
  for (const c of configs.filter((x) => x.vejviser)) {
    const values: number[] = [];
    for (let i = 0; i < Math.min(3, ctx.runs); i++) {
      const p = await openPage(ctx.ext);
      try {
        await c.setup(p);
        await settle(p.page);
        const { ms, top } = await profileUrlTime(p.session, prefix, async () => {
          await p.page.evaluate((o) => window.bench.churn(o), CHURN);
        });
        values.push(ms);
        if (i === 0) extTop.set(c, top);
      } finally {
        await p.close();
      }
    }
    extJs.set(c, values);
  }

  const reference = configs[0] as ChurnConfig;
  const floorConfig = configs.find((c) => c.browser === 'floor');
  const ref = summarize(busy.get(reference) ?? []);
  const floor = floorConfig ? summarize(busy.get(floorConfig) ?? []) : undefined;
  ctx.notes.push(`churn rate: median ${summarize(rate).median} nodes/s added (as many removed), ${CHURN.ticks} ticks`);
  const rows: Row[] = [];
  for (const c of configs) {
    const value = summarize(busy.get(c) ?? []);
    const isRef = c === reference;
    const extra = value.median / ref.median - 1;
    const paired = pairedExtra(busy.get(c) ?? [], busy.get(reference) ?? []);
    const busyExtras = blockExtras(samples, c.scenario, reference.scenario, 'busyMs');
    const across = meanInterval(busyExtras);
    const decidable = ctx.runs >= MIN_VERDICT_ROUNDS && ctx.blocks >= MIN_VERDICT_BLOCKS;
    const blocksText =
      ctx.blocks > 1
        ? `; over ${ctx.blocks} blocks of ${ctx.runs} rounds: busy ${blocksNote(busyExtras)}, CPU ${blocksNote(blockExtras(samples, c.scenario, reference.scenario, 'cpuMs'))}`
        : '';
    rows.push(
      row({
        figure: c.figure,
        scenario: `${c.scenario}: page busy time`,
        unit: 'ms',
        value,
        reference: isRef ? undefined : { scenario: 'no tool', median: ref.median },
        goal: c.goal,
        // Decided by the interval over blocks of fresh browsers, never by one invocation's rounds
        // (MIN_VERDICT_BLOCKS), nor by a median.
        meets: c.goal ? (decidable ? verdictAtMost(across, 0.02) : 'undecided') : undefined,
        note: isRef
          ? undefined
          : `extra: ${(extra * 100).toFixed(1)} %; ${pct(paired)}${c.vejviser && floor ? `; over the floor: ${((value.median / floor.median - 1) * 100).toFixed(1)} %` : ''}; main-thread CPU time: ${cpuNote(cpu.get(c) ?? [], cpu.get(reference) ?? [])}${blocksText}`,
      }),
    );
    const js = extJs.get(c);
    if (js) {
      const s = summarize(js);
      rows.push(
        row({
          figure: c.figure,
          scenario: `${c.scenario}: extension JS (profiled)`,
          unit: 'ms',
          value: s,
          reference: { scenario: 'no-tool busy time', median: ref.median },
          note: extTop.get(c)?.length ? `top functions: ${extTop.get(c)?.join('; ')}` : undefined,
        }),
      );
    }
  }
  return rows;
}
