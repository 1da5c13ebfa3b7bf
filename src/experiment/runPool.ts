import { Worker } from 'node:worker_threads';
import { buildRunFunction } from './buildRunFunction.js';
import { executeBatch, failedRunLine, type RunContext } from './executeBatch.js';
import { CommandFailed } from '../errors/CommandFailed.js';
import { runFailureMessages, workerStartMessages } from '../errors/messages.js';
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
  /**
   * Longest time one run may take on a worker, in seconds (default `DEFAULT_RUN_TIMEOUT`);
   * a run past it has its worker stopped and is recorded as failed. Not applied with
   * `workers: 0`, where nothing can stop a run.
   */
  runTimeout?: number;
}

/** Default longest time of one run on a worker, in seconds (10 minutes). */
export const DEFAULT_RUN_TIMEOUT = 600;

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
 * A run cannot poison the sweep: a worker that dies (its model calls `process.exit`, or
 * crashes it) or that holds a run past `runTimeout` seconds is replaced; the runs of its
 * batch are given again one at a time, so the run that stops a worker alone is recorded as
 * failed (with the reason) and the others finish as usual, with the same results whatever
 * the number of workers. A message a run throws is cut to `ERROR_LIMIT` characters.
 *
 * Resolves when every run is done; rejects with `SweepInterrupted` when aborted, with the
 * worker's message when the model cannot be built, or with a `CommandFailed` when a worker
 * stops before it has started (then no worker could run anything).
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
  /** Measured milliseconds per run so far (0 before the first batch). */
  expectedMs(): number {
    return this.msPerRun;
  }
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

/** A batch a worker was given and has not answered yet. */
interface PendingBatch {
  id: number;
  runs: Int32Array;
  /** A run given alone after its batch's worker died, so a second death is that run's. */
  alone: boolean;
}

/** One worker thread and the batches it holds, oldest first (it runs them in that order). */
interface PoolWorker {
  thread: Worker;
  pending: PendingBatch[];
  timer?: NodeJS.Timeout;
  /** Why the pool stopped it, or what it threw, for the failed run's message. */
  cause?: string;
  /** Whether it has started (said 'ready'); one that stops before is not a run's fault. */
  ready: boolean;
}

function runOnWorkers(options: PoolOptions): Promise<void> {
  const data: SweepWorkerData = { experiment: options.experiment, context: options.context };
  const sizer = new BatchSizer(options.remaining, options.workers, options.batchMs ?? 100);
  const timeoutMs = (options.runTimeout ?? DEFAULT_RUN_TIMEOUT) * 1000;
  const workers = new Set<PoolWorker>();
  /** Runs of a batch whose worker died, to be run one at a time. */
  const alone: number[] = [];
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    let inFlight = 0;
    let nextId = 0;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      for (const worker of workers) clearTimeout(worker.timer);
      Promise.all([...workers].map((w) => w.thread.terminate())).finally(() =>
        error ? reject(error) : resolve(),
      );
    };
    const onAbort = () => finish(new SweepInterrupted());
    options.signal?.addEventListener('abort', onAbort);
    const record = (text: string, count: number, failed: number): boolean => {
      try {
        options.onBatch(text, count, failed);
        return true;
      } catch (error) {
        finish(error as Error);
        return false;
      }
    };
    /** Watches the oldest batch of a worker: past its deadline the worker is stopped. */
    const watch = (worker: PoolWorker) => {
      clearTimeout(worker.timer);
      const head = worker.pending[0];
      if (!head) return;
      const deadline = head.alone ? timeoutMs : timeoutMs + head.runs.length * sizer.expectedMs() * 10;
      worker.timer = setTimeout(() => {
        worker.cause = runFailureMessages.timedOut(timeoutMs / 1000);
        void worker.thread.terminate();
      }, deadline);
    };
    const dispatch = (worker: PoolWorker) => {
      // a lone run is given only to a worker that holds nothing else, so a death is that run's
      while (!settled && worker.pending.length < IN_FLIGHT && !worker.pending.some((b) => b.alone)) {
        const single = alone.length > 0;
        if (single && worker.pending.length > 0) break;
        const runs = single ? Int32Array.of(alone.shift()!) : sizer.take(options.runs);
        if (!runs) break;
        const batch = { id: nextId++, runs, alone: single };
        worker.pending.push(batch);
        inFlight++;
        if (worker.pending.length === 1) watch(worker);
        worker.thread.postMessage({ type: 'batch', id: batch.id, runs } satisfies ToWorker);
      }
      if (inFlight === 0 && alone.length === 0) finish();
    };
    /**
     * A worker stopped (it called `process.exit`, crashed, or was stopped for a run past its
     * time): a lone run it held is recorded as failed with the reason; the runs of a larger
     * batch are given again one at a time, so the run that stops a worker is found and the
     * others are run as usual. A replacement worker is started.
     */
    const died = (worker: PoolWorker, code: number) => {
      workers.delete(worker);
      clearTimeout(worker.timer);
      if (settled) return;
      // a worker that cannot start (a bad --execArgv, too little memory) would be replaced forever
      if (!worker.ready) return finish(new CommandFailed(workerStartMessages.cannotStart(worker.cause, code)));
      if (worker.pending.length === 0 && worker.cause === undefined) {
        return finish(new Error(`sweep worker stopped unexpectedly with code ${code}`));
      }
      const reason = worker.cause ?? runFailureMessages.workerExited(code);
      for (const batch of worker.pending) {
        inFlight--;
        if (batch.alone) {
          if (!record(failedRunLine(batch.runs[0], options.context.metricCount, reason), 1, 1)) return;
        } else {
          alone.push(...batch.runs);
        }
      }
      alone.sort((a, b) => a - b);
      start();
    };
    const start = () => {
      const worker: PoolWorker = {
        thread: new Worker(workerEntry(), { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }),
        pending: [],
        ready: false,
      };
      workers.add(worker);
      worker.thread.on('message', (message: FromWorker) => {
        if (settled) return;
        if (message.type === 'fatal') return finish(new Error(message.message));
        if (message.type === 'ready') {
          worker.ready = true;
          return dispatch(worker);
        }
        const batch = worker.pending.shift()!;
        inFlight--;
        watch(worker);
        if (!batch.alone) sizer.record(message.count, message.ms);
        if (!record(message.text, message.count, message.failed)) return;
        dispatch(worker);
      });
      worker.thread.on('error', (error) => {
        const message = String(error?.message ?? error);
        worker.cause ??= worker.ready ? runFailureMessages.workerCrashed(message) : message;
      });
      worker.thread.on('exit', (code) => died(worker, code));
    };
    for (let i = 0; i < options.workers; i++) start();
  });
}
