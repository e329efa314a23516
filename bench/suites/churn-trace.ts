import { settle } from '../lib/cdp';
import type { BenchContext } from '../lib/context';
import { type Row, row, signed } from '../lib/report';
import { rendererMainTid, selfTimeByName } from '../lib/self-time';
import { type Interval, pairedDifference, summarize } from '../lib/stats';
import { pidOfFrame } from '../lib/thread-cpu';
import { traceDuring } from '../lib/trace';
import { CHURN, churnConfigs, inRounds } from './churn-configs';

/**
 * What the page's main thread does, by kind of work: trace event names grouped as the DevTools
 * performance panel groups them. Self time, so nothing is counted twice.
 */
const GROUPS = {
  /** The page's JS and the DOM calls it makes, with ours (our callbacks run inside its tasks). */
  script: ['FunctionCall', 'TimerFire', 'EvaluateScript', 'v8.compile', 'BlinkScheduler_PerformMicrotaskCheckpoint'],
  rendering: ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'HitTest'],
} as const;

type Group = keyof typeof GROUPS | 'other' | 'all';

function groupOf(name: string): Exclude<Group, 'all'> {
  for (const [group, names] of Object.entries(GROUPS))
    if ((names as readonly string[]).includes(name)) return group as keyof typeof GROUPS;
  return 'other';
}

function ms({ median, low, high }: Interval & { median: number }): string {
  return `${signed(median)} ms (95 % interval ${signed(low)} to ${signed(high)})`;
}

/**
 * Where the extra under churn goes (`--only churn-trace`; a diagnosis, not a goal): the churn
 * figure's configurations of figure 3, each round traced, and the renderer main thread's self
 * CPU time split into the page's script (with its DOM calls), rendering, and the rest. Busy time
 * spreads ±5 % from run to run, almost all of it in layout and paint; the script part spreads
 * far less, so a cost that lands there (an observer that makes every DOM call of the page a
 * little slower) shows with a few dozen runs where busy time needs hundreds. Tracing costs time
 * itself, alike on both sides, so these rounds do not feed the churn figure.
 */
export async function churnTraceSuite(ctx: BenchContext): Promise<Row[]> {
  const configs = churnConfigs(ctx).filter((c) => c.figure === '3 churn');
  const groups: Group[] = ['script', 'rendering', 'other', 'all'];
  const times = new Map(configs.map((c) => [c, new Map<Group, number[]>(groups.map((g) => [g, []]))]));
  const names = new Map(configs.map((c) => [c, new Map<string, number[]>()]));
  await inRounds(ctx, configs, async (c, p, i) => {
    await settle(p.page);
    const { frameTree } = await p.session.send('Page.getFrameTree');
    const events = await traceDuring(p.session, async () => {
      await p.page.evaluate((o) => window.bench.churn(o), CHURN);
    });
    const pid = pidOfFrame(events, frameTree.frame.id);
    const tid = pid === undefined ? undefined : rendererMainTid(events, pid);
    const self = pid === undefined || tid === undefined ? new Map<string, number>() : selfTimeByName(events, pid, tid);
    const sums = new Map<Group, number>(groups.map((g) => [g, 0]));
    const perName = names.get(c) as Map<string, number[]>;
    for (const [name, t] of self) {
      const g = groupOf(name);
      sums.set(g, (sums.get(g) ?? 0) + t);
      sums.set('all', (sums.get('all') ?? 0) + t);
      if (!perName.has(name)) perName.set(name, new Array(i).fill(0));
      perName.get(name)?.push(t);
    }
    // A round without a usable trace counts as missing, not as zero.
    for (const g of groups)
      times
        .get(c)
        ?.get(g)
        ?.push(self.size ? (sums.get(g) ?? 0) : Number.NaN);
    // Names this round did not have ran for 0 ms in it.
    for (const list of perName.values()) if (list.length === i) list.push(0);
  });

  const reference = configs[0];
  if (!reference) return [];
  const refTimes = times.get(reference) as Map<Group, number[]>;
  const refNames = names.get(reference) as Map<string, number[]>;
  const rows: Row[] = [];
  for (const c of configs) {
    const own = times.get(c) as Map<Group, number[]>;
    const isRef = c === reference;
    const diff = (g: Group) => pairedDifference(own.get(g) ?? [], refTimes.get(g) ?? []);
    // The event names whose time moved most against the reference, by the median of their
    // per-round differences (only the ranking is shown, so no interval is drawn for them).
    const movers = () =>
      [...(names.get(c) as Map<string, number[]>)]
        .map(([name, values]) => {
          const ref = refNames.get(name);
          return { name, d: summarize(values.map((v, k) => v - (ref?.[k] ?? 0))).median };
        })
        .filter((m) => Number.isFinite(m.d))
        .sort((a, b) => Math.abs(b.d) - Math.abs(a.d))
        .slice(0, 4)
        .map((m) => `${m.name} ${signed(m.d)} ms`)
        .join(', ');
    rows.push(
      row({
        figure: '3 churn (traced)',
        scenario: `${c.scenario}: the page's script and DOM calls, self CPU time`,
        unit: 'ms',
        value: summarize(own.get('script') ?? []),
        reference: isRef ? undefined : { scenario: 'no tool', median: summarize(refTimes.get('script') ?? []).median },
        note: isRef
          ? `all traced main-thread time ${summarize(own.get('all') ?? []).median.toFixed(1)} ms, of which rendering ${summarize(own.get('rendering') ?? []).median.toFixed(1)} ms`
          : `per round: script ${ms(diff('script'))}; rendering ${ms(diff('rendering'))}; other ${ms(diff('other'))}; all ${ms(diff('all'))}; moved most: ${movers()}`,
      }),
    );
  }
  return rows;
}
