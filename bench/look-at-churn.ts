/**
 * `npx tsx bench/look-at-churn.ts [bench-results/latest.json]`: looks again at the churn runs a
 * bench invocation kept (`churnSamples`), without running anything. For each configuration
 * against plain Chromium: the blocks' extras and their t interval (the goal's verdict), the
 * pooled per-round extra, the extra by whether it ran before or after the reference in its
 * round and by its place in the round, and the extra over the mean of both plain runs of its
 * round. See docs/benchmarks.md,
 * "How to read the table".
 */
import { readFile } from 'node:fs/promises';
import { lookAtChurn, type Reading } from './lib/churn-samples';
import { type BenchReport, signed } from './lib/report';
import { REFERENCE_SCENARIO, TWIN_SCENARIO } from './suites/churn-configs';

const pct = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '–' : `${signed(v * 100, 2)} %`);

async function main(): Promise<void> {
  const path = process.argv[2] ?? 'bench-results/latest.json';
  const report = JSON.parse(await readFile(path, 'utf8')) as BenchReport;
  const samples = (report.churnSamples ?? []).map((s) => ({ ...s, cpuMs: s.cpuMs ?? Number.NaN }));
  if (samples.length === 0) throw new Error(`${path} holds no churn runs (churnSamples)`);
  // `--only churn,churn-goal` runs the same configurations twice: their rounds cannot be told apart.
  if (new Set(samples.map((s) => `${s.block}:${s.round}:${s.scenario}`)).size < samples.length)
    throw new Error(`${path} holds two churn suites' runs (churn and churn-goal): look at one invocation of each`);
  process.stdout.write(`${path}: ${samples.length} churn runs, ${report.blocks} block(s) of ${report.runs} rounds\n`);
  for (const key of ['busyMs', 'cpuMs'] as Reading[]) {
    const heading = key === 'busyMs' ? 'Busy time' : "Main thread's CPU time";
    process.stdout.write(`\n${heading}, extra over plain Chromium:\n`);
    for (const look of lookAtChurn(samples, REFERENCE_SCENARIO, TWIN_SCENARIO, key)) {
      const { blocks, pooled, byOrder, byPosition, overBothPlain } = look;
      const positions = byPosition.map((p, i) => `${i + 1}: ${pct(p.extra)} (${p.rounds})`).join(', ');
      const lines = [
        `- ${look.scenario}`,
        `  blocks: ${blocks.extras.map((e) => pct(e)).join(', ')}; mean ${pct(blocks.mean)} (95 % t interval ${pct(blocks.low)} to ${pct(blocks.high)})`,
        `  pooled per round: ${pct(pooled.median)} (95 % interval ${pct(pooled.low)} to ${pct(pooled.high)})`,
        `  ran before the reference: ${pct(byOrder.before)} (${byOrder.rounds.before} rounds); after it: ${pct(byOrder.after)} (${byOrder.rounds.after} rounds)`,
        `  by its place in the round (rounds): ${positions}`,
      ];
      if (overBothPlain !== undefined) lines.push(`  over the mean of both plain runs: ${pct(overBothPlain)}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    }
  }
}

main().catch((err) => {
  process.stderr.write(`look-at-churn: ${err instanceof Error ? err.message : err}\n`);
  process.exit(1);
});
