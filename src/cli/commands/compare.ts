import { resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import { comparisonFiles, COMPARISON_COLUMNS } from '../../analysis/results/comparisonFiles.js';
import { compareResults, type Comparison } from '../../analysis/results/compareResults.js';
import { formatTable } from '../../analysis/results/formatTable.js';
import { readResults } from '../../results/readResults.js';
import { compareVariants, variantComparisonFiles } from '../../analysis/results/compareVariants.js';
import { variantReport } from './analyze.js';
import { checkResultFiles, writeResultFiles } from '../../results/writeResultFiles.js';
import { cliMessages } from '../../errors/messages.js';
import { parseIntegerOption } from '../parseIntegerOption.js';
import { parsePositiveNumberOption } from '../parsePositiveNumberOption.js';
import { UsageError } from '../../errors/UsageError.js';

interface CompareArgs {
  a: string;
  b?: string;
  metric?: string[];
  'point-a'?: unknown;
  'point-b'?: unknown;
  width?: unknown;
  out?: string;
  force: boolean;
}

/**
 * `collabsim compare <resultsA> [resultsB]`: paired comparison (same seeds) of two results
 * folders, or of two design points of one folder, or of each variant of one folder against
 * its reference variant; prints the mean difference A − B with its
 * interval and effect size, and with `--width` the replications needed.
 */
export const compareCommand: CommandModule<object, CompareArgs> = {
  command: 'compare <a> [b]',
  describe: 'paired comparison of two results folders or two design points (same seeds)',
  builder: (y) =>
    y
      .positional('a', { type: 'string', demandOption: true, describe: 'results folder A' })
      .positional('b', { type: 'string', describe: 'results folder B (default: A, with --point-a and --point-b)' })
      .option('metric', { type: 'string', array: true, requiresArg: true, describe: 'metrics to compare (default: all)' })
      .option('point-a', { requiresArg: true, describe: 'design point of A to compare' })
      .option('point-b', { requiresArg: true, describe: 'design point of B to compare' })
      .option('width', { requiresArg: true, describe: 'report the replications needed for an interval of this half-width' })
      .option('out', { type: 'string', requiresArg: true, describe: 'also write compare.csv and compare.json into this folder' })
      .option('force', { type: 'boolean', default: false, describe: 'overwrite compare.csv and compare.json in --out' })
      .example('$0 compare results/base results/stable', 'scenario B against A, run with the same seeds')
      .example('$0 compare results/oat --point-a 0 --point-b 3 --width 0.01', 'two design points of one sweep')
      .example('$0 compare results/covenant', 'each variant against the reference variant'),
  handler: async (argv) => {
    const pointA = parseIntegerOption('--point-a', argv['point-a'], 0, 2 ** 31 - 1);
    const pointB = parseIntegerOption('--point-b', argv['point-b'], 0, 2 ** 31 - 1);
    const width = parsePositiveNumberOption('--width', argv.width);
    const b = argv.b ?? argv.a;
    if (argv.b === undefined && pointA === undefined && pointB === undefined) {
      // One folder, no points: its variants against the reference, if it has variants.
      if (argv.out !== undefined) checkResultFiles(argv.out, ['variants.csv', 'variants.json'], argv.force);
      const data = await readResults(argv.a, { metrics: argv.metric });
      const comparison = compareVariants(data, { width });
      if (!comparison) throw new UsageError(cliMessages.comparePoints);
      process.stdout.write(variantReport(comparison));
      if (argv.out === undefined) return;
      const written = writeResultFiles(argv.out, variantComparisonFiles(comparison), argv.force);
      process.stdout.write(`\n${cliMessages.wrote(written.join(', '))}\n`);
      return;
    }
    if (resolve(b) === resolve(argv.a) && (pointA === undefined || pointB === undefined)) {
      throw new UsageError(cliMessages.comparePoints);
    }
    if (argv.out !== undefined) checkResultFiles(argv.out, ['compare.csv', 'compare.json'], argv.force);
    const dataA = await readResults(argv.a, { metrics: argv.metric });
    const dataB = resolve(b) === resolve(argv.a) ? dataA : await readResults(b, { metrics: argv.metric });
    const comparison = compareResults(dataA, dataB, { pointA, pointB, width });
    process.stdout.write(report(comparison));
    if (argv.out === undefined) return;
    const written = writeResultFiles(argv.out, comparisonFiles(comparison), argv.force);
    process.stdout.write(`\n${cliMessages.wrote(written.join(', '))}\n`);
  },
};

function report(c: Comparison): string {
  const side = (dir: string, point: number | null) => (point === null ? dir : `${dir} point ${point}`);
  const columns = COMPARISON_COLUMNS.filter((col) => col !== 'sdDifference' && (c.width !== null || col !== 'replicationsNeeded'));
  const lines = [
    `A − B: A = ${side(c.a, c.pointA)}, B = ${side(c.b, c.pointB)}; paired by ${c.pairing}`,
    '',
    formatTable(columns, c.rows).trimEnd(),
    '',
    `intervals: ${Math.round(c.confidence * 100)}% over replicates` +
      (c.width === null ? '' : `; replicationsNeeded: for a half-width of ${c.width}`),
  ];
  return `${lines.join('\n')}\n`;
}
