/**
 * The worker-thread side of `CalibrationPool`: builds the sweep's run function once from the
 * experiment in `workerData` (`buildRunFunction`, so scenario and model runs are the sweep's
 * own), says `ready`, then answers each `batch` message with the summaries of its proposals
 * and the milliseconds spent inside the model. Started by the pool, never imported by users.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildRunFunction } from '../../experiment/buildRunFunction.js';
import type { NormalizedExperiment } from '../../experiment/types.js';
import { simulateParticles, type ParticleBatch } from './simulateParticles.js';

/** Messages from the pool to a worker. */
export type ToCalibrationWorker = { type: 'batch'; id: number; batch: ParticleBatch };

/** Messages from a worker to the pool. */
export type FromCalibrationWorker =
  | { type: 'ready' }
  | { type: 'fatal'; message: string }
  | { type: 'done'; id: number; summaries: number[][]; ms: number };

if (parentPort) {
  const port = parentPort;
  const { experiment, targetMetrics } = workerData as { experiment: NormalizedExperiment; targetMetrics: number[] };
  try {
    const run = await buildRunFunction(experiment);
    port.on('message', (message: ToCalibrationWorker) => {
      const { summaries, ms } = simulateParticles(run, message.batch, targetMetrics);
      port.postMessage({ type: 'done', id: message.id, summaries, ms } satisfies FromCalibrationWorker);
    });
    port.postMessage({ type: 'ready' } satisfies FromCalibrationWorker);
  } catch (error) {
    port.postMessage({ type: 'fatal', message: error instanceof Error ? error.message : String(error) } satisfies FromCalibrationWorker);
  }
}
