import { dirname, join } from 'node:path';
import type { CommandModule } from 'yargs';
import { conditionMetrics, type DiscoveryCondition } from '../../analysis/discovery/casesOfInterest.js';
import { discover, type Discovery } from '../../analysis/discovery/discover.js';
import { discoveryFiles, TRAJECTORY_COLUMNS } from '../../analysis/discovery/discoveryFiles.js';
import { PRIM_OBJECTIVES, type PrimObjective } from '../../analysis/discovery/primObjective.js';
import { formatTable } from '../../analysis/results/formatTable.js';
import { readConditionFile } from '../../analysis/results/readConditionFile.js';
import { readDiscoveryCsv } from '../../analysis/results/readDiscoveryCsv.js';
import { readDiscoveryTable } from '../../analysis/results/readDiscoveryTable.js';
import { checkResultFiles, writeResultFiles } from '../../results/writeResultFiles.js';
import { cliMessages } from '../../errors/messages.js';
import { parseIntegerOption } from '../parseIntegerOption.js';
import { UsageError } from '../../errors/UsageError.js';

interface DiscoverArgs {
  results?: string;
  table?: string;
  factors?: string;
  metric?: string;
  condition?: string;
  below?: unknown;
  above?: unknown;
  objective: PrimObjective;
  'peel-alpha': unknown;
  'paste-alpha': unknown;
  'mass-min': unknown;
  box?: unknown;
  average: boolean;
  resamples: unknown;
  trees: unknown;
  seed: unknown;
  boxes: unknown;
  threshold?: unknown;
  out?: string;
  force: boolean;
}

const FILES = ['trajectory.csv', 'box.csv', 'trajectory.json', 'box.json', 'stability.csv', 'features.csv', 'boxes.csv'];

/**
 * `collabsim discover <results> --metric M --below X`: scenario discovery with PRIM on a
 * sweep's runs (or `--table file.csv --factors a,b,c` on any table): prints the trajectory,
 * the chosen box with quasi-p-values and its reading in words, and writes `trajectory.csv`,
 * `box.csv`, their JSON, `stability.csv`, `features.csv` (and with `--boxes` `boxes.csv`) into
 * `<results>/discovery/`.
 */
export const discoverCommand: CommandModule<object, DiscoverArgs> = {
  command: 'discover [results]',
  describe: 'scenario discovery: which combinations of factors make the cases of interest (PRIM)',
  builder: (y) =>
    y
      .positional('results', { type: 'string', describe: 'a results folder written by sweep or merge' })
      .option('table', { type: 'string', requiresArg: true, describe: 'any CSV table instead of a results folder (one case per row)' })
      .option('factors', { type: 'string', requiresArg: true, describe: 'with --table: the factor columns, comma-separated' })
      .option('metric', { type: 'string', requiresArg: true, describe: 'the outcome the condition is on (a metric, or a --table column)' })
      .option('below', { requiresArg: true, describe: 'cases of interest: metric strictly below this' })
      .option('above', { requiresArg: true, describe: 'cases of interest: metric strictly above this' })
      .option('condition', { type: 'string', requiresArg: true, describe: 'instead of --metric and --below/--above: a YAML file combining metric conditions (all: or any:)' })
      .option('objective', { choices: PRIM_OBJECTIVES, default: 'lenient1' as PrimObjective, describe: "PRIM's objective (EMA Workbench's)" })
      .option('peel-alpha', { default: 0.05, requiresArg: true, describe: 'share of a box peeled off per step, above 0 and at most 0.5' })
      .option('paste-alpha', { default: 0.05, requiresArg: true, describe: 'share pasted back per step, above 0 and at most 0.5' })
      .option('mass-min', { default: 0.05, requiresArg: true, describe: 'smallest box, as a share of all cases' })
      .option('box', { requiresArg: true, describe: 'trajectory entry to inspect (default: the last; -2: the one before)' })
      .option('average', { type: 'boolean', default: false, describe: 'one case per design point (mean over replications) instead of one per run' })
      .option('resamples', { default: 10, requiresArg: true, describe: 'resamples for the stability check (0: none)' })
      .option('trees', { default: 100, requiresArg: true, describe: 'extra trees for the feature scores (0: none)' })
      .option('seed', { default: 0, requiresArg: true, describe: 'seed of the resamples and trees' })
      .option('boxes', { default: 1, requiresArg: true, describe: 'boxes to find in sequence, each after removing the cases of the earlier ones (covering)' })
      .option('threshold', { requiresArg: true, describe: 'with --boxes: stop at the first box whose density is below this' })
      .option('out', { type: 'string', requiresArg: true, describe: 'folder for the files (default: <results>/discovery, or discovery/ beside the table)' })
      .option('force', { type: 'boolean', default: false, describe: 'overwrite earlier discovery files in --out' })
      .conflicts('below', 'above')
      .conflicts('table', 'results')
      .conflicts('condition', ['metric', 'below', 'above'])
      .example('$0 discover results/lhs --metric successRate --below 0.3', 'which preconditions make success rare')
      .example('$0 discover results/lhs --condition fail.yaml', 'cases of interest from a condition file (docs/discovery.md)')
      .example('$0 discover --table quakes.csv --factors lat,long,depth,stations --metric mag --above 5', 'PRIM on a table of your own'),
  handler: async (argv) => {
    checkSource(argv);
    const condition = argv.condition !== undefined ? readConditionFile(argv.condition!) : parseCondition(argv);
    const metrics = conditionMetrics(condition);
    const settings = {
      objective: argv.objective,
      peelAlpha: parseNumber('--peel-alpha', argv['peel-alpha']),
      pasteAlpha: parseNumber('--paste-alpha', argv['paste-alpha']),
      massMin: parseNumber('--mass-min', argv['mass-min']),
      box: argv.box === undefined ? undefined : parseIntegerOption('--box', argv.box, -1_000_000, 1_000_000),
      resamples: parseIntegerOption('--resamples', argv.resamples, 0, 10_000)!,
      trees: parseIntegerOption('--trees', argv.trees, 0, 10_000)!,
      seed: parseIntegerOption('--seed', argv.seed, 0, 2 ** 32 - 1)!,
      boxes: parseIntegerOption('--boxes', argv.boxes, 1, 100)!,
      threshold: argv.threshold === undefined ? undefined : parseNumber('--threshold', argv.threshold),
    };
    const out = argv.out ?? (argv.table !== undefined ? join(dirname(argv.table), 'discovery') : join(argv.results!, 'discovery'));
    checkResultFiles(out, FILES, argv.force);
    const data =
      argv.table !== undefined
        ? readDiscoveryCsv(argv.table, parseFactors(argv.factors), metrics)
        : await readDiscoveryTable(argv.results!, metrics, { average: argv.average });
    const found = discover(data, condition, settings);
    process.stdout.write(report(found));
    const written = writeResultFiles(out, discoveryFiles(found), argv.force);
    process.stdout.write(`\n${cliMessages.wrote(written.join(', '))}\n`);
  },
};

