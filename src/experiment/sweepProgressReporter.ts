import cliProgress from 'cli-progress';
import { formatDuration } from './formatDuration.js';
import type { SweepProgress } from '../workflows/runSweep.js';

/** Shows sweep progress; `update` after every batch, `stop` at the end. */
export interface ProgressReporter {
  update(progress: SweepProgress): void;
  stop(): void;
}

/** Where and how to show progress. */
export interface ProgressReporterOptions {
  /** Default `process.stderr`. */
  stream?: NodeJS.WriteStream;
  /** Show nothing. */
  quiet?: boolean;
  /** Seconds between plain lines when the stream is not a terminal (default 5). */
  every?: number;
}

/**
 * A progress display for sweeps: done/total, failures, rate and time left. On a terminal a
 * bar is redrawn in place; otherwise (logs, CI, SLURM) one plain line is written every few
 * seconds (the first after a few seconds, when the rate means something) and once at the end. The rate counts only runs done by this process, so a resumed
 * sweep does not look faster than it is.
 *
 * @example
 * const progress = createProgressReporter({ quiet: false });
 * await runSweep(experiment, { out, onProgress: (p) => progress.update(p) });
 * progress.stop();
 */
export function createProgressReporter(options: ProgressReporterOptions = {}): ProgressReporter {
  const stream = options.stream ?? process.stderr;
  if (options.quiet) return { update() {}, stop() {} };
  const numbers = (p: SweepProgress) => {
    const rate = p.elapsedMs > 0 ? (p.ran * 1000) / p.elapsedMs : 0;
    return { rate, eta: rate > 0 ? (p.total - p.done) / rate : Infinity };
  };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: '{bar} {value}/{total} runs | {failed} failed | {rate} runs/s | {left} left',
        hideCursor: true,
        barsize: 30,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(p) {
        const { rate, eta } = numbers(p);
        const payload = { failed: p.failed, rate: rate.toFixed(rate < 10 ? 1 : 0), left: formatDuration(eta) };
        if (!started) {
          bar.start(p.total, p.done, payload);
          started = true;
        } else bar.update(p.done, payload);
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  const every = (options.every ?? 5) * 1000;
  let last = Date.now();
  let latest: SweepProgress | undefined;
  let printed: SweepProgress | undefined;
  const print = (p: SweepProgress) => {
    const { rate, eta } = numbers(p);
    stream.write(
      `sweep: ${p.done}/${p.total} runs, ${p.failed} failed, ${rate.toFixed(rate < 10 ? 1 : 0)} runs/s, ${formatDuration(eta)} left\n`,
    );
    printed = p;
  };
  return {
    update(p) {
      latest = p;
      const now = Date.now();
      if (now - last >= every) {
        last = now;
        print(p);
      }
    },
    stop() {
      if (latest && latest !== printed) print(latest);
    },
  };
}
