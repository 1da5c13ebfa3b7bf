import type { PriorSpec } from '../../analysis/calibration/Prior.js';
import type { NormalizedExperiment } from '../../experiment/types.js';

/**
 * A calibration file (YAML or JSON), as written: what to fit, to what, and how. See
 * docs/calibration.md.
 *
 * @example
 * // scenario: safety-house
 * // seed: 1
 * // parameters: { staffStability: { prior: uniform, range: [0, 1] } }
 * // targets: [{ metric: successRate, observed: 0.62, scale: 0.05 }]
 * // population: 500
 * // generations: 8
 */
export interface CalibrationFile {
  /** A preset name or scenario file (relative to this file); or `model`. */
  scenario?: string;
  /** A built-in model (`normal-mean`, `ishigami`, …) instead of a scenario. */
  model?: string;
  /** Constants of the built-in model. */
  constants?: Record<string, number | number[]>;
  /** Horizon in weeks (scenarios only; default the scenario's). */
  weeks?: number;
  /** The calibration seed (default 1): every proposal and simulation seed derives from it. */
  seed?: number;
  /** The parameters to fit, by factor name or scenario path, each with its prior. */
  parameters: Record<string, PriorSpec>;
  /** The observed summaries: a metric, its observed value, its scale and an optional weight. */
  targets: CalibrationTargetSpec[];
  /** Particles per generation (N ≥ 2). */
  population: number;
  /** At most this many generations, counting generation 0 (default 8). */
  generations?: number;
  /** Simulations per particle, their metrics averaged into the summaries (default 1). */
  replications?: number;
  /** Tolerance of each generation: this weighted quantile of the previous distances (default 0.5). */
  quantile?: number;
  /** The distance: `euclidean` (the only one now; weighted, in units of each target's scale). */
  distance?: 'euclidean';
  /** Stopping rules besides `generations`. */
  stop?: { minAcceptance?: number; minTolerance?: number };
  /** Particles of the final generation simulated again for the posterior predictive check (default min(100, population)). */
  predictive?: number;
}

/** One target as written. */
export interface CalibrationTargetSpec {
  metric: string;
  observed: number;
  scale: number;
  weight?: number;
}

/**
 * A calibration file checked and with its defaults filled in: what `calibration.json` stores
 * (so `--resume` can tell it is the same calibration) and what the run uses. `experiment`
 * is the sweep experiment whose factors are the parameters and whose metrics are the
 * targets' metrics, so scenario and model runs reuse the sweep's run function.
 */
export interface NormalizedCalibration {
  name: string;
  seed: number;
  parameters: { name: string; prior: PriorSpec }[];
  targets: { metric: string; observed: number; scale: number; weight: number }[];
  population: number;
  generations: number;
  replications: number;
  quantile: number;
  distance: 'euclidean';
  minAcceptance: number;
  minTolerance: number;
  predictive: number;
  experiment: NormalizedExperiment;
}
