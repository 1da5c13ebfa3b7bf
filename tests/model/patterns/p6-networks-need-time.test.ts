/**
 * Pattern 6 and SF3 (first part): networks need time. With the preset's preconditions the
 * success rate of the cases that arrived in year 3 exceeds that of the year-1 cohort (trust,
 * ties and perspective-taking accumulate); with high turnover and no learning
 * (`staffStability` 0, `learning` 0) there is no such gain, and the gain is smaller than with
 * the preset (instability removes it). Applies to every preset.
 */
import { describe, it } from 'vitest';
import { newNetwork, expectIncrease, expectNotAbove, lazy, metricOf, minus, preset, PRESETS, replicationsFor, runArms, withValues } from './harness.js';

/**
 * Margin of "no gain" under churn: 0.02 of success rate. A cohort holds about 20 (radicalisation)
 * to 150 cases, so a gain below two points is within what one extra success per cohort makes;
 * it is also a tenth of the lowest preset success rate (about 0.2).
 */
const NO_GAIN = { delta: 0.02, reason: 'two points of success rate: one success per cohort, a tenth of the lowest preset rate' };

describe.each(PRESETS)('pattern 6 on %s: networks need time', (name) => {
  const s = newNetwork(preset(name)); // a network that starts now
  const arms = lazy(() => {
    const [stable, churning] = runArms([s, withValues(s, { staffStability: 0, learning: 0 })], { replications: replicationsFor(name), weekly: false });
    const gain = (runs: typeof stable) => minus(metricOf(runs, 'successRateCohortYear3'), metricOf(runs, 'successRateCohortYear1'));
    return { stable: gain(stable), churning: gain(churning), stableYear3: metricOf(stable, 'successRateCohortYear3'), stableYear1: metricOf(stable, 'successRateCohortYear1') };
  });
  it('with the preset, the year-3 cohort does better than the year-1 cohort', () => {
    const { stableYear3, stableYear1 } = arms();
    expectIncrease(`pattern 6 | ${name}`, 'successRate, year-3 − year-1 cohort, preset', stableYear3, stableYear1);
  });
  it('with turnover 50%/yr and no learning, the year-3 cohort does not do better (one-sided, δ = 0.02)', () => {
    const { churning } = arms();
    expectNotAbove(`pattern 6 | ${name}`, 'successRate, year-3 − year-1 cohort, churning without learning', churning, churning.map(() => 0), NO_GAIN);
  });
  it('instability removes the gain: preset gain − churning gain > 0', () => {
    const { stable, churning } = arms();
    expectIncrease(`pattern 6 / SF3 | ${name}`, 'successRate year-3 − year-1 gain, preset − churning', stable, churning);
  });
});
