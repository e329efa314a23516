import type { ChurnSample } from './report';
import { type Interval, meanInterval, pairedExtra, summarize } from './stats';

/** Which reading of a churn run: the page's busy time, or its main thread's CPU time. */
export type Reading = 'busyMs' | 'cpuMs';

/**
 * One configuration's readings, in the order they ran (so in round order, block after block), of
 * one block or of all. Every configuration runs once per round, so run i of two configurations
 * is in the same round: that is what pairing by round (`pairedExtra`) relies on.
 */
export function readings(samples: readonly ChurnSample[], scenario: string, key: Reading, block?: number): number[] {
  return samples
    .filter((s) => s.scenario === scenario && (block === undefined || s.block === block))
    .map((s) => s[key]);
}

/** The blocks the samples hold, in order. */
export function blocksOf(samples: readonly ChurnSample[]): number[] {
  return [...new Set(samples.map((s) => s.block))].sort((a, b) => a - b);
}

/** Each block's paired extra of `scenario` over `reference` (the median of its per-round ratios). */
export function blockExtras(
  samples: readonly ChurnSample[],
  scenario: string,
  reference: string,
  key: Reading = 'busyMs',
): number[] {
  return blocksOf(samples).map(
    (b) => pairedExtra(readings(samples, scenario, key, b), readings(samples, reference, key, b)).median,
  );
}

/** `${block}:${round}` → what each configuration read in that round. */
function byRound(samples: readonly ChurnSample[], key: Reading): Map<string, Map<string, ChurnSample>> {
  const rounds = new Map<string, Map<string, ChurnSample>>();
  for (const s of samples) {
    const id = `${s.block}:${s.round}`;
    const round = rounds.get(id) ?? new Map<string, ChurnSample>();
    if (Number.isFinite(s[key])) round.set(s.scenario, s);
    rounds.set(id, round);
  }
  return rounds;
}

/** What a look at one configuration's samples against the reference finds. */
export interface ChurnLook {
  scenario: string;
  /** Per block, and their mean with its 95 % t interval: the goal's verdict. */
  blocks: { extras: number[] } & ReturnType<typeof meanInterval>;
  /** Pooled over every round, with its bootstrap interval. */
  pooled: Interval & { median: number };
  /**
   * The per-round extra by the configuration's place against the reference's in the round: a
   * harness that favoured whatever ran first (or second) would show here as a difference.
   */
  byOrder: { before: number; after: number; rounds: { before: number; after: number } };
  /** The per-round extra by the configuration's own position in its round (index 0: it ran first), with how many rounds each. */
  byPosition: { extra: number; rounds: number }[];
  /** The per-round extra over the mean of both plain runs (reference and its twin), when there is a twin. */
  overBothPlain?: number;
}

/**
 * Looks at every configuration's runs against the reference's, in the way the goal is judged
 * (blocks, pooled rounds) and in the ways that find a harness at fault (order within the round,
 * the A/A twin as a second reference). Session 9 did this with a throwaway script; this is it,
 * kept (`npx tsx bench/look-at-churn.ts`).
 */
export function lookAtChurn(
  samples: readonly ChurnSample[],
  reference: string,
  twin?: string,
  key: Reading = 'busyMs',
): ChurnLook[] {
  const rounds = byRound(samples, key);
  const scenarios = [...new Set(samples.map((s) => s.scenario))].filter((s) => s !== reference);
  return scenarios.map((scenario) => {
    const extras = blockExtras(samples, scenario, reference, key);
    const before: number[] = [];
    const after: number[] = [];
    const overBoth: number[] = [];
    const atPosition: number[][] = [];
    for (const round of rounds.values()) {
      const own = round.get(scenario);
      const ref = round.get(reference);
      if (!own || !ref) continue;
      const extra = own[key] / ref[key] - 1;
      (own.position < ref.position ? before : after).push(extra);
      const atOwn = atPosition[own.position] ?? [];
      atOwn.push(extra);
      atPosition[own.position] = atOwn;
      const other = twin && twin !== scenario ? round.get(twin) : undefined;
      if (other) overBoth.push(own[key] / ((ref[key] + other[key]) / 2) - 1);
    }
    return {
      scenario,
      blocks: { extras, ...meanInterval(extras) },
      pooled: pairedExtra(readings(samples, scenario, key), readings(samples, reference, key)),
      byOrder: {
        before: summarize(before).median,
        after: summarize(after).median,
        rounds: { before: before.length, after: after.length },
      },
      byPosition: Array.from(atPosition, (v = []) => ({ extra: summarize(v).median, rounds: v.length })),
      ...(overBoth.length > 0 && { overBothPlain: summarize(overBoth).median }),
    };
  });
}
