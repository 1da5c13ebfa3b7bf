import { cliMessages } from '../../errors/messages.js';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { formatDuration } from '../../experiment/formatDuration.js';
import { SweepInterrupted } from '../../experiment/runPool.js';
import { createProgressReporter } from '../../experiment/sweepProgressReporter.js';
import { parseIntegerOption } from '../parseIntegerOption.js';
import { UsageError } from '../../errors/UsageError.js';

interface ExploreArgs {
  scenario: string;
  out?: string;
  replications?: unknown;
  trajectories?: unknown;
  workers?: unknown;
  weeks?: unknown;
  seed?: unknown;
  resume: boolean;
  force: boolean;
  quiet: boolean;
}

/**
 * `collabsim explore <scenario>`: the main job. Screens every precondition of the scenario
 * (Morris), writes the results folder, the analysis and the HTML report, and prints the
 * preconditions ranked by how much they move the success rate.
 */
export const exploreCommand: CommandModule<object, ExploreArgs> = {
  command: 'explore <scenario>',
  describe: 'screen every precondition of a scenario: sweep, analysis, report and a ranking',
  builder: (y) =>
    y
      .positional('scenario', { type: 'string', demandOption: true, describe: 'a preset name or a scenario file' })
      .option('out', { type: 'string', requiresArg: true, describe: 'results folder (default: results/explore-<scenario>)' })
      .option('replications', { requiresArg: true, describe: 'runs per design point (default 2)' })
      .option('trajectories', { requiresArg: true, describe: 'Morris trajectories (default 20; 15 points each)' })
      .option('workers', { requiresArg: true, describe: 'worker threads (default: all cores)' })
      .option('weeks', { requiresArg: true, describe: "horizon in weeks (default: the scenario's)" })
      .option('seed', { requiresArg: true, describe: 'root seed (default 20201001)' })
      .option('resume', { type: 'boolean', default: false, describe: 'continue an interrupted exploration in --out' })
      .option('force', { type: 'boolean', default: false, describe: 'replace the results already in --out' })
      .option('quiet', { type: 'boolean', default: false, describe: 'no progress bar' })
      .example('$0 explore safety-house', 'which preconditions matter for a safety house, with a report')
      .example('$0 explore my-network.yaml --replications 5 --out results/mine', 'tighter intervals for your own scenario'),
  handler: async (argv) => {
    const replications = parseIntegerOption('--replications', argv.replications, 1, 10_000);
    const trajectories = parseIntegerOption('--trajectories', argv.trajectories, 2, 10_000);
    const workers = parseIntegerOption('--workers', argv.workers, 0, 1024) ?? availableParallelism();
    const weeks = parseIntegerOption('--weeks', argv.weeks, 1, 5200);
    const seed = parseIntegerOption('--seed', argv.seed, 0, 2 ** 32 - 1);
    if (argv.resume && argv.force) throw new UsageError(cliMessages.resumeOrForce);
    const out = argv.out ?? join('results', `explore-${argv.scenario.replace(/\.(ya?ml|json)$/, '').replace(/[^A-Za-z0-9-]+/g, '-')}`);
    const { explore } = await import('../../workflows/explore.js');
    const progress = createProgressReporter({ quiet: argv.quiet });
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.on('SIGINT', onSigint);
    const started = performance.now();
    try {
      const result = await explore(argv.scenario, {
        out,
        workers,
        replications,
        trajectories,
        weeks,
        seed,
        resume: argv.resume,
        force: argv.force,
        signal: controller.signal,
        onProgress: (p) => progress.update(p),
      });
      progress.stop();
      const lines = [
        `explored ${argv.scenario}: ${runsText(result, out)} in ${formatDuration((performance.now() - started) / 1000)}`,
        '',
        'preconditions ranked by their effect on the success rate (Morris μ*: mean absolute change',
        'over the full range [0, 1], in share of mature cases, with its 95% bootstrap interval):',
        '',
        ...result.ranking.successRate.map(
          (r) =>
            `${String(r.rank).padStart(3)}  ${r.factor.padEnd(20)} ${r.muStar.toFixed(3)}  [${r.muStarLow.toFixed(3)}, ${r.muStarHigh.toFixed(3)}]` +
            `  ${r.mu >= 0 ? 'raises' : 'lowers'} it`,
        ),
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
        process.stderr.write(`interrupted: finished runs are saved in ${out}; continue with --resume\n`);
        process.exitCode = 130;
        return;
      }
      throw error;
    } finally {
      process.off('SIGINT', onSigint);
    }
  },
};

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
