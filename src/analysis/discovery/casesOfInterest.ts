import type { DiscoveryData } from './discoveryData.js';
import { DiscoveryError } from './DiscoveryError.js';

/** Which cases are of interest: those whose metric lies below or above a threshold (strictly). */
export type DiscoveryCondition = { metric: string; below: number } | { metric: string; above: number };

/**
 * Per case, 1 when it meets `condition` (metric strictly below, or strictly above, the
 * threshold), else 0. Throws `DiscoveryError` when the threshold selects no case or every
 * case, naming the source, the condition and the range of values found, since PRIM needs
 * both kinds. Cost O(cases).
 *
 * @example
 * casesOfInterest(data, { metric: 'successRate', below: 0.3 }); // Uint8Array [0, 1, 1, 0, …]
 */
export function casesOfInterest(data: DiscoveryData, condition: DiscoveryCondition): Uint8Array {
  const values = data.values;
  const y = new Uint8Array(values.length);
  let count = 0;
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    y[i] = Number('below' in condition ? v < condition.below : v > condition.above);
    count += y[i];
    low = Math.min(low, v);
    high = Math.max(high, v);
  }
  if (count === 0 || count === values.length) {
    const what = count === 0 ? 'no case' : `every case (${count})`;
    throw new DiscoveryError(
      `${data.source}: ${conditionText(condition)} selects ${what}; ${data.metric} ranges from ${short(low)} to ${short(high)} over ` +
        `${values.length} cases; expected a threshold that selects some cases but not all`,
    );
  }
  return y;
}

function short(v: number): number {
  return Number(v.toPrecision(4));
}

/** The condition in words, e.g. "successRate below 0.3". */
export function conditionText(condition: DiscoveryCondition): string {
  return 'below' in condition ? `${condition.metric} below ${condition.below}` : `${condition.metric} above ${condition.above}`;
}
