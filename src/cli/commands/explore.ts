import { cliMessages } from '../../errors/messages.js';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { eventConflictWarnings } from '../../experiment/findEventConflicts.js';
import { formatDuration } from '../../experiment/formatDuration.js';
import { DEFAULT_RUN_TIMEOUT, SweepInterrupted } from '../../experiment/runPool.js';
import { createProgressReporter } from '../../experiment/sweepProgressReporter.js';
import { parseIntegerOption } from '../parseIntegerOption.js';
import { parsePositiveNumberOption } from '../parsePositiveNumberOption.js';
import { UsageError } from '../../errors/UsageError.js';
import { NOISE_MARK, noiseFloorLegend } from '../../methods/noiseMark.js';
import { Interrupted } from '../../errors/Interrupted.js';
import type { SweepProgress } from '../../workflows/runSweep.js';
import { watchInterrupts } from '../watchInterrupts.js';
import { formatCommandLine } from '../formatCommandLine.js';

interface ExploreArgs {
  scenario: string;
  'strict-events': boolean;
  out?: string;
  replications?: unknown;
  trajectories?: unknown;
  workers?: unknown;
  weeks?: unknown;
  seed?: unknown;
  resume: boolean;
  force: boolean;
  quiet: boolean;
  dummy: boolean;
  'common-random-numbers': boolean;
  'run-timeout'?: unknown;
}

/**
 * `collabsim explore <scenario>`: the main job. Screens every precondition of the scenario
 * (Morris), writes the results folder, the analysis and the HTML report, and prints the
 * preconditions ranked by how much they move the success rate. SIGINT or SIGTERM stops it
 * like `sweep`: runs kept, lock released, the `--resume` command printed, exit 130 or 143.
 */
