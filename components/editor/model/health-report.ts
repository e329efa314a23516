import type { HealthCounters } from './library';

/** What is POSTed to the policy's `healthReportUrl`: anonymous counts, nothing about anyone. */
export interface HealthReport {
  format: 'vejviser/health-report@1';
  /** ISO time the report was made. */
  sentAt: string;
  counts: { guide: string; step: string; outcome: 'found' | 'not-found'; count: number }[];
}

/** Totals already reported, per `guideId/stepId`. */
export type ReportedTotals = Record<string, { found: number; notFound: number }>;

/**
 * The counts since the last successful report (so a receiver can simply add them up), and the
 * totals to remember once this report is delivered. Counters that went down (reset) count afresh.
 */
export function healthReport(
  counters: readonly HealthCounters[],
  reported: ReportedTotals,
  now: Date,
): { report: HealthReport | null; totals: ReportedTotals } {
  const counts: HealthReport['counts'] = [];
  const totals: ReportedTotals = {};
  for (const c of counters) {
    const key = `${c.guideId}/${c.stepId}`;
    const before = reported[key] ?? { found: 0, notFound: 0 };
    const found = c.found >= before.found ? c.found - before.found : c.found;
    const notFound = c.notFound >= before.notFound ? c.notFound - before.notFound : c.notFound;
    if (found > 0) counts.push({ guide: c.guideId, step: c.stepId, outcome: 'found', count: found });
    if (notFound > 0) counts.push({ guide: c.guideId, step: c.stepId, outcome: 'not-found', count: notFound });
    totals[key] = { found: c.found, notFound: c.notFound };
  }
  return {
    report: counts.length ? { format: 'vejviser/health-report@1', sentAt: now.toISOString(), counts } : null,
    totals,
  };
}
