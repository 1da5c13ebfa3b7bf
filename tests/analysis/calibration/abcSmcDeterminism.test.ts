import { describe, expect, it } from 'vitest';
import { abcGeneration } from '../../../src/analysis/calibration/abcGeneration.js';
import { abcSmc, abcStopReason } from '../../../src/analysis/calibration/abcSmc.js';
import { ABC_DEFAULTS, type AbcGeneration, type AbcSetup, type AbcSimulator } from '../../../src/analysis/calibration/AbcSetup.js';
import { abcSettings } from '../../../src/analysis/calibration/abcSettings.js';
import { integerPrior } from '../../../src/analysis/calibration/integerPrior.js';
import { posteriorSummary } from '../../../src/analysis/calibration/posteriorSummary.js';
import { truncatedNormalPrior } from '../../../src/analysis/calibration/truncatedNormalPrior.js';
import { uniformPrior } from '../../../src/analysis/calibration/uniformPrior.js';
import { normalMean } from './normalMean.js';

const SEED = 20_261_202;
// two continuous parameters and an integer one, three targets: every kernel path is used
const setup: AbcSetup = Object.freeze({
  parameters: Object.freeze([
    { name: 'mu1', prior: truncatedNormalPrior(0, 2, -10, 10) },
    { name: 'mu2', prior: uniformPrior(-5, 5) },
    { name: 'k', prior: integerPrior(0, 6) },
  ]),
  targets: Object.freeze([{ observed: 1.5, scale: 0.5 }, { observed: -2, scale: 1 }, { observed: 2.2, scale: 1 }]),
  population: 100,
  seed: SEED,
  generations: 5,
});

const simulate: AbcSimulator = async (batch) =>
  batch.map((p) => [normalMean(p.theta[0], 1, 4, p.seed), normalMean(p.theta[1], 3, 9, p.seed + 1), normalMean(p.theta[2], 2, 4, p.seed + 2)]);

