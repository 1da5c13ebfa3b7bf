import { existsSync } from 'node:fs';
import { cliMessages } from '../../errors/messages.js';
import { availableParallelism } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { CommandModule } from 'yargs';
import { loadExperimentFile } from '../../experiment/loadExperimentFile.js';
import { readRunTimeout } from '../../experiment/readRunTimeout.js';
import { eventConflictWarnings } from '../../experiment/findEventConflicts.js';
import { withOwnMetrics } from '../../experiment/withOwnMetrics.js';
import { DEFAULT_RUN_TIMEOUT, SweepInterrupted } from '../../experiment/runPool.js';
import { runSweep, type SweepProgress } from '../../workflows/runSweep.js';
import { formatShard, parseShard, shardFromEnv, type Shard } from '../../results/shard.js';
import { UserError } from '../../errors/UserError.js';
import { createProgressReporter } from '../../experiment/sweepProgressReporter.js';
import { sweepUntilPrecise } from '../../workflows/sweepUntilPrecise.js';
import { parsePositiveNumberOption } from '../parsePositiveNumberOption.js';
import { formatDuration } from '../../experiment/formatDuration.js';
import { parseIntegerOption } from '../parseIntegerOption.js';
import { UsageError } from '../../errors/UsageError.js';
import { CommandFailed } from '../../errors/CommandFailed.js';
import { resultsPaths } from '../../results/resultsPaths.js';
import { Interrupted } from '../../errors/Interrupted.js';
import { watchInterrupts } from '../watchInterrupts.js';
import { formatCommandLine } from '../formatCommandLine.js';

interface SweepArgs {
  experiment: string;
  'strict-events': boolean;
  out?: string;
  workers?: unknown;
  replications?: unknown;
  seed?: unknown;
  resume: boolean;
  force: boolean;
  shard?: string;
  quiet: boolean;
  'until-ci'?: unknown;
  'max-replications'?: unknown;
  'weekly-csv': boolean;
  'run-timeout'?: unknown;
}

/**
 * `collabsim sweep <experiment>`: run every run of an experiment file into a results folder
 * (`experiment.json`, `runs.csv`, `runs.parquet`), on worker threads, resumable. Ctrl-C (SIGINT) or
 * SIGTERM (a SLURM time limit) stops it cleanly: the finished runs are kept, the lock is
 * released, the exact `--resume` command is printed, and the exit status is 130 or 143. A sweep (or shard) whose runs all
 * failed still writes its folder, then exits 1 saying where the errors are.
 */
