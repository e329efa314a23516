/** Summary statistics for repeated runs. Medians, not means: one noisy run on a shared 2-core box must not move the figure. */
export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of already sorted values. */
function percentile(sorted: number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return { n: 0, median: Number.NaN, p95: Number.NaN, min: Number.NaN, max: Number.NaN };
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return {
    n: sorted.length,
    median,
    p95: percentile(sorted, 95),
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
  };
}

export interface Interval {
  low: number;
  high: number;
}

/** A small seeded generator (mulberry32), so an invocation's intervals can be recomputed exactly. */
export function seeded(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BootstrapOptions {
  iterations?: number;
  level?: number;
  seed?: number;
}

/** The percentile interval of `statistic` over `iterations` resamplings (each gets the generator). */
function bootstrap(statistic: (random: () => number) => number, options: BootstrapOptions): Interval {
  const { iterations = 2000, level = 0.95, seed = 1 } = options;
  const random = seeded(seed);
  const stats: number[] = [];
  for (let i = 0; i < iterations; i++) stats.push(statistic(random));
  stats.sort((x, y) => x - y);
  const at = (q: number) => stats[Math.min(stats.length - 1, Math.max(0, Math.floor(q * stats.length)))] as number;
  const tail = (1 - level) / 2;
  return { low: at(tail), high: at(1 - tail) };
}

function resampledMedian(values: readonly number[], random: () => number): number {
  return summarize(values.map(() => values[Math.floor(random() * values.length)] as number)).median;
}

/**
 * A percentile bootstrap interval for `compare(median of values, median of reference)`: each
 * side is resampled with replacement, 2,000 times by default. With the handful of runs a bench
 * can afford it says whether a difference is larger than the run-to-run noise: an interval that
 * holds 0 % (or 0 ms) cannot tell the two apart.
 */
export function bootstrapInterval(
  values: readonly number[],
  reference: readonly number[],
  compare: (median: number, referenceMedian: number) => number,
  options: BootstrapOptions = {},
): Interval {
  const a = values.filter(Number.isFinite);
  const b = reference.filter(Number.isFinite);
  if (a.length === 0 || b.length === 0) return { low: Number.NaN, high: Number.NaN };
  return bootstrap((random) => compare(resampledMedian(a, random), resampledMedian(b, random)), options);
}

/** The median of `combine(value, reference)` over the rounds where both are finite (and so is what it gives), with its bootstrap interval. */
function pairedMedian(
  values: readonly number[],
  reference: readonly number[],
  combine: (value: number, reference: number) => number,
  options: BootstrapOptions,
): Interval & { median: number } {
  const perRound: number[] = [];
  for (let i = 0; i < Math.min(values.length, reference.length); i++) {
    const v = values[i] as number;
    const r = reference[i] as number;
    if (!Number.isFinite(v) || !Number.isFinite(r)) continue;
    const c = combine(v, r);
    if (Number.isFinite(c)) perRound.push(c);
  }
  if (perRound.length === 0) return { median: Number.NaN, low: Number.NaN, high: Number.NaN };
  return { median: summarize(perRound).median, ...bootstrap((random) => resampledMedian(perRound, random), options) };
}

/**
 * The relative extra for runs taken in rounds (run i of each side in the same round,
 * interleaved): the median of the per-round ratios, with its bootstrap interval. Drift in the
 * machine's load moves both runs of a round alike, so pairing them cancels much of it. Rounds
 * where either run is missing (not finite) are left out.
 */
export function pairedExtra(
  values: readonly number[],
  reference: readonly number[],
  options: BootstrapOptions = {},
): Interval & { median: number } {
  return pairedMedian(values, reference, (v, r) => (r === 0 ? Number.NaN : v / r - 1), options);
}

/**
 * The absolute extra for runs taken in rounds (see pairedExtra): the median of the per-round
 * differences `value − reference`, in the values' unit, with its bootstrap interval. For parts
 * of a whole (one kind of trace event), where a ratio of small numbers would say little.
 */
export function pairedDifference(
  values: readonly number[],
  reference: readonly number[],
  options: BootstrapOptions = {},
): Interval & { median: number } {
  return pairedMedian(values, reference, (v, r) => v - r, options);
}

/** Student's t, two-sided 95 %, for 1–30 degrees of freedom; beyond that the normal's 1.96 is close enough. */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
  2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/**
 * The mean of a few independent estimates with its 95 % t interval. For the churn goal's blocks:
 * each block's paired extra comes from its own freshly launched browsers, so the spread between
 * blocks holds what a bootstrap over the rounds of one block cannot (docs/benchmarks.md,
 * "Intervals"). Fewer than two finite values give NaN bounds: one estimate says nothing of its spread.
 */
export function meanInterval(values: readonly number[]): Interval & { mean: number; n: number } {
  const v = values.filter(Number.isFinite);
  const n = v.length;
  const mean = n ? v.reduce((a, b) => a + b, 0) / n : Number.NaN;
  if (n < 2) return { mean, n, low: Number.NaN, high: Number.NaN };
  const sd = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  const half = (T_975[n - 2] ?? 1.96) * (sd / Math.sqrt(n));
  return { mean, n, low: mean - half, high: mean + half };
}

/** `items` in an order drawn from `random` (Fisher–Yates), leaving `items` as it was. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