/** The same simulations, computed last to first with a pause between, as workers finishing out of order would. */
const shuffledWorkers: AbcSimulator = async (batch) => {
  const out: number[][] = new Array(batch.length);
  for (let i = batch.length - 1; i >= 0; i--) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    [out[i]] = await simulate([batch[i]]);
  }
  return out;
};

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('ABC-SMC determinism', () => {
  it(`gives identical generations with batch sizes 1, 7 and 100 and out-of-order workers (seed ${SEED})`, async () => {
    const reference = await abcSmc(setup, simulate, { batchSize: 100 });
    expect(reference.generations).toHaveLength(5);
    expect(reference.stopReason).toBe('generations');
    for (const batchSize of [1, 7]) {
      expect(await abcSmc(setup, simulate, { batchSize }), `batch size ${batchSize}`).toEqual(reference);
    }
    expect(await abcSmc(setup, shuffledWorkers, { batchSize: 13 })).toEqual(reference);
    // a batch size chosen per batch from the progress (as the calibrate workflow does)
    const sizes: number[] = [];
    const adaptive = ({ attempts, accepted, population }: { attempts: number; accepted: number; population: number }) => {
      const rate = attempts > 0 ? Math.max(accepted, 1) / attempts : 1;
      const size = Math.max(3, Math.ceil((population - accepted) / Math.max(rate, 0.05)));
      sizes.push(size);
      return size;
    };
    expect(await abcSmc(setup, simulate, { batchSize: adaptive }), 'adaptive batch size').toEqual(reference);
    expect(new Set(sizes).size).toBeGreaterThan(2);
    await expect(abcSmc(setup, simulate, { batchSize: () => 0 })).rejects.toThrow('batchSize must be a whole number ≥ 1, got 0');
    // a plain-data state: JSON round-trips every generation exactly
    expect(copy(reference.generations)).toEqual(reference.generations);
  });

  it('resumes from a saved generation k with the result of an uninterrupted run', async () => {
    const full = await abcSmc(setup, simulate);
    for (const k of [1, 3, 5]) {
      const saved: AbcGeneration[] = copy(full.generations.slice(0, k));
      const written: number[] = [];
      const resumed = await abcSmc(setup, simulate, { history: saved, batchSize: 11, onGeneration: (g) => void written.push(g.generation) });
      expect(resumed, `resumed after generation ${k - 1}`).toEqual(full);
      expect(written).toEqual([0, 1, 2, 3, 4].slice(k));
    }
  });

  it('resumes after a crash in the middle of a generation (the kill -9 case) with identical particles', async () => {
    const full = await abcSmc(setup, simulate);
    const saved: string[] = []; // what a results folder would hold: one JSON file per finished generation
    let calls = 0;
    const crashing: AbcSimulator = async (batch) => {
      if (batch[0].generation === 3 && ++calls === 2) throw new Error('killed');
      return simulate(batch);
    };
    await expect(abcSmc(setup, crashing, { batchSize: 20, onGeneration: (g) => void saved.push(JSON.stringify(g)) })).rejects.toThrow('killed');
    expect(saved).toHaveLength(3);
    const resumed = await abcSmc(setup, simulate, { history: saved.map((s) => JSON.parse(s) as AbcGeneration) });
    expect(resumed).toEqual(full);
  });

  it('keeps the invariants of each generation', async () => {
    const run = await abcSmc(setup, simulate);
    let previous = Infinity;
    for (const g of run.generations) {
      const n = setup.population;
      expect(g.particles).toHaveLength(n);
      expect(g.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(g.distances.every((d) => d <= g.tolerance)).toBe(true);
      expect(g.tolerance).toBeLessThanOrEqual(previous);
      expect(g.acceptanceRate).toBe(n / g.attempts);
      expect(g.ess).toBeGreaterThan(1);
      expect(g.ess).toBeLessThanOrEqual(n + 1e-9);
      expect(g.particles.every((p) => Number.isInteger(p[2]) && p[1] >= -5 && p[1] <= 5)).toBe(true);
      expect(new Set(g.seeds).size).toBe(n);
      previous = g.tolerance;
    }
    const [g0, g1] = run.generations;
    expect(g0.tolerance).toBe(Math.max(...g0.distances));
    expect(g0.attempts).toBe(setup.population);
    expect(g0.ess).toBeCloseTo(setup.population, 9);
    expect(posteriorSummary(g1, run.parameters).map((r) => r.parameter)).toEqual(['mu1', 'mu2', 'k']);
  });

  it('stops at the minimum tolerance, or abandons a generation whose acceptance rate falls below the minimum', async () => {
    const tight = await abcSmc({ ...setup, generations: 30, minTolerance: 1.5 }, simulate);
    expect(tight.stopReason).toBe('minTolerance');
    expect(tight.generations.at(-1)!.tolerance).toBe(1.5);
    expect(tight.generations.slice(0, -1).every((g) => g.tolerance > 1.5)).toBe(true);

    const strict = await abcSmc({ ...setup, generations: 30, minAcceptanceRate: 0.3 }, simulate);
    expect(strict.stopReason).toBe('minAcceptanceRate');
    expect(strict.generations.every((g) => g.acceptanceRate >= 0.3)).toBe(true);
    // the abandoned generation used exactly population / minAcceptanceRate attempts, and nothing is kept of it
    const last = strict.generations.at(-1)!;
    const progress: number[] = [];
    expect(await abcGeneration({ ...setup, minAcceptanceRate: 0.3 }, simulate, last, { batchSize: 64, onBatch: (p) => void progress.push(p.attempts) })).toBeUndefined();
    expect(progress.at(-1)).toBe(Math.floor(100 / 0.3));
    expect(abcStopReason(setup, [])).toBeUndefined();
  });

  it('counts a simulation with a non-finite summary as a rejected attempt, in generation 0 too', async () => {
    const failing: AbcSimulator = async (batch) => (await simulate(batch)).map((y, i) => (batch[i].attempt % 10 === 3 ? [NaN, y[1], y[2]] : y));
    const run = await abcSmc({ ...setup, generations: 2 }, failing);
    for (const g of run.generations) {
      expect(g.distances.every(Number.isFinite)).toBe(true);
      expect(g.attempts).toBeGreaterThan(setup.population);
    }
    expect(run.generations[0].attempts).toBe(111); // attempts 3, 13, …, 103 fail: the 100th success is attempt 110
  });

  it('rejects a bad setup or a simulator that returns the wrong number of results', async () => {
    expect(abcSettings(setup)).toMatchObject({ ...ABC_DEFAULTS, generations: 5 });
    expect(ABC_DEFAULTS).toEqual({ generations: 8, quantile: 0.5, minTolerance: 0, minAcceptanceRate: 0.001 });
    expect(() => abcSettings({ ...setup, population: 0 })).toThrow('population must be a whole number ≥ 2, got 0');
    expect(() => abcSettings({ ...setup, quantile: 1 })).toThrow('quantile must be between 0 and 1, got 1');
    expect(() => abcSettings({ ...setup, targets: [{ observed: 1, scale: 0 }] })).toThrow('targets[0].scale must be positive, got 0');
    expect(() => abcSettings({ ...setup, parameters: [setup.parameters[0], setup.parameters[0]] })).toThrow('ABC-SMC requires distinct parameter names, got mu1 twice');
    await expect(abcSmc(setup, async (batch) => batch.slice(1).map(() => [0, 0, 0]))).rejects.toThrow('the simulator must return one result per proposal, got 99 for 100');
    await expect(abcSmc(setup, simulate, { history: [{ ...(await abcGeneration(setup, simulate))!, generation: 1 }] })).rejects.toThrow('history[0] must be generation 0, got 1');
  });
});
