/**
 * The shared instrument of the pattern suite: presets, paired runs with common random numbers
 * (both arms run with the same seeds 1..R), effect reporting, and the three kinds of claim.
 *
 * - **Directional**: the paired mean difference's 95% Student-t interval lies on the claimed
 *   side of 0 (`expectIncrease`, `expectDecrease`).
 * - **No effect / adds little**: paired TOST (`equivalenceTest`, α = 0.05, so a 90% interval)
 *   with a margin δ declared next to the claim with its reason (`expectNoEffect`). Where the
 *   evidence only bounds one side ("never lower", "at least"), the one-sided half of the TOST
 *   with its margin (`expectNotBelow`, `expectNotAbove`: the 90% bound beyond −δ or below δ,
 *   a one-sided test at α = 0.05).
 * - **Deterministic** facts are plain `expect`s in the test files, never dressed as statistics.
 *
 * Every claim prints one line: `[claim | preset] metric, contrast: effect [low, high] (interval,
 * n) → verdict`. Seeds are 1..R, so `simulate(scenario, { seed })` rebuilds any pair.
 */
import { KNOWN_GAPS } from './knownGaps.js';
import { expect } from 'vitest';
import { equivalenceTest } from '../../../src/analysis/equivalenceTest.js';
import { pairedDifference } from '../../../src/analysis/pairedDifference.js';
import type { Mechanism } from '../../../src/model/Mechanism.js';
import { simulate, type SimulationResult } from '../../../src/model/simulate.js';
import type { WeeklyRow } from '../../../src/model/metrics/observeWeek.js';
import { loadPreset } from '../../../src/scenario/loadPreset.js';
import { setScenarioPath } from '../../../src/scenario/setScenarioPath.js';
import type { Scenario } from '../../../src/scenario/types.js';

/** The regional presets every pattern runs on where it applies (national is not regional). */
export const PRESETS = ['safety-house', 'top600', 'riec', 'radicalisation-pga', 'ad-hoc'] as const;
export type PresetName = (typeof PRESETS)[number];

/** Paired seeds per claim by default. */
export const REPLICATIONS = 30;

/**
 * Paired seeds for a preset: the radicalisation approach sees about 0.4 cases a week (about 100
 * in five years), so its rates are small-count rates and get twice the seeds.
 */
export const replicationsFor = (name: PresetName): number => (name === 'radicalisation-pga' ? 2 * REPLICATIONS : REPLICATIONS);

/** A regional preset as a plain scenario (a fresh copy each call). */
export function preset(name: string): Scenario {
  return loadPreset(name);
}

/** `s` with each path set (paths as in `setScenarioPath`: a precondition name or a full path). */
/**
 * The preset's network as a new one: the same settings without the warm-up that gives an
 * established preset its history (`warmUpWeeks` 0). Patterns about a network's first years
 * (6, 8, SF9) concern networks that start now.
 */
export function newNetwork(s: Scenario): Scenario {
  return { ...s, warmUpWeeks: 0 };
}

export function withValues(s: Scenario, values: Record<string, number | string>): Scenario {
  return Object.entries(values).reduce((acc, [path, v]) => setScenarioPath(acc, path, v), s);
}

/** `s` with the same field set on every organisation (e.g. `handover`), optionally only some. */
export function withEveryOrganisation(s: Scenario, field: string, value: number, only: (domain: string) => boolean = () => true): Scenario {
  return withValues(s, Object.fromEntries((s.organisations ?? []).filter((o) => only(o.domain)).map((o) => [`organisations[${o.id}].${field}`, value])));
}

/** One arm of a paired comparison: a scenario and optionally its own weekly schedule. */
export interface Arm {
  scenario: Scenario;
  /** A fresh schedule per run (mechanisms that observe keep per-run state). */
  mechanisms?: () => readonly Mechanism[];
}

export interface RunOptions {
  weeks?: number;
  replications?: number;
  /** Keep the weekly rows (default true). */
  weekly?: boolean;
}

/** Runs every arm with seeds 1..R (common random numbers); result[arm][replicate]. */
export function runArms(arms: (Scenario | Arm)[], options: RunOptions = {}): SimulationResult[][] {
  const { weeks, replications = REPLICATIONS, weekly = true } = options;
  return arms.map((arm) => {
    const { scenario, mechanisms } = 'scenario' in arm ? arm : { scenario: arm, mechanisms: undefined };
    return Array.from({ length: replications }, (_, i) => simulate(scenario, { seed: i + 1, weeks, weekly, mechanisms: mechanisms?.() }));
  });
}

/** Runs two arms with seeds 1..R and returns each arm's results. */
export function pairedRuns(a: Scenario | Arm, b: Scenario | Arm, options: RunOptions = {}): { a: SimulationResult[]; b: SimulationResult[] } {
  const [ra, rb] = runArms([a, b], options);
  return { a: ra, b: rb };
}

/** One summary metric of every run. */
export const metricOf = (runs: SimulationResult[], metric: string): number[] => runs.map((r) => r.summary[metric]);

/** Sum of one weekly count over weeks `from`..`to` (inclusive, 1-based). */
export function weeklySum(r: SimulationResult, field: keyof WeeklyRow, from: number, to: number): number {
  let sum = 0;
  for (const w of r.weekly) if (w.week >= from && w.week <= to) sum += w[field] as number;
  return sum;
}

/** Success rate of the cases that ended in weeks `from`..`to`: resolved / ended (0 when none ended). */
export function successRateOver(r: SimulationResult, from: number, to: number): number {
  const resolved = weeklySum(r, 'casesResolved', from, to);
  const ended = resolved + weeklySum(r, 'casesClosedWithoutEffect', from, to) + weeklySum(r, 'casesEscalated', from, to);
  return ended > 0 ? resolved / ended : 0;
}

