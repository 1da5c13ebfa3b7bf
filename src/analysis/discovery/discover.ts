import { casesOfInterest, conditionText, type DiscoveryCondition } from './casesOfInterest.js';
import { describeBox } from './describeBox.js';
import type { DiscoveryData } from './discoveryData.js';
import { DiscoveryError } from './DiscoveryError.js';
import { featureScores, type FeatureScore } from './featureScores.js';
import { prim, type PrimOptions, type PrimResult } from './prim.js';
import type { PrimBox } from './primBox.js';
import { primCovering } from './primCovering.js';
import { resampleStability, type FactorStability } from './resampleStability.js';

/** Options of `discover`: PRIM's, which box to read, and the companions' sizes. */
export interface DiscoverOptions extends PrimOptions {
  /** The trajectory entry to inspect (default: the last); negative counts from the end. */
  box?: number;
  /** Resamples for the stability check (default 10; 0: none). */
  resamples?: number;
  /** Trees for the feature scores (default 100; 0: none). */
  trees?: number;
  /** Seed of the resamples and the trees (default 0). */
  seed?: number;
  /** Boxes to find in sequence (`primCovering`; default 1). */
  boxes?: number;
  /** With `boxes` > 1: stop at the first box whose density is below this (default 0). */
  threshold?: number;
}

/** One box of a covering: the last box of its trajectory, numbered from 1, read in words. */
export interface CoveringBox extends Omit<PrimBox, 'index' | 'phase'> {
  box: number;
  reading: string;
}

/** What `discover` found, ready to print, write or chart. */
export interface Discovery {
  source: string;
  condition: DiscoveryCondition;
  /** The condition in words ("successRate below 0.3"). */
  conditionText: string;
  /** What a case is: `separate` runs, runs `averaged` per design point, or table `rows`. */
  cases: DiscoveryData['cases'];
  runs: number;
  failed: number;
  missing: number;
  result: PrimResult;
  /** Index of the inspected box on the trajectory. */
  chosen: number;
  /** Per factor, how often resampled PRIM restricts it near the chosen box (`resampleStability`). */
  stability: FactorStability[];
  /** Extra-trees importance of each factor (`featureScores`). */
  scores: FeatureScore[];
  /** The chosen box in plain words (`describeBox`). */
  reading: string;
  /** With `boxes` > 1: the boxes found in sequence, each after removing the cases of the earlier ones. */
  covering: CoveringBox[];
}

/**
 * Scenario discovery on any set of cases: marks the cases of interest (`casesOfInterest`),
 * runs PRIM (`prim`), picks the box to inspect, checks it by resampling
 * (`resampleStability`), scores the factors with extra trees (`featureScores`), reads the
 * box in plain words (`describeBox`) and, with `boxes` > 1, finds further boxes in sequence
 * (`primCovering`; the first is the same box). What `collabsim discover` and the report's "Scenario
 * discovery" section show. Pure and seeded.
 *
 * @example
 * const found = discover(data, { metric: 'successRate', below: 0.3 });
 * found.reading; // 'successRate below 0.3 where time ≤ 0.21 and …: this box holds 64% of those runs …'
 */
export function discover(data: DiscoveryData, condition: DiscoveryCondition, options: DiscoverOptions = {}): Discovery {
  const y = casesOfInterest(data, condition);
  const primOptions: PrimOptions = { ...options, types: { ...data.types, ...options.types } };
  const boxes = options.boxes ?? 1;
  const covering = boxes > 1 ? primCovering(data.factors, y, { ...primOptions, boxes, threshold: options.threshold }) : [];
  const result = covering[0] ?? prim(data.factors, y, primOptions);
  const last = result.trajectory.length - 1;
  const asked = options.box ?? last;
  const chosen = asked < 0 ? last + 1 + asked : asked;
  if (!Number.isInteger(asked) || chosen < 0 || chosen > last) {
    throw new DiscoveryError(`--box: expected a trajectory entry from 0 to ${last} (or -1 to -${last + 1} from the end); found ${asked}`);
  }
  const seed = options.seed ?? 0;
  const resamples = options.resamples ?? 10;
  const trees = options.trees ?? 100;
  const text = conditionText(condition);
  const unit = data.cases === 'rows' ? 'rows' : data.cases === 'averaged' ? 'design points' : 'runs';
  return {
    source: data.source,
    condition,
    conditionText: text,
    cases: data.cases,
    runs: data.runs,
    failed: data.failed,
    missing: data.missing,
    result,
    chosen,
    stability: resamples > 0 ? resampleStability(data.factors, y, result, chosen, { resamples, seed, types: primOptions.types }) : [],
    scores: trees > 0 ? featureScores(data.factors, y, { trees, seed, types: primOptions.types }) : [],
    reading: describeBox(result.trajectory[chosen], text, unit),
    covering: covering.map(({ box: { index: _index, phase: _phase, ...stats } }, i) => ({ box: i + 1, ...stats, reading: describeBox(covering[i].box, text, unit) })),
  };
}
