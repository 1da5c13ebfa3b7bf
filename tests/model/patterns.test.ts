/**
 * The patterns of the design brief (§7) that the model reproduces, each a directional claim
 * over paired replications: both arms run with the same seeds (common random numbers), and
 * the paired mean difference with its 95% t-interval must lie on the claimed side of zero.
 * Every test prints its effect and interval; `docs/model.md` records them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pairedDifference, type PairedDifference } from '../../src/analysis/pairedDifference.js';
import { createInitialState } from '../../src/model/state/createInitialState.js';
import { applyTrustEvents, queueTrust } from '../../src/model/mechanisms/trust.js';
import { simulate, type SimulationResult } from '../../src/model/simulate.js';
import { createRng } from '../../src/random/rng.js';
import { normalizeScenario } from '../../src/scenario/normalizeScenario.js';
import { setScenarioPath } from '../../src/scenario/setScenarioPath.js';
import type { Scenario } from '../../src/scenario/types.js';

const REPLICATIONS = 30;

function preset(name: string): Scenario {
  const s = parse(readFileSync(new URL(`../../scenarios/${name}.yaml`, import.meta.url), 'utf8'));
  delete s.$schema;
  return s as Scenario;
}

function withValues(s: Scenario, values: Record<string, number | string>): Scenario {
  return Object.entries(values).reduce((acc, [path, v]) => setScenarioPath(acc, path, v), s);
}

/** Runs both arms with seeds 1..R and returns each arm's results, pair by pair. */
function pairedRuns(high: Scenario, low: Scenario, weeks = 260, replications = REPLICATIONS): { high: SimulationResult; low: SimulationResult }[] {
  const out = [];
  for (let seed = 1; seed <= replications; seed++) {
    out.push({ high: simulate(high, { seed, weeks }), low: simulate(low, { seed, weeks }) });
  }
  return out;
}

function effect(label: string, a: number[], b: number[]): PairedDifference {
  const d = pairedDifference(a, b);
  console.log(`${label}: ${d.meanDifference.toFixed(4)} [${d.ciLow.toFixed(4)}, ${d.ciHigh.toFixed(4)}] (n = ${d.n})`);
  return d;
}

const summaryOf = (runs: { high: SimulationResult; low: SimulationResult }[], metric: string) => ({
  high: runs.map((r) => r.high.summary[metric]),
  low: runs.map((r) => r.low.summary[metric]),
});

