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
  width?: unknown[];
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
      .option('width', {
        type: 'string',
        array: true,
        requiresArg: true,
        describe:
          "report the replications needed for an interval of this half-width: a fraction of each metric's level (0.05: ±5% of (|meanA| + |meanB|) / 2), or metric=W in the metric's units",
      })
      .option('out', { type: 'string', requiresArg: true, describe: 'also write compare.csv and compare.json into this folder' })
      .option('force', { type: 'boolean', default: false, describe: 'overwrite compare.csv and compare.json in --out' })
      .example('$0 compare results/base results/stable', 'scenario B against A, run with the same seeds')
      .example('$0 compare results/oat --point-a 0 --point-b 3 --width 0.05', 'two design points of one sweep; replications for ±5% of each metric')
      .example('$0 compare results/base results/stable --width successRate=0.01', 'replications for ±0.01 on the success rate')
      .example('$0 compare results/covenant', 'each variant against the reference variant'),
  handler: async (argv) => {
    const pointA = parseIntegerOption('--point-a', argv['point-a'], 0, 2 ** 31 - 1);
    const pointB = parseIntegerOption('--point-b', argv['point-b'], 0, 2 ** 31 - 1);
    const { relativeWidth, width } = parseWidths(argv.width);
    const b = argv.b ?? argv.a;
    if (argv.b === undefined && pointA === undefined && pointB === undefined) {
      // One folder, no points: its variants against the reference, if it has variants.
      if (argv.out !== undefined) checkResultFiles(argv.out, ['variants.csv', 'variants.json'], argv.force);
      const data = await readResults(argv.a, { metrics: argv.metric });
      const comparison = compareVariants(data, { width, relativeWidth });
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
    const comparison = compareResults(dataA, dataB, { pointA, pointB, width, relativeWidth });
    process.stdout.write(report(comparison));
    if (argv.out === undefined) return;
    const written = writeResultFiles(argv.out, comparisonFiles(comparison), argv.force);
    process.stdout.write(`\n${cliMessages.wrote(written.join(', '))}\n`);
  },
};

/**
 * `--width` values: one plain number is a relative half-width (a fraction of each metric's
 * level); `metric=W` is an absolute half-width for that metric, in its units.
 *
 * @example
 * parseWidths(['0.05', 'casesOpen=2']); // { relativeWidth: 0.05, width: { casesOpen: 2 } }
 */
function parseWidths(values: readonly unknown[] | undefined): { relativeWidth?: number; width?: Record<string, number> } {
  if (values === undefined) return {};
  let relativeWidth: number | undefined;
  let width: Record<string, number> | undefined;
  for (const value of values) {
    const text = String(value);
    const pair = /^([A-Za-z_][\w.]*)=(.*)$/.exec(text);
    if (pair === null) {
      if (relativeWidth !== undefined) throw new UsageError(cliMessages.badPositiveNumber('--width', `${relativeWidth} and ${text}`));
      relativeWidth = parsePositiveNumberOption('--width', asNumber(text));
    } else {
      width = { ...width, [pair[1]]: parsePositiveNumberOption(`--width ${pair[1]}`, asNumber(pair[2]))! };
    }
  }
  return { relativeWidth, width };
}

/** A number written on the command line, or the text itself when it is none (for the message). */
function asNumber(text: string): number | string {
  return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
}

function report(c: Comparison): string {
  const side = (dir: string, point: number | null) => (point === null ? dir : `${dir} point ${point}`);
  const asked = c.width !== null || c.relativeWidth !== null;
  const columns = COMPARISON_COLUMNS.filter((col) => col !== 'sdDifference' && (asked || (col !== 'replicationsNeeded' && col !== 'halfWidth')));
  const lines = [
    `A − B: A = ${side(c.a, c.pointA)}, B = ${side(c.b, c.pointB)}; paired by ${c.pairing}`,
    '',
    formatTable(columns, c.rows).trimEnd(),
    '',
    `intervals: ${Math.round(c.confidence * 100)}% over replicates` +
      (!asked
        ? ''
        : c.relativeWidth !== null
          ? `; replicationsNeeded: for a half-width of ${c.relativeWidth} × each metric's level (halfWidth, in its units)`
          : '; replicationsNeeded: for the half-width asked for each metric (halfWidth)'),
  ];
  return `${lines.join('\n')}\n`;
}