export const exploreCommand: CommandModule<object, ExploreArgs> = {
  command: 'explore <scenario>',
  describe: 'screen every precondition of a scenario: sweep, analysis, report and a ranking',
  builder: (y) =>
    y
      .positional('scenario', { type: 'string', demandOption: true, describe: 'a preset name or a scenario file' })
      .option('out', { type: 'string', requiresArg: true, describe: 'results folder (default: results/explore-<scenario>)' })
      .option('replications', { requiresArg: true, describe: 'runs per design point (default 2)' })
      .option('trajectories', { requiresArg: true, describe: 'Morris trajectories (default 20; 16 points each, 15 with --no-dummy)' })
      .option('workers', { requiresArg: true, describe: 'worker threads (default: all cores)' })
      .option('weeks', { requiresArg: true, describe: "horizon in weeks (default: the scenario's)" })
      .option('seed', { requiresArg: true, describe: 'root seed (default 20201001)' })
      .option('resume', { type: 'boolean', default: false, describe: 'continue an interrupted exploration in --out' })
      .option('force', { type: 'boolean', default: false, describe: 'replace the results already in --out' })
      .option('quiet', { type: 'boolean', default: false, describe: 'no progress bar' })
      .option('dummy', {
        type: 'boolean',
        default: true,
        describe: 'add a dummy factor the model never reads, the noise floor (--no-dummy: none)',
      })
      .option('common-random-numbers', {
        type: 'boolean',
        default: false,
        describe: "same seeds at every design point (then the dummy's μ* is 0, not the noise floor)",
      })
      .option('strict-events', { type: 'boolean', default: false, describe: 'refuse (exit 2) when a timeline event sets a screened precondition' })
      .option('run-timeout', { requiresArg: true, describe: `seconds one run may take on a worker before it is stopped and recorded as failed (default ${DEFAULT_RUN_TIMEOUT}; none with --workers 0)` })
      .example('$0 explore safety-house', 'which preconditions matter for a safety house, with a report')
      .example('$0 explore my-network.yaml --replications 5 --out results/mine', 'tighter intervals for your own scenario'),
  handler: async (argv) => {
    const replications = parseIntegerOption('--replications', argv.replications, 1, 10_000);
    const trajectories = parseIntegerOption('--trajectories', argv.trajectories, 2, 10_000);
    const workers = parseIntegerOption('--workers', argv.workers, 0, 1024) ?? availableParallelism();
    const weeks = parseIntegerOption('--weeks', argv.weeks, 1, 5200);
    const seed = parseIntegerOption('--seed', argv.seed, 0, 2 ** 32 - 1);
    const runTimeout = parsePositiveNumberOption('--run-timeout', argv['run-timeout']);
    if (runTimeout !== undefined && workers === 0) throw new UsageError(cliMessages.runTimeoutNeedsWorkers);
    if (argv.resume && argv.force) throw new UsageError(cliMessages.resumeOrForce);
    const out = argv.out ?? join('results', `explore-${argv.scenario.replace(/\.(ya?ml|json)$/, '').replace(/[^A-Za-z0-9-]+/g, '-')}`);
    const { explore } = await import('../../workflows/explore.js');
    const progress = createProgressReporter({ quiet: argv.quiet });
    const interrupts = watchInterrupts();
    const started = performance.now();
    try {
      const result = await explore(argv.scenario, {
        out,
        workers,
        replications,
        trajectories,
        weeks,
        seed,
        dummy: argv.dummy,
        commonRandomNumbers: argv['common-random-numbers'],
        resume: argv.resume,
        force: argv.force,
        signal: interrupts.signal,
        runTimeout,
        onProgress: (p) => progress.update(p),
        strictEvents: argv['strict-events'],
        onEventConflicts: (conflicts) => process.stderr.write(eventConflictWarnings(conflicts)),
      });
      progress.stop();
      const floor = result.noiseFloor?.byOutcome.successRate;
      const marked = (d: boolean | null) => (d === false ? NOISE_MARK : ' ');
      const lines = [
        `explored ${argv.scenario}: ${runsText(result, out)} in ${formatDuration((performance.now() - started) / 1000)}`,
        '',
        'preconditions ranked by their effect on the success rate (Morris μ*: mean absolute change',
        'over the full range [0, 1], in share of mature cases, with its 95% bootstrap interval):',
        '',
        ...result.ranking.successRate.map(
          (r) =>
            `${String(r.rank).padStart(3)} ${marked(r.distinguishable)}${r.factor.padEnd(20)} ${r.muStar.toFixed(3)}  [${r.muStarLow.toFixed(3)}, ${r.muStarHigh.toFixed(3)}]` +
            `  ${r.mu >= 0 ? 'raises' : 'lowers'} it`,
        ),
        ...(floor && result.noiseFloor
          ? [
              `     ${'dummy (noise floor)'.padEnd(20)} ${floor.muStar.toFixed(3)}  [${floor.muStarLow.toFixed(3)}, ${floor.muStarHigh.toFixed(3)}]`,
              '',
              ...noiseFloorLegend('μ*', result.noiseFloor.commonRandomNumbers),
            ]
          : []),
        ...(result.unranked.length > 0
          ? ['', `not ranked (missing at some design point, e.g. a horizon shorter than successAge): ${result.unranked.join(', ')}`]
          : []),
        '',
        `analysis: ${join(out, 'analysis', 'morris.csv')}`,
        `report:   ${result.report}`,
      ];
      process.stdout.write(lines.join('\n') + '\n');
    } catch (error) {
      progress.stop();
      if (error instanceof SweepInterrupted) {
        const p = (error as SweepInterrupted & { progress?: Partial<SweepProgress> }).progress;
        const saved = `${p?.done ?? 0} of ${p?.total ?? '?'} runs are saved in ${out}`;
        const resume = formatCommandLine(['collabsim', 'explore', argv.scenario, '--out', out, ...resumeOptions(argv), '--resume']);
        const signal = interrupts.received() ?? 'SIGINT';
        throw new Interrupted(signal, cliMessages.interrupted('explore', signal, saved, `continue with:\n  ${resume}`));
      }
      throw error;
    } finally {
      interrupts.dispose();
    }
  },
};

/** The options of this exploration that a `--resume` of it must repeat. */
function resumeOptions(argv: ExploreArgs): string[] {
  const words: string[] = [];
  for (const option of ['replications', 'trajectories', 'weeks', 'seed', 'workers', 'run-timeout'] as const) {
    if (argv[option] !== undefined) words.push(`--${option}`, String(argv[option]));
  }
  if (argv.dummy === false) words.push('--no-dummy');
  if (argv['common-random-numbers']) words.push('--common-random-numbers');
  if (argv['strict-events']) words.push('--strict-events');
  if (argv.quiet) words.push('--quiet');
  return words;
}

/**
 * The runs of an explore, saying which were reused from the folder: "600 runs (0 failed)",
 * "600 runs reused from results/x, 0 new (0 failed)", or "600 runs (450 reused from results/x,
 * 150 new; 0 failed)".
 */
function runsText(result: { runs: number; failed: number; reused: number }, out: string): string {
  if (result.reused === 0) return `${result.runs} runs (${result.failed} failed)`;
  if (result.reused >= result.runs) return `${result.runs} runs reused from ${out}, 0 new (${result.failed} failed)`;
  return `${result.runs} runs (${result.reused} reused from ${out}, ${result.runs - result.reused} new; ${result.failed} failed)`;
}
