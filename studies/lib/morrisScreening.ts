import { morrisDesign, type MorrisLayout } from '../../src/methods/morris/morrisDesign.js';
import { withDummyFactor } from '../../src/methods/withDummyFactor.js';
import type { RangeFactor } from '../../src/experiment/designs/types.js';
import { createRng } from '../../src/random/rng.js';
import type { Scenario } from '../../src/scenario/types.js';
import { pointMeans } from './pointMeans.js';
import type { RunPool } from './RunPool.js';
import type { StudyFactor } from './studyFactor.js';
import { studySeed } from './studySeed.js';
import { trajectoryEffects, type TrajectoryEffects } from '../../src/methods/morris/trajectoryEffects.js';

/** One Morris screening of one scenario. */
export interface ScreeningRequest {
  preset: string;
  scenario: Scenario;
  factors: StudyFactor[];
  /**
   * add the library's dummy factor `dummy` (`withDummyFactor`, as `dummy: true` in a morris
   * design): the last column of the design, never applied to the scenario
   */
  dummy?: boolean;
  trajectories: number;
  levels: number;
  replicates: number;
  outcomes: string[];
  root: number;
  /** whole numbers that set this screening apart from others of the same preset (e.g. constant set) */
  stream: number[];
  pool: RunPool;
  onProgress?: (done: number, total: number) => void;
}

/** Per outcome, the elementary effects by trajectory; plus the run count. */
export interface ScreeningResult {
  effects: Record<string, TrajectoryEffects>;
  runs: number;
}

/** The path element that marks the design's own random stream (apart from run seeds). */
const DESIGN_STREAM = 0xd5;

/**
 * Runs a Morris screening: draws the design (its generator seeded from root, preset, stream),
 * runs every point `replicates` times, each run with its own independent seed
 * `studySeed(root, preset, ...stream, point, replicate)` (no common random numbers, so a
 * dummy factor's effects measure run-to-run noise), averages the replicates per point and
 * returns the elementary effects per outcome (of the dummy too, with `dummy`).
 */
export async function morrisScreening(request: ScreeningRequest): Promise<ScreeningResult> {
  const { preset, root, stream, replicates } = request;
  const ranges: RangeFactor[] = request.factors.map((f) => ({
    kind: 'range',
    name: f.name,
    low: f.low,
    high: f.high,
    integer: f.integer,
  }));
  const rng = createRng(studySeed(root, preset, ...stream, DESIGN_STREAM));
  const design = withDummyFactor('morris', request.dummy, ranges, (all) =>
    morrisDesign(all, request.trajectories, rng, { levels: request.levels }),
  );
  const layout = design.layout as unknown as MorrisLayout;
  const points: number[][] = [];
  const seeds: number[] = [];
  design.points.forEach((point, p) => {
    const values = request.factors.map((f) => Number(point[f.name]));
    for (let j = 0; j < replicates; j++) {
      points.push(values);
      seeds.push(studySeed(root, preset, ...stream, p, j));
    }
  });
  const m = request.outcomes.length;
  const values = await request.pool.run(
    { scenario: request.scenario, factors: request.factors, points, seeds, outcomes: request.outcomes },
    (done) => request.onProgress?.(done, points.length),
  );
  const effects: Record<string, TrajectoryEffects> = {};
  request.outcomes.forEach((outcome, o) => {
    const column = new Float64Array(points.length);
    for (let r = 0; r < points.length; r++) column[r] = values[r * m + o];
    effects[outcome] = trajectoryEffects(pointMeans(column, replicates), layout);
  });
  return { effects, runs: points.length };
}

/** The effects of one factor (a column of the trajectory-by-factor matrix). */
export function factorColumn(effects: TrajectoryEffects, factor: string): Float64Array {
  const k = effects.factors.length;
  const i = effects.factors.indexOf(factor);
  if (i < 0) throw new Error(`factorColumn found no factor ${factor}`);
  const column = new Float64Array(effects.trajectories);
  for (let t = 0; t < effects.trajectories; t++) column[t] = effects.effects[t * k + i];
  return column;
}
