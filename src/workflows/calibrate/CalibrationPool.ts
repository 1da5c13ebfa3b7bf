import { Worker } from 'node:worker_threads';
import { CommandFailed } from '../../errors/CommandFailed.js';
import { workerStartMessages } from '../../errors/messages.js';
import { buildRunFunction, type RunFunction } from '../../experiment/buildRunFunction.js';
import type { NormalizedExperiment } from '../../experiment/types.js';
import type { FromCalibrationWorker, ToCalibrationWorker } from './calibrationWorker.js';
import { simulateParticles, type ParticleBatch } from './simulateParticles.js';

/** Chunks per worker and batch: small enough that all workers finish a batch together. */
const CHUNKS_PER_WORKER = 4;

/**
 * Worker threads that simulate ABC-SMC proposals. Unlike the sweep's `runPool`, whose
 * workers get the whole design when they start, a calibration learns its proposals one batch
 * at a time; so these workers stay up for the whole calibration and get the proposals with
 * each message. Each worker builds the sweep's run function (`buildRunFunction`) once. A
 * batch is cut into chunks handed out as workers become free; the summaries come back in
 * the batch's order, so the result does not depend on the number of workers. With
 * `workers: 0` everything runs in this thread.
 *
 * `modelMs` adds up the time spent inside the runs (measured in the workers), for the share
 * of time outside the model.
 *
 * @example
 * const pool = await CalibrationPool.start(experiment, [0], 2);
 * await pool.simulate({ points: [{ mu: 1 }], seeds: [[7]] }); // [[1.13…]]
 * await pool.close();
 */
export class CalibrationPool {
  modelMs = 0;
  private nextId = 0;

  private constructor(
    private readonly workers: Worker[],
    private readonly local: RunFunction | undefined,
    private readonly targetMetrics: readonly number[],
  ) {}

  /** Starts `workers` threads (0: run in this thread) and waits until each has built its run function. */
  static async start(experiment: NormalizedExperiment, targetMetrics: readonly number[], workers: number): Promise<CalibrationPool> {
    if (workers <= 0) return new CalibrationPool([], await buildRunFunction(experiment), targetMetrics);
    const started = await Promise.allSettled(
      Array.from({ length: workers }, () => startWorker(experiment, targetMetrics)),
    );
    const ready = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) {
      await Promise.all(ready.map((w) => w.terminate()));
      throw (failed as PromiseRejectedResult).reason;
    }
    return new CalibrationPool(ready, undefined, targetMetrics);
  }

  /** The summaries of each proposal of the batch, in order. */
  async simulate(batch: ParticleBatch): Promise<number[][]> {
    if (this.local) {
      const { summaries, ms } = simulateParticles(this.local, batch, this.targetMetrics);
      this.modelMs += ms;
      return summaries;
    }
    const n = batch.points.length;
    const size = Math.max(1, Math.ceil(n / (this.workers.length * CHUNKS_PER_WORKER)));
    const chunks: { start: number; end: number }[] = [];
    for (let start = 0; start < n; start += size) chunks.push({ start, end: Math.min(n, start + size) });
    const out: number[][] = new Array(n);
    let next = 0;
    await Promise.all(
      this.workers.map(async (worker) => {
        while (next < chunks.length) {
          const { start, end } = chunks[next++];
          const reply = await this.send(worker, { points: batch.points.slice(start, end), seeds: batch.seeds.slice(start, end) });
          this.modelMs += reply.ms;
          for (let i = start; i < end; i++) out[i] = reply.summaries[i - start];
        }
      }),
    );
    return out;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  get size(): number {
    return Math.max(1, this.workers.length);
  }

  private send(worker: Worker, batch: ParticleBatch): Promise<{ summaries: number[][]; ms: number }> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const onMessage = (message: FromCalibrationWorker) => {
        if (message.type === 'done' && message.id === id) {
          cleanup();
          resolve(message);
        } else if (message.type === 'fatal') {
          cleanup();
          reject(new Error(message.message));
        }
      };
      const onError = (error: Error) => {
        cleanup();
        reject(error);
      };
      const onExit = (code: number) => {
        cleanup();
        reject(new Error(`calibration worker stopped unexpectedly with code ${code}`));
      };
      const cleanup = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ type: 'batch', id, batch } satisfies ToCalibrationWorker);
    });
  }
}

function workerEntry(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('./calibrationWorkerLoader.mjs', here) : new URL('./calibrationWorker.js', here);
}

/**
 * Starts one worker and resolves once it has built its run function. A model that cannot be
 * built rejects with the worker's message; a worker that cannot start at all (it throws or
 * exits first) rejects with a `CommandFailed` saying so (exit 1, no stack trace).
 */
function startWorker(experiment: NormalizedExperiment, targetMetrics: readonly number[]): Promise<Worker> {
  const worker = new Worker(workerEntry(), { workerData: { experiment, targetMetrics } });
  return new Promise((resolve, reject) => {
    let cause: string | undefined;
    worker.once('message', (message: FromCalibrationWorker) => {
      if (message.type === 'ready') resolve(worker);
      else {
        void worker.terminate();
        reject(new Error(message.type === 'fatal' ? message.message : 'calibration worker did not start'));
      }
    });
    worker.once('error', (error) => {
      cause = String(error?.message ?? error);
    });
    // after 'error', or alone when the worker ends before it said anything; settling twice is a no-op
    worker.once('exit', (code) => reject(new CommandFailed(workerStartMessages.cannotStart(cause, code))));
  });
}
