import { availableParallelism } from 'node:os';
import type { CommandModule } from 'yargs';
import { formatTable } from '../../analysis/results/formatTable.js';
import { cliMessages } from '../../errors/messages.js';
import { parseIntegerOption } from '../parseIntegerOption.js';

interface CalibrateArgs {
  file: string;
  out: string;
  workers?: unknown;
  resume: boolean;
  quiet: boolean;
}

/**
 * `collabsim calibrate <calibration.yaml> --out DIR`: fits the parameters of a scenario (or
 * built-in model) to observed targets by ABC-SMC, on worker threads, and writes the results
 * folder (particles, generations, posterior, posterior predictive check, charts); prints the
 * generations and the posterior. `--resume` continues an interrupted calibration with the
 * same result.
 */
export const calibrateCommand: CommandModule<object, CalibrateArgs> = {
  command: 'calibrate <file>',
  describe: 'fit parameters to observed values by approximate Bayesian computation (ABC-SMC)',
  builder: (y) =>
    y
      .positional('file', { type: 'string', demandOption: true, describe: 'a calibration file (docs/calibration.md)' })
      .option('out', { type: 'string', demandOption: true, requiresArg: true, describe: 'results folder (new or empty; with --resume the one to continue)' })
      .option('workers', { requiresArg: true, describe: 'worker threads (default: all cores; 0 runs in the main thread); results do not depend on it' })
      .option('resume', { type: 'boolean', default: false, describe: 'continue the interrupted calibration in --out' })
      .option('quiet', { type: 'boolean', default: false, describe: 'no progress lines' })
      .example('$0 calibrate calibration.yaml --out results/cal', 'calibrate on all cores')
      .example('$0 calibrate calibration.yaml --out results/cal --resume', 'continue after an interruption'),
  handler: async (argv) => {
    const workers = parseIntegerOption('--workers', argv.workers, 0, 1024) ?? availableParallelism();
    const [{ loadCalibrationFile }, { calibrate }] = await Promise.all([
      import('../../workflows/calibrate/loadCalibrationFile.js'),
      import('../../workflows/calibrate/calibrate.js'),
    ]);
    const calibration = loadCalibrationFile(argv.file);
    const say = (text: string) => {
      if (!argv.quiet) process.stderr.write(`${text}\n`);
    };
    const result = await calibrate(calibration, {
      out: argv.out,
      workers,
      resume: argv.resume,
      onProgress: (p) => {
        if (p.kind === 'generation') {
          const g = p.generation;
          say(`generation ${g.generation}${p.resumed ? ' (saved)' : ''}: tolerance ${g.tolerance.toPrecision(4)}, acceptance ${g.acceptanceRate.toPrecision(3)}, ESS ${g.ess.toFixed(0)}`);
        }
      },
    });
    const generations = result.run.generations.map((g) => ({ generation: g.generation, tolerance: g.tolerance, acceptanceRate: g.acceptanceRate, attempts: g.attempts, ess: g.ess }));
    process.stdout.write(`${formatTable(['generation', 'tolerance', 'acceptanceRate', 'attempts', 'ess'], generations).trimEnd()}\n`);
    process.stdout.write(`stopped: ${stopText(result.run.stopReason)}\n\nposterior (final generation):\n`);
    process.stdout.write(`${formatTable(['parameter', 'mean', 'sd', 'q05', 'q50', 'q95'], result.posterior).trimEnd()}\n\nposterior predictive check (90% interval):\n`);
    process.stdout.write(`${formatTable(['metric', 'observed', 'mean', 'q05', 'q95', 'inside'], result.predictive.map((r) => ({ ...r, inside: String(r.inside) }))).trimEnd()}\n`);
    process.stdout.write(`\n${cliMessages.wrote(`${argv.out}/ (${result.files.join(', ')})`)}\n`);
  },
};

function stopText(reason: string): string {
  if (reason === 'generations') return 'all generations done';
  if (reason === 'minTolerance') return 'the tolerance reached stop.minTolerance';
  return 'the next generation would have needed more proposals than stop.minAcceptance allows (it was abandoned)';
}
