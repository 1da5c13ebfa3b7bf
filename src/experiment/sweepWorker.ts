/**
 * The worker-thread side of the sweep pool. It builds the run function once from the
 * experiment in `workerData`, says `ready`, then answers each `batch` message (run numbers)
 * with the batch's journal text. Started by `runPool`, never imported by users.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildRunFunction } from './buildRunFunction.js';
import { executeBatch, type RunContext } from './executeBatch.js';
import type { NormalizedExperiment } from './types.js';

/** What the pool passes to each worker. */
export interface SweepWorkerData {
  experiment: NormalizedExperiment;
  context: RunContext;
}

/** Messages from the pool to a worker. */
export type ToWorker = { type: 'batch'; id: number; runs: Int32Array };

/** Messages from a worker to the pool. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'fatal'; message: string }
  | { type: 'done'; id: number; text: string; failed: number; count: number; ms: number };

if (parentPort) {
  const port = parentPort;
  const { experiment, context } = workerData as SweepWorkerData;
  try {
    const run = await buildRunFunction(experiment);
    port.on('message', (message: ToWorker) => {
      const start = performance.now();
      const { text, failed } = executeBatch(run, context, message.runs);
      const reply: FromWorker = {
        type: 'done',
        id: message.id,
        text,
        failed,
        count: message.runs.length,
        ms: performance.now() - start,
      };
      port.postMessage(reply);
    });
    port.postMessage({ type: 'ready' } satisfies FromWorker);
  } catch (error) {
    port.postMessage({
      type: 'fatal',
      message: error instanceof Error ? error.message : String(error),
    } satisfies FromWorker);
  }
}