function checkSource(argv: DiscoverArgs): void {
  if (argv.results === undefined && argv.table === undefined) throw new UsageError('name a results folder, or a table with --table');
  if (argv.table !== undefined && argv.factors === undefined) throw new UsageError('--table needs --factors: the factor columns, comma-separated');
  if (argv.table === undefined && argv.factors !== undefined) throw new UsageError('--factors goes with --table; a results folder names its own factors');
}

function parseCondition(argv: DiscoverArgs): DiscoveryCondition {
  if (argv.metric === undefined) throw new UsageError('say which cases are of interest: --metric M with --below X or --above X, or --condition FILE');
  if (argv.below === undefined && argv.above === undefined) throw new UsageError('say which cases are of interest: --below X or --above X');
  return argv.below !== undefined
    ? { metric: argv.metric, below: parseNumber('--below', argv.below) }
    : { metric: argv.metric, above: parseNumber('--above', argv.above) };
}

function parseNumber(option: string, value: unknown): number {
  const v = typeof value === 'number' ? value : Number.NaN;
  if (!Number.isFinite(v)) throw new UsageError(`${option}: expected a number, found ${JSON.stringify(value)}`);
  return v;
}

function parseFactors(text: string | undefined): string[] {
  return (text ?? '').split(',').map((f) => f.trim()).filter((f) => f !== '');
}

/** The printed report: the cases, the trajectory, the chosen box, its reading, stability and scores. */
function report(found: Discovery): string {
  const { result } = found;
  const box = result.trajectory[found.chosen];
  const kind = { separate: 'runs (replications as separate cases)', averaged: 'design points (mean over replications)', rows: 'rows' }[found.cases];
  const excluded = [found.failed > 0 ? `${found.failed} failed runs` : '', found.missing > 0 ? `${found.missing} runs without a value` : ''].filter(Boolean);
  const lines = [
    `PRIM on ${found.source}: ${result.n} ${kind}, ${result.interest} with ${found.conditionText}` + (excluded.length ? ` (${excluded.join(', ')} left out)` : ''),
    `objective ${result.settings.objective}, peelAlpha ${result.settings.peelAlpha}, pasteAlpha ${result.settings.pasteAlpha}, massMin ${result.settings.massMin}`,
    '',
    formatTable(TRAJECTORY_COLUMNS, result.trajectory.map((b) => ({ ...b, box: b.index })), 200).trimEnd(),
    '',
    `box ${found.chosen}: coverage ${box.coverage.toFixed(3)}, density ${box.density.toFixed(3)}, mass ${box.mass.toFixed(3)}`,
    formatTable(
      ['factor', 'low', 'high', 'qpLow', 'qpHigh'],
      box.limits.filter((l) => l.restricted).map((l) => ({ ...l, low: l.categories ? l.categories.join('|') : l.low, qpLow: l.qpLow ?? undefined, qpHigh: l.qpHigh ?? undefined })),
    ).trimEnd(),
    '',
    found.reading,
  ];
  if (found.stability.length > 0) {
    lines.push('', 'resampling stability (share of resamples restricting each factor):');
    lines.push(formatTable(['factor', 'reproduceCoverage', 'reproduceDensity'], found.stability).trimEnd());
  }
  if (found.scores.length > 0) {
    lines.push('', 'feature scores (extra trees):', formatTable(['factor', 'score'], found.scores).trimEnd());
  }
  if (found.covering.length > 0) {
    lines.push('', `${found.covering.length} boxes in sequence (covering):`, formatTable(['box', 'n', 'k', 'coverage', 'density', 'mass', 'restricted'], found.covering).trimEnd());
    for (const box of found.covering) lines.push(`box ${box.box}: ${box.reading}`);
  }
  return `${lines.join('\n')}\n`;
}
