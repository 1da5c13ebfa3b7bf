import type { DiscoveryData } from './discoveryData.js';
import { DiscoveryError } from './DiscoveryError.js';

/** One metric strictly below, or strictly above, a threshold. */
export type MetricCondition = { metric: string; below: number } | { metric: string; above: number };

/**
 * Which cases are of interest: one metric condition, or several combined: `all` of them hold
 * (failure on every count) or `any` holds (failure on some count).
 *
 * @example
 * const failing: DiscoveryCondition = { metric: 'successRate', below: 0.05 };
 * const both: DiscoveryCondition = { all: [{ metric: 'successRate', below: 0.3 }, { metric: 'meanOrgTrust', below: 0.4 }] };
 */
export type DiscoveryCondition = MetricCondition | { all: MetricCondition[] } | { any: MetricCondition[] };

/** The metric conditions of `condition`, in order. */
export function metricConditions(condition: DiscoveryCondition): MetricCondition[] {
  return 'all' in condition ? condition.all : 'any' in condition ? condition.any : [condition];
}

/** The metrics `condition` reads, each once, in order. */
export function conditionMetrics(condition: DiscoveryCondition): string[] {
  return [...new Set(metricConditions(condition).map((c) => c.metric))];
}

/**
 * Whether a case meets `condition`, given its value of each metric (`valueOf`).
 *
 * @example
 * meetsCondition({ metric: 'successRate', below: 0.05 }, () => 0.01); // true
 */
export function meetsCondition(condition: DiscoveryCondition, valueOf: (metric: string) => number): boolean {
  const meets = (c: MetricCondition) => ('below' in c ? valueOf(c.metric) < c.below : valueOf(c.metric) > c.above);
  return 'any' in condition ? condition.any.some(meets) : metricConditions(condition).every(meets);
}

/**
 * Per case, 1 when it meets `condition` (each metric strictly below, or strictly above, its
 * threshold; combined with `all` or `any`), else 0. Throws `DiscoveryError` when the
 * condition selects no case or every case, naming the source, the condition and the range of
 * each metric found, since PRIM needs both kinds. Cost O(cases · metrics).
 *
 * @example
 * casesOfInterest(data, { metric: 'successRate', below: 0.3 }); // Uint8Array [0, 1, 1, 0, …]
 */
export function casesOfInterest(data: DiscoveryData, condition: DiscoveryCondition): Uint8Array {
  const metrics = conditionMetrics(condition);
  for (const metric of metrics) {
    if (data.values[metric] === undefined) throw new DiscoveryError(`${data.source}: the condition names metric "${metric}", which was not read`);
  }
  const n = data.values[metrics[0]].length;
  const y = new Uint8Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    y[i] = Number(meetsCondition(condition, (m) => data.values[m][i]));
    count += y[i];
  }
  if (count === 0 || count === n) {
    const what = count === 0 ? 'no case' : `every case (${count})`;
    const ranges = metrics.map((m) => {
      const values = data.values[m];
      let low = Infinity;
      let high = -Infinity;
      for (const v of values) {
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
      return `${m} ranges from ${short(low)} to ${short(high)}`;
    });
    throw new DiscoveryError(
      `${data.source}: ${conditionText(condition)} selects ${what}; ${ranges.join(', ')} over ${n} cases; ` +
        'expected a threshold that selects some cases but not all',
    );
  }
  return y;
}

function short(v: number): number {
  return Number(v.toPrecision(4));
}

/**
 * The condition in words, e.g. "successRate below 0.3" or "successRate below 0.3 and
 * meanOrgTrust below 0.4".
 */
export function conditionText(condition: DiscoveryCondition): string {
  const one = (c: MetricCondition) => ('below' in c ? `${c.metric} below ${c.below}` : `${c.metric} above ${c.above}`);
  return metricConditions(condition).map(one).join('any' in condition ? ' or ' : ' and ');
}
