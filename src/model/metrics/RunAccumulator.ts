import type { Counters } from '../state/Counters.js';
import { METRICS, WEEKLY_METRIC_NAMES } from './catalogue.js';
import { ratio, successRate, type WeeklyRow } from './observeWeek.js';

/** One number per metric for a whole run, keyed by metric name. */
export type RunSummary = Record<string, number>;

const COLUMNS = ['week', ...WEEKLY_METRIC_NAMES];

/**
 * Builds a run's summary week by week, so that the weekly rows need not be kept (a sweep
 * that asks for no weekly rows lets each row die young). Counts are summed, levels averaged
 * over the weeks, `last` metrics taken from the final week, and ratios recomputed from the
 * run's totals (so `successRate` is resolved / ended over the whole run, not a mean of weekly
 * rates). Sums are formed in week order, so the summary is the same number for number as
 * summing kept rows.
 *
 * @example
 * const acc = new RunAccumulator();
 * for (const row of weekly) acc.add(row);
 * acc.summary(state.total, state.cohorts).successRate;
 */
export class RunAccumulator {
  private readonly totals = new Float64Array(COLUMNS.length);
  /** The last row's values, in column order (rows may be reused, so they are copied). */
  private readonly lastValues = new Float64Array(COLUMNS.length);
  private weeks = 0;
  private readonly firstYear = { resolved: 0, closedWithoutEffect: 0, escalated: 0 };
  private readonly fromYear3 = { resolved: 0, closedWithoutEffect: 0, escalated: 0 };

  /** Takes one week's row (rows have the columns `week` and the weekly metrics, in order). */
  add(row: WeeklyRow): void {
    // `for … in` over a row walks its keys in column order without allocating (V8's enum cache).
    let i = 0;
    for (const key in row) {
      const value = row[key];
      this.totals[i] += value;
      this.lastValues[i] = value;
      i++;
    }
    this.weeks++;
    const window = row.week <= 52 ? this.firstYear : row.week >= 105 ? this.fromYear3 : undefined;
    if (window) {
      window.resolved += row.casesResolved;
      window.closedWithoutEffect += row.casesClosedWithoutEffect;
      window.escalated += row.casesEscalated;
    }
  }

  /** The summary of the weeks added so far, with the run's counters and arrival cohorts. */
  summary(total: Counters, cohorts: { ended: number[]; resolved: number[] } = { ended: [], resolved: [] }): RunSummary {
    const s: RunSummary = {};
    const last = this.weeks > 0 ? this.lastValues : undefined;
    const column = (name: string): number => COLUMNS.indexOf(name);
    for (const metric of METRICS) {
      if (!metric.weekly) continue;
      const sum = this.totals[column(metric.name)];
      if (metric.aggregation === 'sum') s[metric.name] = sum;
      else if (metric.aggregation === 'mean') s[metric.name] = ratio(sum, this.weeks);
      else s[metric.name] = last ? last[column(metric.name)] : 0;
    }
    s.successRateFirstYear = successRate(this.firstYear);
    s.successRateFromYear3 = successRate(this.fromYear3);
    s.successRateCohortYear1 = ratio(cohorts.resolved[0] ?? 0, cohorts.ended[0] ?? 0);
    s.successRateCohortYear3 = ratio(cohorts.resolved[2] ?? 0, cohorts.ended[2] ?? 0);
    s.finalOrgTrust = last ? last[column('meanOrgTrust')] : 0;
    s.finalTieStrength = last ? last[column('meanTieStrength')] : 0;
    s.meanUrgency = s.urgency;
    s.successRate = successRate(total);
    s.sharingSuccessRate = ratio(total.signalsShared, total.signalsShared + total.signalsRefused.reduce((a, b) => a + b, 0));
    s.meanWeeksToRecognition = ratio(total.weeksToRecognition, total.recognised);
    s.meanWeeksToResolution = ratio(total.weeksToResolution, total.resolved);
    const ordered: RunSummary = {};
    for (const metric of METRICS) ordered[metric.name] = s[metric.name];
    return ordered;
  }
}
