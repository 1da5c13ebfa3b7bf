import { availableParallelism } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { CommandModule } from 'yargs';
import { CommandFailed } from '../../errors/CommandFailed.js';
import { cliMessages } from '../../errors/messages.js';
import { UsageError } from '../../errors/UsageError.js';
import { SweepInterrupted } from '../../experiment/runPool.js';
import { createProgressReporter } from '../../experiment/sweepProgressReporter.js';
import { checkPatterns } from '../../workflows/patterns/checkPatterns.js';
import { formatPatternTable } from '../../workflows/patterns/formatPatternTable.js';
import { readPatternFile } from '../../workflows/patterns/readPatternFile.js';
import { parseIntegerOption } from '../parseIntegerOption.js';

interface PatternsCheckArgs {
  file: string;
  out?: string;
  workers?: unknown;
  replications?: unknown;
  seed?: unknown;
  resume: boolean;
  force: boolean;
  quiet: boolean;
}

/**
 * `collabsim patterns check <patterns.yaml>`: run the paired experiments of a pattern file,
 * print a pass/fail table with effects and intervals, write `patterns.csv` and
 * `patterns.json` into `--out` (and the runs under `--out/sweeps/`). Exits 1 when a claim
 * fails (known gaps do not count), 2 for a bad file (nothing written).
 */
const checkCommand: CommandModule<object, PatternsCheckArgs> = {
  command: 'check <file>',
  describe: 'check the claims of a pattern file; exit 1 if one fails',
  builder: (y) =>
    y
      .positional('file', { type: 'string', demandOption: true, describe: 'a pattern file (YAML or JSON; docs/patterns.md)' })
      .option('out', { type: 'string', requiresArg: true, describe: 'results folder (default: results/<file name>)' })
      .option('workers', { requiresArg: true, describe: 'worker threads (default: all cores; 0 runs in the main thread)' })
      .option('replications', { requiresArg: true, describe: "paired runs per claim (replaces the file's)" })
      .option('seed', { requiresArg: true, describe: "root seed, an integer from 0 to 4294967295 (replaces the file's)" })
      .option('resume', { type: 'boolean', default: false, describe: 'continue a check already in --out, reusing its finished runs' })
      .option('force', { type: 'boolean', default: false, describe: 'replace the results already in --out' })
      .option('quiet', { type: 'boolean', default: false, describe: 'no progress bar' })
      .example('$0 patterns check patterns/safety-house.yaml --out results/sh', 'check two claims on the safety house')
      .example('$0 patterns check patterns/model/sf08-boundary-spanners.yaml --resume --out results/sf8', 'continue an interrupted check'),
  handler: async (argv) => {
    const workers = parseIntegerOption('--workers', argv.workers, 0, 1024) ?? availableParallelism();
    const replications = parseIntegerOption('--replications', argv.replications, 2, 1_000_000);
    const seed = parseIntegerOption('--seed', argv.seed, 0, 2 ** 32 - 1);
    if (argv.resume && argv.force) throw new UsageError(cliMessages.resumeOrForce);
    const plan = readPatternFile(argv.file, { replications, seed });
    const out = argv.out ?? join('results', basename(argv.file, extname(argv.file)));
    const progress = createProgressReporter({ quiet: argv.quiet });
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.on('SIGINT', onSigint);
    try {
      const check = await checkPatterns(plan, { out, workers, resume: argv.resume, force: argv.force, signal: controller.signal, onProgress: (p) => progress.update(p) });
      progress.stop();
      process.stdout.write(formatPatternTable(check));
      process.stdout.write(`${cliMessages.wrote(check.written.join(', '))}\n`);
      if (check.counts.fail > 0) throw new CommandFailed(`${check.counts.fail} of ${check.results.length} claims fail (see the table above and ${join(out, 'patterns.csv')})`);
    } catch (error) {
      progress.stop();
      if (error instanceof SweepInterrupted) {
        process.stderr.write(`interrupted: the finished runs are saved in ${out}; continue with --resume\n`);
        process.off('SIGINT', onSigint);
        process.kill(process.pid, 'SIGINT');
        return;
      }
      throw error;
    } finally {
      process.off('SIGINT', onSigint);
    }
  },
};

/** `collabsim patterns <command>`: pattern files (claims the model should reproduce). */
export const patternsCommand: CommandModule<object, object> = {
  command: 'patterns <command>',
  describe: 'pattern files: claims a scenario should reproduce (check)',
  builder: (y) => y.command(checkCommand).demandCommand(1, 'name a patterns command: check'),
  handler: () => {},
};
