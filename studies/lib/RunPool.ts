import { Worker } from 'node:worker_threads';
import type { Scenario } from '../../src/scenario/types.js';
import type { StudyFactor } from './studyFactor.js';
import { runBatch, type BatchResult, type RunBatch } from './studyWorker.js';

/** A set of runs of one scenario: per run, the factor values and the seed. */
export interface RunRequest {
  scenario: Scenario;
  factors: StudyFactor[];
  points: number[][];
  seeds: number[];
  outcomes: string[];
}

/**
 * A small pool of `worker_threads` for the studies: `run` splits a request into batches,
 * hands them to idle workers and puts the answers back in request order, so the result
 * (`values[run · outcomes + o]`) does not depend on the number of workers. With 0 workers
 * everything runs in this thread. Call `close` when done.
 *
 * (The sweep runner in `src/experiment/runPool.ts` runs a normalised experiment into a
 * results folder; the studies need many small designs with their own seeds and factor
 * transforms, which this keeps simple.)
 */
export class RunPool {
  private readonly workers: Worker[] = [];
  private nextId = 0;

  constructor(
    count: number,
    private readonly batchSize = 40,
  ) {
    for (let i = 0; i < count; i++) {
      this.workers.push(new Worker(new URL('./studyWorkerLoader.mjs', import.meta.url)));
    }
  }

  /** Runs every run of the request; `onProgress(done)` is called as batches finish. */
  async run(request: RunRequest, onProgress?: (done: number) => void): Promise<Float64Array> {
    const m = request.outcomes.length;
    const total = request.points.length;
    const result = new Float64Array(total * m);
    const batches: { start: number; batch: RunBatch }[] = [];
    for (let start = 0; start < total; start += this.batchSize) {
      const end = Math.min(total, start + this.batchSize);
      batches.push({
        start,
        batch: {
          id: this.nextId++,
          scenario: request.scenario,
          factors: request.factors,
          points: request.points.slice(start, end),
          seeds: request.seeds.slice(start, end),
          outcomes: request.outcomes,
        },
      });
    }
    let done = 0;
    if (this.workers.length === 0) {
      for (const { start, batch } of batches) {
        result.set(runBatch(batch), start * m);
        done += batch.points.length;
        onProgress?.(done);
      }
      return result;
    }
    let next = 0;
    await Promise.all(
      this.workers.map(async (worker) => {
        while (next < batches.length) {
          const { start, batch } = batches[next++];
          const values = await this.send(worker, batch);
          result.set(values, start * m);
          done += batch.points.length;
          onProgress?.(done);
        }
      }),
    );
    return result;
  }

  private send(worker: Worker, batch: RunBatch): Promise<Float64Array> {
    return new Promise((resolve, reject) => {
      const onMessage = (message: BatchResult) => {
        if (message.id !== batch.id) return;
        cleanup();
        if ('error' in message) reject(new Error(message.error));
        else resolve(message.values);
      };
      const onError = (error: Error) => {
        cleanup();
        reject(error);
      };
      const cleanup = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(batch);
    });
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