export const sweepCommand: CommandModule<object, SweepArgs> = {
  command: 'sweep <experiment>',
  describe: 'run an experiment file: every design point and replicate, into a results folder',
  builder: (y) =>
    y
      .positional('experiment', { type: 'string', demandOption: true, describe: 'an experiment file (YAML or JSON)' })
      .option('out', { type: 'string', requiresArg: true, describe: 'results folder (default: results/<experiment name>)' })
      .option('workers', { requiresArg: true, describe: 'worker threads (default: all cores; 0 runs in the main thread)' })
      .option('replications', { requiresArg: true, describe: "runs per design point (replaces the file's)" })
      .option('seed', { requiresArg: true, describe: "root seed, an integer from 0 to 4294967295 (replaces the file's)" })
      .option('resume', { type: 'boolean', default: false, describe: 'continue the sweep already in --out' })
      .option('force', { type: 'boolean', default: false, describe: 'replace the results already in --out' })
      .option('shard', { type: 'string', requiresArg: true, describe: 'run only share i of n, as i/n (default: from SLURM_ARRAY_TASK_ID, or all)' })
      .option('quiet', { type: 'boolean', default: false, describe: 'no progress bar' })
      .option('strict-events', { type: 'boolean', default: false, describe: 'refuse (exit 2) when a timeline event sets a path a factor varies (onEventConflict: error)' })
      .option('weekly-csv', { type: 'boolean', default: false, describe: 'also write the weekly rows as weekly.csv (needs weekly rows: "weekly" in the experiment)' })
      .option('until-ci', { requiresArg: true, describe: "double the replications until every 95% interval of a point's mean is narrower than this" })
      .option('max-replications', { requiresArg: true, describe: 'most replications --until-ci runs (default 1000)' })
      .option('run-timeout', { requiresArg: true, describe: `seconds one run may take on a worker before it is stopped and recorded as failed (default: the file's runTimeout, else ${DEFAULT_RUN_TIMEOUT}; none with --workers 0)` })
      .example('$0 sweep trust.yaml --workers 8', 'run a sweep on 8 cores into results/trust')
      .example('$0 sweep trust.yaml --resume', 'continue an interrupted sweep')
      .example('$0 sweep trust.yaml --shard 2/10 --out shards/2', 'run the second of ten shares'),
  handler: async (argv) => {
    const workers = parseIntegerOption('--workers', argv.workers, 0, 1024) ?? availableParallelism();
    const replications = parseIntegerOption('--replications', argv.replications, 1, 1_000_000);
    const seed = parseIntegerOption('--seed', argv.seed, 0, 2 ** 32 - 1);
    if (argv.resume && argv.force) throw new UsageError(cliMessages.resumeOrForce);
    const untilCi = parsePositiveNumberOption('--until-ci', argv['until-ci']);
    const maxReplications = parseIntegerOption('--max-replications', argv['max-replications'], 1, 1_000_000) ?? 1000;
    const runTimeoutOption = parsePositiveNumberOption('--run-timeout', argv['run-timeout']);
    const shard = shardOption(argv.shard);
    if (untilCi !== undefined && shard && shard.count > 1) {
      throw new UsageError(cliMessages.untilCiWithShard);
    }
    const experiment = await withOwnMetrics(
      loadExperimentFile(argv.experiment, { replications, seed, ...(argv['strict-events'] ? { onEventConflict: 'error' as const } : {}) }),
    );
    if (runTimeoutOption !== undefined && workers === 0) throw new UsageError(cliMessages.runTimeoutNeedsWorkers);
    const runTimeout = runTimeoutOption ?? readRunTimeout(argv.experiment);
    if (runTimeout !== undefined && workers === 0) process.stderr.write(cliMessages.runTimeoutIgnored(argv.experiment));
    if (argv['weekly-csv'] && experiment.weeklyEvery === 0) throw new UsageError(cliMessages.weeklyCsvNeedsWeekly(argv.experiment));
    if (experiment.eventConflicts) process.stderr.write(eventConflictWarnings(experiment.eventConflicts));
    const out = argv.out ?? join('results', basename(argv.experiment, extname(argv.experiment)));
    const progress = createProgressReporter({ quiet: argv.quiet });
    const interrupts = watchInterrupts();
    const started = performance.now();
    try {
      const options = {
        out,
        workers,
        resume: argv.resume,
        force: argv.force,
        signal: interrupts.signal,
        runTimeout,
        onProgress: (p: SweepProgress) => progress.update(p),
      };
      const precision =
        untilCi === undefined ? null : await sweepUntilPrecise(experiment, { ...options, width: untilCi, maxReplications });
      const summary = precision?.sweep ?? (await runSweep(experiment, { ...options, shard }));
      progress.stop();
      const what = shard && shard.count > 1 ? `shard ${formatShard(shard)}: ` : '';
      const resumed = summary.resumed > 0 ? `, ${summary.resumed} found from before` : '';
      process.stdout.write(
        `wrote ${out}: ${what}${summary.done} runs (${summary.failed} failed${resumed}) in ${formatDuration((performance.now() - started) / 1000)}\n`,
      );
      if (precision) {
        const widest = `widest 95% interval ${Number(precision.widest.toPrecision(3))} (${precision.metric} at point ${precision.point})`;
        process.stdout.write(
          precision.precise
            ? `${precision.replications} replications: ${widest}, narrower than ${untilCi}\n`
            : `stopped at ${precision.replications} replications (--max-replications): ${widest}, not narrower than ${untilCi}\n`,
        );
      }
      if (argv['weekly-csv'] && existsSync(resultsPaths(out).weeklyParquet)) {
        const { writeWeeklyCsv } = await import('../../results/writeWeeklyCsv.js');
        process.stdout.write(`${cliMessages.wrote(await writeWeeklyCsv(out))}\n`);
      }
      if (summary.done > 0 && summary.failed === summary.done) {
        throw new CommandFailed(cliMessages.allRunsFailed(summary.done, resultsPaths(out).runsCsv));
      }
    } catch (error) {
      progress.stop();
      if (error instanceof SweepInterrupted) {
        const p = (error as SweepInterrupted & { progress?: Partial<SweepProgress> }).progress;
        const saved = `${p?.done ?? 0} of ${p?.total ?? '?'} runs are saved in ${out}`;
        const resume = formatCommandLine(['collabsim', 'sweep', argv.experiment, '--out', out, ...resumeOptions(argv, shard), '--resume']);
        const signal = interrupts.received() ?? 'SIGINT';
        throw new Interrupted(signal, cliMessages.interrupted('sweep', signal, saved, `continue with:\n  ${resume}`));
      }
      throw error;
    } finally {
      interrupts.dispose();
    }
  },
};

/** The options of this sweep that a `--resume` of it must repeat (those that shape its experiment or its shard, and --workers). */
function resumeOptions(argv: SweepArgs, shard: Shard | null): string[] {
  const words: string[] = [];
  const pass = (option: string, value: unknown) => {
    if (value !== undefined) words.push(option, String(value));
  };
  pass('--replications', argv.replications);
  pass('--seed', argv.seed);
  if (shard && shard.count > 1) pass('--shard', formatShard(shard));
  pass('--until-ci', argv['until-ci']);
  pass('--max-replications', argv['max-replications']);
  pass('--workers', argv.workers);
  pass('--run-timeout', argv['run-timeout']);
  if (argv.quiet) words.push('--quiet');
  return words;
}

/** The `--shard` option, or the shard SLURM gives through the environment; a malformed one is a usage error. */
function shardOption(text: string | undefined): Shard | null {
  try {
    return text !== undefined ? parseShard(text) : shardFromEnv(process.env);
  } catch (error) {
    throw error instanceof UserError ? new UsageError(cliMessages.badShard(error.message)) : error;
  }
}
