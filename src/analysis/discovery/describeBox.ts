import type { FactorLimit, PrimBox } from './primBox.js';

/**
 * A box read in plain words: the conditions it sets, what share of the cases of interest it
 * holds (coverage), what share of its cases are of interest (density), and how much of the
 * space it is (mass). Numbers to 3 significant digits; box limits include their ends.
 *
 * @example
 * describeBox(box, 'successRate below 0.3', 'runs');
 * // 'successRate below 0.3 where staffStability ≤ 0.35 and regie ≤ 0.4: this box holds 78% of
 * //  those runs (coverage); 91% of the runs in it meet the condition (density); it is 12% of all runs'
 */
export function describeBox(box: PrimBox, condition: string, cases = 'cases'): string {
  const rules = box.limits.filter((l) => l.restricted).map(describeLimit);
  const where = rules.length === 0 ? 'anywhere (no factor restricted)' : `where ${rules.join(' and ')}`;
  return (
    `${condition} ${where}: this box holds ${percent(box.coverage)} of those ${cases} (coverage); ` +
    `${percent(box.density)} of the ${cases} in it meet the condition (density); it is ${percent(box.mass)} of all ${cases}`
  );
}

/** One factor's restriction in words: "x ≤ 0.35", "0.2 ≤ x ≤ 0.6", "x ≥ 0.6" or "g is a or b". */
export function describeLimit(limit: FactorLimit): string {
  if (limit.categories !== null) return `${limit.factor} is ${limit.categories.join(' or ')}`;
  const low = limit.qpLow !== null;
  const high = limit.qpHigh !== null;
  if (low && high) return `${number(limit.low!)} ≤ ${limit.factor} ≤ ${number(limit.high!)}`;
  if (low) return `${limit.factor} ≥ ${number(limit.low!)}`;
  return `${limit.factor} ≤ ${number(limit.high!)}`;
}

function number(v: number): string {
  return String(Number(v.toPrecision(3)));
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