/** Sharing success of the attempts in weeks `from`..`to`: shared / (shared + refused) (0 without attempts). */
export function sharingRateOver(r: SimulationResult, from: number, to: number): number {
  const shared = weeklySum(r, 'signalsShared', from, to);
  const attempts = shared + weeklySum(r, 'signalsRefused', from, to);
  return attempts > 0 ? shared / attempts : 0;
}

const fmt = (x: number): string => (Math.abs(x) >= 100 ? x.toFixed(1) : Math.abs(x) >= 1 ? x.toFixed(3) : x.toFixed(4));

/**
 * Prints one claim line and settles the claim: a claim that holds passes; one that fails fails
 * the test — unless it is listed in `KNOWN_GAPS` (the claims today's model does not meet, each
 * with its reason), where it is printed as a known gap and the test passes. A listed claim that
 * now holds fails the test, so that the list is kept true.
 */
function report(claim: string, what: string, mean: number, low: number, high: number, interval: string, n: number, verdict: boolean, expected: string): void {
  const key = `${claim} | ${what}`;
  const gap = KNOWN_GAPS.get(key);
  const outcome = verdict ? 'holds' : gap ? 'FAILS (known gap)' : 'FAILS';
  console.log(`[${claim}] ${what}: ${fmt(mean)} [${fmt(low)}, ${fmt(high)}] (${interval}, n = ${n}) claim ${expected} → ${outcome}`);
  if (gap && verdict) throw new Error(`"${key}" is listed in KNOWN_GAPS but now holds: remove it from tests/model/patterns/knownGaps.ts`);
}

/** Whether a claim's failure is a listed known gap (its assertion is then skipped). */
const isKnownGap = (claim: string, what: string): boolean => KNOWN_GAPS.has(`${claim} | ${what}`);

/** Directional claim a − b > 0: the 95% paired t-interval lies above 0. */
export function expectIncrease(claim: string, what: string, a: number[], b: number[]): void {
  const d = pairedDifference(a, b);
  report(claim, what, d.meanDifference, d.ciLow, d.ciHigh, '95%', d.n, d.ciLow > 0, '> 0');
  if (!isKnownGap(claim, what)) expect(d.ciLow, `${claim}: ${what} should be > 0`).toBeGreaterThan(0);
}

/** Directional claim a − b < 0: the 95% paired t-interval lies below 0. */
export function expectDecrease(claim: string, what: string, a: number[], b: number[]): void {
  const d = pairedDifference(a, b);
  report(claim, what, d.meanDifference, d.ciLow, d.ciHigh, '95%', d.n, d.ciHigh < 0, '< 0');
  if (!isKnownGap(claim, what)) expect(d.ciHigh, `${claim}: ${what} should be < 0`).toBeLessThan(0);
}

/** A margin of a "no effect" claim in the metric's units, with the reason it was chosen. */
export interface Margin {
  delta: number;
  reason: string;
}

/** "No effect" claim: TOST at α = 0.05, the 90% interval of a − b inside (−δ, δ). */
export function expectNoEffect(claim: string, what: string, a: number[], b: number[], margin: Margin): void {
  const t = equivalenceTest(a, b, margin.delta);
  report(claim, what, t.meanDifference, t.ciLow, t.ciHigh, `90%, TOST, δ = ${margin.delta}`, t.n, t.equivalent, `within ±${margin.delta}`);
  if (!isKnownGap(claim, what)) expect(t.equivalent, `${claim}: ${what} should lie within ±${margin.delta} (${margin.reason})`).toBe(true);
}

/** "Not lower" claim: one-sided half of the TOST, the 90% interval's lower end above −δ. */
export function expectNotBelow(claim: string, what: string, a: number[], b: number[], margin: Margin): void {
  const t = equivalenceTest(a, b, margin.delta);
  report(claim, what, t.meanDifference, t.ciLow, t.ciHigh, `90%, one-sided, δ = ${margin.delta}`, t.n, t.ciLow > -margin.delta, `> −${margin.delta}`);
  if (!isKnownGap(claim, what)) expect(t.ciLow, `${claim}: ${what} should be > −${margin.delta} (${margin.reason})`).toBeGreaterThan(-margin.delta);
}

/** "Not higher" claim: one-sided half of the TOST, the 90% interval's upper end below δ. */
export function expectNotAbove(claim: string, what: string, a: number[], b: number[], margin: Margin): void {
  const t = equivalenceTest(a, b, margin.delta);
  report(claim, what, t.meanDifference, t.ciLow, t.ciHigh, `90%, one-sided, δ = ${margin.delta}`, t.n, t.ciHigh < margin.delta, `< ${margin.delta}`);
  if (!isKnownGap(claim, what)) expect(t.ciHigh, `${claim}: ${what} should be < ${margin.delta} (${margin.reason})`).toBeLessThan(margin.delta);
}

/** Elementwise a − b (for differences of differences, e.g. interactions). */
export const minus = (a: number[], b: number[]): number[] => a.map((x, i) => x - b[i]);

/** An array of `n` copies of `value` (a one-sample claim as a paired one against a constant). */
export const constant = (value: number, n: number): number[] => Array.from({ length: n }, () => value);

/** A value computed on first use and kept (paired runs shared by several `it`s of a file). */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/** SF8's metrics and preconditions (shared by its own file and the sampled parameter sets). */
export const SF8_METRICS = ['sharingSuccessRate', 'commitmentAcceptance', 'successRate'] as const;
export const SF8_PRECONDITIONS = ['perspectiveTaking', 'crossExperience'] as const;
