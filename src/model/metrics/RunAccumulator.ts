import type { SimulationState } from '../state/SimulationState.js';
import { METRICS } from './catalogue.js';
import { newObservation, readObservation } from './Observation.js';
import { ratio } from './ratio.js';

/** One number per metric for a whole run, keyed by metric name (NaN where undefined). */
export type RunSummary = Record<string, number>;

/**
 * Builds a run's summary week by week, so that the weekly rows need not be kept: a loop over
 * the declarations in `METRICS`. Counts (`sum`) are summed; levels (`mean`) averaged over the
 * weeks in which they are defined (NaN if never); `last` metrics taken from the final week;
 * ratios recomputed from the run's totals at the end (so `successRate` is the run's share,
 * not a mean of weekly rates); `run` metrics computed from the final state. Sums are formed in
 * week order, so the summary is the same number for number as summing kept rows.
 *
 * @example
 * const acc = new RunAccumulator();
 * const o = newObservation();
 * const values = new Float64Array(METRICS.length);
 * // each week, after the mechanisms:
 * acc.add(observeWeek(state, o, values));
 * // at the end:
 * acc.summary(state).successRate;
 */
export class RunAccumulator {
  private readonly totals = new Float64Array(METRICS.length);
  /** Weeks in which each metric was defined (not NaN). */
  private readonly defined = new Float64Array(METRICS.length);
  /** The last week's values (copied: the caller reuses its buffer). */
  private readonly lastValues = new Float64Array(METRICS.length).fill(NaN);

  /** Takes one week's values, in catalogue order (`observeWeek`). */
  add(values: ArrayLike<number>): void {
    for (let i = 0; i < METRICS.length; i++) {
      const value = values[i];
      this.lastValues[i] = value;
      if (value === value) {
        this.totals[i] += value;
        this.defined[i]++;
      }
    }
  }

  /** The summary of the weeks added so far, from `state` at the end of the last of them. */
  summary(state: SimulationState): RunSummary {
    const s: RunSummary = {};
    const o = readObservation(state, newObservation());
    for (let i = 0; i < METRICS.length; i++) {
      const metric = METRICS[i];
      switch (metric.aggregation) {
        case 'sum':
          s[metric.name] = this.totals[i];
          break;
        case 'mean':
          s[metric.name] = ratio(this.totals[i], this.defined[i]);
          break;
        case 'last':
          s[metric.name] = this.lastValues[i];
          break;
        case 'ratio':
          s[metric.name] = ratio(metric.numerator!(state, o), metric.denominator!(state, o));
          break;
        case 'run':
          s[metric.name] = metric.observe(state, o);
          break;
      }
    }
    return s;
  }
}
