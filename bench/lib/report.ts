import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Summary } from './stats';

/** One line of the benchmark table (and one object in the JSON). */
export interface Row {
  /** Issue #9 figure number and name, e.g. `1 bytes`. */
  figure: string;
  /** What was measured, e.g. `Vejviser, no-guide page`. */
  scenario: string;
  unit: string;
  value: Summary;
  /** The reference run of the same invocation this row is compared with, and its median. */
  reference?: { scenario: string; median: number };
  /** value.median / reference.median. */
  ratio?: number;
  /**
   * The goal, as text, and whether the median (or p95 where the goal says so) meets it;
   * `undecided` where the row's interval lies on both sides of the goal (`verdictAtMost`).
   */
  goal?: string;
  meets?: Verdict;
  note?: string;
}

/** Met, missed, or not told apart from the goal by the runs made. */
export type Verdict = boolean | 'undecided';

/** A goal "at most `limit`", judged by an interval: met only if all of it is within, missed only if none is. */
export function verdictAtMost(interval: { low: number; high: number }, limit: number): Verdict | undefined {
  if (!Number.isFinite(interval.low) || !Number.isFinite(interval.high)) return undefined;
  if (interval.high <= limit) return true;
  if (interval.low > limit) return false;
  return 'undecided';
}

/** A difference with its sign always written, as the notes print them: "+1.2", "−0.4" (a real minus). */
export function signed(v: number, digits = 1): string {
  return `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(digits)}`;
}

export function row(r: Omit<Row, 'ratio'>): Row {
  const ratio = r.reference && r.reference.median !== 0 ? r.value.median / r.reference.median : undefined;
  return { ...r, ratio };
}

function fmt(n: number | undefined, unit = ''): string {
  if (n === undefined || Number.isNaN(n)) return '–';
  const abs = Math.abs(n);
  const s = abs >= 100 ? n.toFixed(0) : abs >= 10 ? n.toFixed(1) : abs >= 1 ? n.toFixed(2) : n.toFixed(3);
  return unit ? `${s} ${unit}` : s;
}

/** A plain-text table: one line per row, aligned columns. */
export function formatTable(rows: readonly Row[]): string {
  const head = ['figure', 'scenario', 'median', 'p95', 'n', 'reference (median)', 'ratio', 'goal', 'ok'];
  const body = rows.map((r) => [
    r.figure,
    r.scenario,
    fmt(r.value.median, r.unit),
    fmt(r.value.p95, r.unit),
    String(r.value.n),
    r.reference ? `${r.reference.scenario} (${fmt(r.reference.median, r.unit)})` : '',
    r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
    r.goal ?? '',
    r.meets === undefined ? '' : r.meets === 'undecided' ? 'undecided' : r.meets ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/**
 * One churn run as measured, so an invocation can be looked into afterwards (which configuration
 * ran where in its round, in which block): the rows keep only summaries.
 */
export interface ChurnSample {
  block: number;
  round: number;
  /** Where in its round the configuration ran (0: first). */
  position: number;
  scenario: string;
  busyMs: number;
  /** NaN (written as null) when the renderer's schedstat could not be read. */
  cpuMs: number;
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  machine: { cpus: number; node: string; chromium: string; loadAverage: { before: number; after: number } };
  runs: number;
  /** How many blocks of freshly launched browsers the churn suites' rounds were split over. */
  blocks: number;
  rows: Row[];
  notes: string[];
  /** Every run of every churn configuration (`churn`, `churn-goal`), in the order they ran: the rows are computed from these. */
  churnSamples: ChurnSample[];
}

export async function writeJson(path: string, report: BenchReport): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
}
