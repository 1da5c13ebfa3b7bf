/** Small, fixed inputs for the chart tests (no randomness: values are formulas of the indices). */
import type { MorrisRow, OatEffectRow, RunRow, SobolRow, SweepWeeklyRow, TrustMatrix, WeeklyRow } from '../../src/charts/chartInputs.js';
import type { DescribeMetric } from '../../src/charts/describeMetric.js';

export const describeMetric: DescribeMetric = (name) =>
  name === 'successRate' ? { label: 'Success rate', unit: 'share of closed cases' } : { label: name, unit: '' };

export const metadata = { seed: 42, version: '0.1.0', source: 'results/test' };

/** One run, 10 weeks. */
export const singleRun: WeeklyRow[] = Array.from({ length: 10 }, (_, i) => ({ week: i + 1, successRate: 0.3 + 0.02 * i }));

/** 3 manpower levels × 4 replicates × 8 weeks. */
export const sweepWeekly: SweepWeeklyRow[] = [0.5, 1, 1.5].flatMap((manpower, point) =>
  [0, 1, 2, 3].flatMap((replicate) =>
    Array.from({ length: 8 }, (_, i) => ({
      run: point * 4 + replicate,
      point,
      replicate,
      week: i + 1,
      manpower,
      successRate: 0.3 + 0.1 * manpower + 0.01 * i + 0.02 * Math.sin(replicate * 3 + i),
    })),
  ),
);

/** A 3 × 2 grid over manpower and trust, 3 replicates each; run 4 failed. */
export const runRows: RunRow[] = [0.5, 1, 1.5].flatMap((manpower, a) =>
  [0.2, 0.8].flatMap((trust, b) =>
    [0, 1, 2].map((replicate) => {
      const run = (a * 2 + b) * 3 + replicate;
      return {
        run,
        point: a * 2 + b,
        replicate,
        seed: 100 + run,
        status: run === 4 ? ('failed' as const) : ('ok' as const),
        manpower,
        trust,
        successRate: 0.2 + 0.2 * manpower + 0.1 * trust + 0.01 * replicate,
      };
    }),
  ),
);

export const oatRows: OatEffectRow[] = [
  { metric: 'successRate', factor: 'trust', low: 0.2, high: 0.8, effect: 0.05, effectLow: 0.03, effectHigh: 0.07, standardized: 0.5, rank: 2 },
  { metric: 'successRate', factor: 'caseload', low: 20, high: 60, effect: -0.09, effectLow: -0.12, effectHigh: -0.06, standardized: -0.9, rank: 1 },
  { metric: 'successRate', factor: 'regie', low: 'none', high: 'strong', effect: 0.01, effectLow: -0.01, effectHigh: 0.03, standardized: 0.1, rank: 3 },
  { metric: 'throughput', factor: 'trust', low: 0.2, high: 0.8, effect: 1, effectLow: 0.5, effectHigh: 1.5, standardized: 0.2, rank: 1 },
];

export const sobolRows: SobolRow[] = [
  { metric: 'successRate', factor: 'trust', S1: 0.2, S1Low: 0.15, S1High: 0.25, ST: 0.3, STLow: 0.25, STHigh: 0.35, distinguishable: null },
  { metric: 'successRate', factor: 'manpower', S1: 0.5, S1Low: 0.45, S1High: 0.55, ST: 0.6, STLow: 0.55, STHigh: 0.65, distinguishable: null },
  { metric: 'successRate', factor: 'regie', S1: -0.01, S1Low: -0.04, S1High: 0.02, ST: 0.02, STLow: 0, STHigh: 0.04, distinguishable: null },
];

export const morrisRows: MorrisRow[] = [
  { metric: 'successRate', factor: 'trust', mu: 0.1, muStar: 0.12, sigma: 0.05, muStarLow: 0.1, muStarHigh: 0.14, distinguishable: null },
  { metric: 'successRate', factor: 'manpower', mu: 0.2, muStar: 0.2, sigma: 0.02, muStarLow: 0.17, muStarHigh: 0.23, distinguishable: null },
  { metric: 'successRate', factor: 'regie', mu: 0, muStar: 0.01, sigma: 0.01, muStarLow: 0.005, muStarHigh: 0.015, distinguishable: null },
];

export const trustMatrix: TrustMatrix = {
  ids: ['police', 'om', 'municipality'],
  names: ['Police', 'Public Prosecution', 'Municipality'],
  matrix: [
    [1, 0.4, 0.6],
    [0.7, 1, 0.3],
    [0.5, 0.2, 1],
  ],
};

/** Deep-freezes a value so a test proves a builder does not mutate its input. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
