import type { Counters } from '../state/Counters.js';
import { METRICS } from './catalogue.js';
import { ratio, successRate, type WeeklyRow } from './observeWeek.js';

/** One number per metric for a whole run, keyed by metric name. */
export type RunSummary = Record<string, number>;

/**
 * Turns a run's weekly rows into its summary: counts summed, levels averaged over the weeks,
 * `last` metrics from the final week, and ratios recomputed from the run's totals (so
 * `successRate` is resolved / ended over the whole run, not a mean of weekly rates).
 */
export function summariseRun(
  weekly: readonly WeeklyRow[],
  total: Counters,
  cohorts: { ended: number[]; resolved: number[] } = { ended: [], resolved: [] },
): RunSummary {
  const summary: RunSummary = {};
  const last = weekly[weekly.length - 1];
  const columns = last ? Object.keys(last) : [];
  const totals = new Float64Array(columns.length);
  for (const row of weekly) {
    const values = Object.values(row);
    for (let i = 0; i < values.length; i++) totals[i] += values[i];
  }
  for (const metric of METRICS) {
    if (!metric.weekly) continue;
    const i = columns.indexOf(metric.name);
    const total = i >= 0 ? totals[i] : 0;
    if (metric.aggregation === 'sum') summary[metric.name] = total;
    else if (metric.aggregation === 'mean') summary[metric.name] = ratio(total, weekly.length);
    else summary[metric.name] = last ? last[metric.name] : 0;
  }
  summary.successRateFirstYear = windowSuccessRate(weekly, 1, 52);
  summary.successRateFromYear3 = windowSuccessRate(weekly, 105, Infinity);
  summary.successRateCohortYear1 = ratio(cohorts.resolved[0] ?? 0, cohorts.ended[0] ?? 0);
  summary.successRateCohortYear3 = ratio(cohorts.resolved[2] ?? 0, cohorts.ended[2] ?? 0);
  summary.finalOrgTrust = last ? last.meanOrgTrust : 0;
  summary.finalTieStrength = last ? last.meanTieStrength : 0;
  summary.meanUrgency = summary.urgency;
  summary.successRate = successRate(total);
  summary.sharingSuccessRate = ratio(total.signalsShared, total.signalsShared + total.signalsRefused.reduce((a, b) => a + b, 0));
  summary.meanWeeksToRecognition = ratio(total.weeksToRecognition, total.recognised);
  summary.meanWeeksToResolution = ratio(total.weeksToResolution, total.resolved);
  const ordered: RunSummary = {};
  for (const metric of METRICS) ordered[metric.name] = summary[metric.name];
  return ordered;
}

/** Success rate of the cases that ended in weeks `from`..`to` (inclusive). */
export function windowSuccessRate(weekly: readonly WeeklyRow[], from: number, to: number): number {
  let resolved = 0;
  let closedWithoutEffect = 0;
  let escalated = 0;
  for (const row of weekly) {
    if (row.week < from || row.week > to) continue;
    resolved += row.casesResolved;
    closedWithoutEffect += row.casesClosedWithoutEffect;
    escalated += row.casesEscalated;
  }
  return successRate({ resolved, closedWithoutEffect, escalated });
}
