/**
 * The worker-thread side of `RunPool`: receives a batch of runs (scenario, factors, points,
 * seeds, outcomes), runs each with `simulate` and answers with the outcomes, one row per run.
 * A run depends only on its scenario, point and seed, never on the worker.
 */
import { parentPort } from 'node:worker_threads';
import { simulate } from '../../src/model/simulate.js';
import type { Scenario } from '../../src/scenario/types.js';
import { applyPoint } from './applyPoint.js';
import type { StudyFactor } from './studyFactor.js';

/** One batch of runs sent to a worker. */
export interface RunBatch {
  id: number;
  scenario: Scenario;
  factors: StudyFactor[];
  /** per run, the values of `factors` */
  points: number[][];
  seeds: number[];
  outcomes: string[];
}

/** A worker's answer: `values[run · outcomes + o]`, NaN for a missing outcome. */
export type BatchResult = { id: number; values: Float64Array } | { id: number; error: string };

/** Runs one batch in this thread (also used when no workers are wanted). */
export function runBatch(batch: RunBatch): Float64Array {
  const m = batch.outcomes.length;
  const values = new Float64Array(batch.points.length * m);
  batch.points.forEach((point, r) => {
    const scenario = applyPoint(batch.scenario, batch.factors, point);
    const { summary } = simulate(scenario, { seed: batch.seeds[r], weekly: false });
    const record = summary as unknown as Record<string, number>;
    batch.outcomes.forEach((name, o) => {
      const v = record[name];
      values[r * m + o] = typeof v === 'number' ? v : NaN;
    });
  });
  return values;
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (batch: RunBatch) => {
    try {
      const values = runBatch(batch);
      port.postMessage({ id: batch.id, values } satisfies BatchResult, [values.buffer as ArrayBuffer]);
    } catch (error) {
      port.postMessage({ id: batch.id, error: error instanceof Error ? error.message : String(error) } satisfies BatchResult);
    }
  });
}
