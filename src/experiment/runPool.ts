import { Worker } from 'node:worker_threads';
import { buildRunFunction } from './buildRunFunction.js';
import { executeBatch, type RunContext } from './executeBatch.js';
import type { SweepModel } from './models/types.js';
import type { FromWorker, SweepWorkerData, ToWorker } from './sweepWorker.js';
import type { NormalizedExperiment } from './types.js';

/** How `runPool` runs a list of pending runs. */
export interface PoolOptions {
  experiment: NormalizedExperiment;
  context: RunContext;
  /** Worker threads; 0 runs everything in this thread (needed for a `model` object). */
  workers: number;
  /** The runs still to do, in the order to hand them out. */
  runs: Iterator<number>;
  /** How many runs `runs` yields, to size the last batches evenly. */
  remaining: number;
  /** Called with the journal text of each finished batch, in completion order. */
  onBatch: (text: string, count: number, failed: number) => void;
  signal?: AbortSignal;
  /** A user model object to run in this thread (requires `workers: 0`). */
  model?: SweepModel;
  /** Aimed-for wall time of one batch in milliseconds (default 100). */
  batchMs?: number;
}

/** Thrown when a sweep is stopped through its abort signal (Ctrl-C). */
export class SweepInterrupted extends Error {
  constructor() {
    super('sweep interrupted');
    this.name = 'SweepInterrupted';
  }
}

/** Largest batch: bounds the size of one result message, and so the memory it needs. */
const MAX_BATCH = 512;
/**
 * The young generation of each worker (MiB), capped so that short sweeps and long ones settle
 * at about the same memory: V8 otherwise grows each worker's nursery as a sweep goes on, and
 * with a 16 MiB cap the peak memory of 50,000 ishigami runs was 10% above that of 1,000 runs.
 * A small nursery is cheap only while the model's long-lived objects are not pretenured (see
 * `CaseRecord`): before that fix a worker at 8 MiB ran at two thirds of its speed at 16 MiB.
 */
const YOUNG_GENERATION_MB = 8;
const IN_FLIGHT = 2;

/**
 * Runs the pending runs on a pool of `worker_threads`. Workers get batches of run numbers
 * (not one message per run), sized so a batch takes about `batchMs`, with two batches in
 * flight per worker so no worker waits for the main thread; batches shrink toward the end so
 * all workers finish together. Results come back as journal text in completion order; the
 * order never affects the results, because each run's seed depends only on its number.
 *
 * Resolves when every run is done; rejects with `SweepInterrupted` when aborted, or with the
 * worker's message when the model cannot be built.
 *
 * @example
 * await runPool({ experiment, context, workers: 2, runs: [0, 1, 2].values(), remaining: 3, onBatch });
 */
export async function runPool(options: PoolOptions): Promise<void> {
  if (options.signal?.aborted) throw new SweepInterrupted();
  if (options.workers <= 0 || options.model) return runInThread(options);
  return runOnWorkers(options);
}

/** Chooses batch sizes from the measured time per run. */
class BatchSizer {
  private msPerRun = 0;
  private measured = 0;
  constructor(
    private remaining: number,
    private readonly parallel: number,
    private readonly targetMs: number,
  ) {}
  record(count: number, ms: number): void {
    this.measured += count;
    this.msPerRun += (ms - this.msPerRun * count) / this.measured;
  }
  take(runs: Iterator<number>): Int32Array | null {
    if (this.remaining <= 0) return null;
    const byTime = this.msPerRun > 0 ? Math.floor(this.targetMs / this.msPerRun) : 4;
    const byTail = Math.ceil(this.remaining / (this.parallel * 4));
    const size = Math.max(1, Math.min(MAX_BATCH, byTime, byTail, this.remaining));
    const batch = new Int32Array(size);
    let n = 0;
    while (n < size) {
      const next = runs.next();
      if (next.done) break;
      batch[n++] = next.value;
    }
    this.remaining -= n;
    if (n < size) this.remaining = 0;
    return n === 0 ? null : batch.subarray(0, n);
  }
}

async function runInThread(options: PoolOptions): Promise<void> {
  const run = await buildRunFunction(options.experiment, options.model);
  const sizer = new BatchSizer(options.remaining, 1, options.batchMs ?? 50);
  for (;;) {
    if (options.signal?.aborted) throw new SweepInterrupted();
    const batch = sizer.take(options.runs);
    if (!batch) return;
    const start = performance.now();
    const { text, failed } = executeBatch(run, options.context, batch);
    sizer.record(batch.length, performance.now() - start);
    options.onBatch(text, batch.length, failed);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function workerEntry(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts')
    ? new URL('./sweepWorkerLoader.mjs', here)
    : new URL('./sweepWorker.js', here);
}

function runOnWorkers(options: PoolOptions): Promise<void> {
  const data: SweepWorkerData = { experiment: options.experiment, context: options.context };
  const sizer = new BatchSizer(options.remaining, options.workers, options.batchMs ?? 100);
  const workers: Worker[] = [];
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    let inFlight = 0;
    let nextId = 0;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      Promise.all(workers.map((w) => w.terminate())).finally(() =>
        error ? reject(error) : resolve(),
      );
    };
    const onAbort = () => finish(new SweepInterrupted());
    options.signal?.addEventListener('abort', onAbort);
    const dispatch = (worker: Worker, pending: { count: number }) => {
      while (!settled && pending.count < IN_FLIGHT) {
        const runs = sizer.take(options.runs);
        if (!runs) break;
        pending.count++;
        inFlight++;
        worker.postMessage({ type: 'batch', id: nextId++, runs } satisfies ToWorker);
      }
      if (inFlight === 0) finish();
    };
    for (let i = 0; i < options.workers; i++) {
      const worker = new Worker(workerEntry(), { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      const pending = { count: 0 };
      workers.push(worker);
      worker.on('message', (message: FromWorker) => {
        if (settled) return;
        if (message.type === 'fatal') return finish(new Error(message.message));
        if (message.type === 'ready') return dispatch(worker, pending);
        pending.count--;
        inFlight--;
        sizer.record(message.count, message.ms);
        try {
          options.onBatch(message.text, message.count, message.failed);
        } catch (error) {
          return finish(error as Error);
        }
        dispatch(worker, pending);
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (!settled) finish(new Error(`sweep worker stopped unexpectedly with code ${code}`));
      });
    }
  });
}