describe('patterns of the design brief (paired replications, 95% intervals)', () => {
  const safetyHouse = preset('safety-house');

  it('1. higher turnover lowers tie strength, sharing success and the success rate', () => {
    const runs = pairedRuns(withValues(safetyHouse, { staffStability: 0.1 }), withValues(safetyHouse, { staffStability: 0.9 }));
    for (const metric of ['meanTieStrength', 'sharingSuccessRate', 'successRate']) {
      const { high, low } = summaryOf(runs, metric);
      expect(effect(`pattern 1, high − low turnover, ${metric}`, high, low).ciHigh).toBeLessThan(0);
    }
  });

  it('2. one breach takes at least three successes to undo (λ⁻ = 3λ⁺)', () => {
    for (const start of [0.2, 0.5, 0.8]) {
      const state = createInitialState(normalizeScenario(withValues(safetyHouse, { mutualTrust: (start - 0.15) / 0.7 })), createRng(1));
      const n = state.params.orgCount;
      const before = state.trust[1 * n + 2];
      queueTrust(state, 1, 2, -1);
      applyTrustEvents(state);
      const after: number[] = [];
      for (let k = 0; k < 3; k++) {
        queueTrust(state, 1, 2, 1);
        applyTrustEvents(state);
        after.push(state.trust[1 * n + 2]);
      }
      expect(after[1]).toBeLessThan(before);
      expect(after[2]).toBeCloseTo(before, 12);
    }
  });

  it('3. a security-dominated narrative lowers acceptance and narrative fit for care, youth and education', () => {
    const runs = pairedRuns(withValues(safetyHouse, { sharedNarrative: 0 }), withValues(safetyHouse, { sharedNarrative: 1 }));
    for (const metric of ['commitmentAcceptanceCare', 'narrativeFitCare']) {
      const { high, low } = summaryOf(runs, metric);
      expect(effect(`pattern 3, security − inclusive narrative, ${metric}`, high, low).ciHigh).toBeLessThan(0);
    }
  });

  it('4. more staff with experience at other partners share signals across domains more often', () => {
    const runs = pairedRuns(withValues(safetyHouse, { crossExperience: 0.9 }), withValues(safetyHouse, { crossExperience: 0.1 }));
    const { high, low } = summaryOf(runs, 'sharingSuccessRate');
    expect(effect('pattern 4, high − low cross-experience, sharingSuccessRate', high, low).ciLow).toBeGreaterThan(0);
  });

  it('5. with scarce downstream capacity regie adds clearly less to the success rate', () => {
    const gain = (capacity: number) => {
      const base = withValues(safetyHouse, { downstreamCapacity: capacity });
      const runs = pairedRuns(withValues(base, { regie: 0.9 }), withValues(base, { regie: 0.1 }));
      return runs.map((r) => r.high.summary.successRate - r.low.summary.successRate);
    };
    const scarce = gain(0.05);
    const ample = gain(0.9);
    const d = effect('pattern 5, regie gain with ample − scarce capacity, successRate', ample, scarce);
    expect(d.ciLow).toBeGreaterThan(0);
  });

  it('6. networks need time: the year-3 cohort does better than the year-1 cohort, unless turnover is high and learning absent', () => {
    const cohortGain = (s: Scenario) => {
      const runs = Array.from({ length: REPLICATIONS }, (_, i) => simulate(s, { seed: i + 1 }));
      return [runs.map((r) => r.summary.successRateCohortYear3), runs.map((r) => r.summary.successRateCohortYear1)] as const;
    };
    const preset = effect('pattern 6, preset, year-3 − year-1 cohort, successRate', ...cohortGain(safetyHouse));
    expect(preset.ciLow).toBeGreaterThan(0);
    const churning = effect(
      'pattern 6, turnover 50%/yr without learning, year-3 − year-1 cohort, successRate',
      ...cohortGain(withValues(safetyHouse, { staffStability: 0, learning: 0 })),
    );
    expect(churning.ciLow).toBeLessThan(0);
    expect(churning.meanDifference).toBeLessThan(preset.ciLow);
  });

  it('7. one departure with poor handover in a network carried by one professional sharply cuts information flow; good handover softens it', () => {
    const base = withValues(preset('radicalisation-pga'), { 'organisations[municipality].staff': 1, 'phenomena.caseRate': 2 });
    const departing = (handover: number): Scenario => ({
      ...withValues(base, { 'organisations[municipality].handover': handover }),
      events: [{ week: 104, label: 'the coordinator leaves', set: { 'organisations[municipality].turnoverShock': 1 } }],
    });
    const flow = (r: SimulationResult, from: number, to: number) =>
      r.weekly.filter((w) => w.week >= from && w.week <= to).reduce((sum, w) => sum + w.signalsShared, 0);
    // A small network is cheap to run and its flows are small counts: 60 pairs.
    const runs = pairedRuns(departing(1), departing(0), 130, 60);
    const fall = effect(
      'pattern 7, poor handover, signals shared in the 26 weeks after − before the departure',
      runs.map((r) => flow(r.low, 105, 130)),
      runs.map((r) => flow(r.low, 79, 104)),
    );
    expect(fall.ciHigh).toBeLessThan(0);
    const softened = effect(
      'pattern 7, good − poor handover, signals shared in the 26 weeks after the departure',
      runs.map((r) => flow(r.high, 105, 130)),
      runs.map((r) => flow(r.low, 105, 130)),
    );
    expect(softened.ciLow).toBeGreaterThan(0);
  });

  it('8. a network that starts with higher trust has more first-year successes and keeps its trust lead for two years', () => {
    const runs = pairedRuns(withValues(safetyHouse, { mutualTrust: 0.8 }), withValues(safetyHouse, { mutualTrust: 0.2 }), 104);
    const resolved = (r: SimulationResult) => r.weekly.filter((w) => w.week <= 52).reduce((sum, w) => sum + w.casesResolved, 0);
    const d = effect('pattern 8, high − low initial trust, first-year casesResolved', runs.map((r) => resolved(r.high)), runs.map((r) => resolved(r.low)));
    expect(d.ciLow).toBeGreaterThan(0);
    const gap = (week: number) => runs.map((r) => r.high.weekly[week - 1].meanOrgTrust - r.low.weekly[week - 1].meanOrgTrust);
    const kept = effect('pattern 8, trust gap at week 104 − 0.9 × gap at week 1 (persistence)', gap(104), gap(1).map((g) => 0.9 * g));
    expect(kept.ciLow).toBeGreaterThan(0);
    const secondYear = effect('pattern 8, trust gap at week 104 − week 52 (no closing in year 2)', gap(104), gap(52));
    expect(secondYear.ciHigh).toBeGreaterThan(0);
  });

  it('9. with many partners and low goal alignment a coordinating office outperforms a shared network', () => {
    // Many partners: every safety-house partner split in two (19 partners with the office);
    // low alignment: the network goal is barely part of any partner's own task.
    const partners = safetyHouse.organisations!.flatMap((o) =>
      o.domain === 'coordination'
        ? [{ ...o, goalAlignment: 1 }]
        : [1, 2].map((k) => ({ ...o, id: `${o.id}-${k}`, name: `${o.name} ${k}`, staff: Math.max(1, Math.round((o.staff ?? 4) / 2)), goalAlignment: 0.15 })),
    );
    const many: Scenario = { ...safetyHouse, organisations: partners };
    const runs = pairedRuns(withValues(many, { 'network.form': 'nao' }), withValues(many, { 'network.form': 'shared' }));
    const { high, low } = summaryOf(runs, 'successRate');
    expect(effect('pattern 9, nao − shared, 19 partners with low goal alignment, successRate', high, low).ciLow).toBeGreaterThan(0);
  });
});
