import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { overlayLabels } from '../overlayLabels.js';
import type { CommandModule } from 'yargs';
import { CHART_KINDS, type ChartKind } from '../../workflows/charts/chartKinds.js';
import { toJson } from '../../results/toJson.js';
import { writeFileAtomic } from '../../results/writeFileAtomic.js';
import { cliMessages } from '../../errors/messages.js';
import { UsageError } from '../../errors/UsageError.js';

const FORMATS = ['png', 'svg', 'vl.json'] as const;
type Format = (typeof FORMATS)[number];

interface PlotArgs {
  results: string[];
  label?: string[];
  chart: ChartKind;
  metric?: string;
  x?: string;
  y?: string;
  by?: string;
  format?: Format;
  out?: string;
  force: boolean;
}

/**
 * `collabsim plot <results> --chart <kind>`: draw one chart of a sweep's or a single run's
 * results folder as PNG, SVG or a Vega-Lite spec (`vl.json`), into
 * `<results>/plots/<chart>.<format>` unless `--out` says otherwise.
 */
export const plotCommand: CommandModule<object, PlotArgs> = {
  command: 'plot <results..>',
  describe: "draw one chart of a sweep's or a run's results folder, or overlay several folders' time series (PNG, SVG or Vega-Lite)",
  builder: (y) =>
    y
      .positional('results', { type: 'string', array: true, demandOption: true, describe: 'results folders (collabsim sweep, merge or run --out); several are overlaid as time series' })
      .option('label', { type: 'string', array: true, requiresArg: true, describe: 'legend label of each results folder, in order (default: the folder names)' })
      .option('chart', { choices: CHART_KINDS, demandOption: true, describe: 'what to draw' })
      .option('metric', { type: 'string', requiresArg: true, describe: 'the metric (default: the first of successRate, meanOrgTrust, signalsShared, casesOpen the folder has)' })
      .option('x', { type: 'string', requiresArg: true, describe: 'heatmap: the factor across; distribution: the factor per column (default: the most important)' })
      .option('y', { type: 'string', requiresArg: true, describe: 'heatmap: the factor up (default: the second most important)' })
      .option('by', { type: 'string', requiresArg: true, describe: "timeseries of a sweep: a line per level of this factor, or 'point'" })
      .option('format', { choices: FORMATS, describe: 'output format (default: from --out, else png)' })
      .option('out', { type: 'string', requiresArg: true, describe: 'file to write (default: <results>/plots/<chart>.<format>)' })
      .option('force', { type: 'boolean', default: false, describe: 'overwrite an existing file' })
      .example('$0 plot results/trust --chart effects --metric successRate', 'tornado chart of an oat or grid sweep')
      .example('$0 plot results/trust --chart heatmap --x manpower --y mutualTrust --format svg', 'heat map of two factors of a grid sweep')
      .example('$0 plot results/run1 --chart trust --out trust.png', 'trust matrix at the end of a single run')
      .example('$0 plot results/base results/covenant --chart timeseries --metric successRate --label baseline --label covenant --out both.svg', 'two folders overlaid'),
  handler: async (argv) => {
    const folders = argv.results;
    const several = folders.length > 1;
    if (several && argv.chart !== 'timeseries') throw new UsageError(cliMessages.overlayNeedsTimeseries(argv.chart));
    if (several && argv.out === undefined) throw new UsageError(cliMessages.overlayNeedsOut('plot'));
    const labels = overlayLabels(folders, argv.label);
    const format = outputFormat(argv.out, argv.format);
    const out = argv.out ?? join(folders[0], 'plots', `${argv.chart}.${format}`);
    if (!argv.force && existsSync(out)) throw new UsageError(cliMessages.fileExists(out));
    const [{ chartFromResults }, { readResultsFolder }, { overlayTimeseries }] = await Promise.all([
      import('../../workflows/charts/chartFromResults.js'),
      import('../../results/readResultsFolder.js'),
      import('../../workflows/charts/overlayTimeseries.js'),
    ]);
    const read = [];
    for (const dir of folders) read.push(await readResultsFolder(dir));
    const request = { chart: argv.chart, metric: argv.metric, x: argv.x, y: argv.y, by: argv.by };
    const spec = several || (argv.label !== undefined && argv.chart === 'timeseries')
      ? await overlayTimeseries(read.map((folder, i) => ({ folder, label: labels[i] })), argv.metric)
      : await chartFromResults(read[0], request);
    let bytes: string | Uint8Array;
    if (format === 'vl.json') bytes = toJson(spec);
    else if (format === 'svg') bytes = await (await import('../../charts/renderSvg.js')).renderSvg(spec);
    else bytes = await (await import('../../charts/renderPng.js')).renderPng(spec);
    mkdirSync(dirname(out), { recursive: true });
    writeFileAtomic(out, bytes);
    process.stdout.write(`${cliMessages.wrote(out)}\n`);
  },
};

/**
 * The format to write: `--format`, else the one `--out` names by its extension (`.png`, `.svg`,
 * `.vl.json` or `.json` for the Vega-Lite spec), else PNG. An `--out` with any other extension
 * (`x.jpg`) or one that contradicts `--format` is refused, never written in another format.
 */
function outputFormat(out: string | undefined, asked: Format | undefined): Format {
  if (out === undefined) return asked ?? 'png';
  const lower = out.toLowerCase();
  const named = FORMATS.find((f) => lower.endsWith(`.${f}`)) ?? (lower.endsWith('.json') ? 'vl.json' : undefined);
  if (named === undefined) throw new UsageError(cliMessages.unknownOutputType(out, '.png, .svg or .vl.json (or .json)'));
  if (asked !== undefined && asked !== named) throw new UsageError(cliMessages.outputTypeMismatch(out, asked));
  return named;
}
