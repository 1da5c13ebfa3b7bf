import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { analysisColumns, analysisFiles, extraTables } from '../../methods/analysisTables.js';
import { ANALYSIS_METHODS } from '../../methods/registry.js';
import { analyzeResults, type Analysis } from '../../methods/analyzeResults.js';
import { chooseMethod, type AnalysisMethod, type AnalysisRequest } from '../../methods/chooseMethod.js';
import { formatTable } from '../../analysis/results/formatTable.js';
import { readResults } from '../../results/readResults.js';
import { variantLayout } from '../../results/variantLayout.js';
import { compareVariants, variantComparisonFiles, VARIANT_COMPARISON_COLUMNS, type VariantComparison } from '../../analysis/results/compareVariants.js';
import { checkResultFiles, writeResultFiles } from '../../results/writeResultFiles.js';
import { cliMessages } from '../../errors/messages.js';
import { parseIntegerOption } from '../parseIntegerOption.js';
import { noiseFloorLegend } from '../../methods/noiseMark.js';

/** `auto`, then every analysis method of the registry. */
const METHOD_CHOICES: readonly AnalysisRequest[] = ['auto', ...(Object.keys(ANALYSIS_METHODS) as AnalysisMethod[])];

interface AnalyzeArgs {
  results: string;
  method: AnalysisRequest;
  metric?: string[];
  bootstrap: unknown;
  seed: unknown;
  out?: string;
  force: boolean;
}

/**
 * `collabsim analyze <results>`: analyse a results folder (summary, one-at-a-time effects,
 * Sobol' indices or Morris effects, chosen from the design by default), print the ranked
 * table and write `<method>.csv` and `<method>.json` into `<results>/analysis/`.
 */
export const analyzeCommand: CommandModule<object, AnalyzeArgs> = {
  command: 'analyze <results>',
  describe: 'analyse a results folder: summaries, effects, Sobol or Morris indices',
  builder: (y) =>
    y
      .positional('results', { type: 'string', demandOption: true, describe: 'a results folder written by sweep or merge' })
      .option('method', {
        choices: METHOD_CHOICES,
        default: 'auto' as const,
        describe: 'analysis; auto: sobol, morris, oat (oat and grid designs) or summary from the design',
      })
      .option('metric', { type: 'string', array: true, requiresArg: true, describe: 'metrics to analyse (default: all)' })
      .option('bootstrap', { default: 1000, requiresArg: true, describe: 'bootstrap resamples for sobol and morris intervals (0: none)' })
      .option('seed', { default: 0, requiresArg: true, describe: 'seed of the bootstrap' })
      .option('out', { type: 'string', requiresArg: true, describe: 'folder for the tables (default: <results>/analysis)' })
      .option('force', { type: 'boolean', default: false, describe: 'overwrite tables of the same method in --out' })
      .example('$0 analyze results/trust', 'the analysis that fits the design, into results/trust/analysis/')
      .example('$0 analyze results/trust --method summary --metric successRate', 'means and intervals per design point'),
  handler: async (argv) => {
    const bootstrap = parseIntegerOption('--bootstrap', argv.bootstrap, 0, 1_000_000)!;
    const seed = parseIntegerOption('--seed', argv.seed, 0, 2 ** 32 - 1)!;
    const data = await readResults(argv.results, { metrics: argv.metric });
    const method = chooseMethod(argv.method, data.design.method);
    const variants = variantLayout(data.design) !== undefined;
    checkResultFiles(out(argv), [`${method}.csv`, `${method}.json`, ...(variants ? ['variants.csv', 'variants.json'] : [])], argv.force);
    const analysis = analyzeResults(data, { method, bootstrap, seed });
    process.stdout.write(report(analysis));
    const comparison = compareVariants(data);
    if (comparison) process.stdout.write(`\n${variantReport(comparison)}`);
    const files = { ...analysisFiles(analysis), ...(comparison ? variantComparisonFiles(comparison) : {}) };
    const written = writeResultFiles(out(argv), files, argv.force);
    process.stdout.write(`\n${cliMessages.wrote(written.join(', '))}\n`);
  },
};

/** The paired differences of each variant against the reference, as printed. */
export function variantReport(c: VariantComparison): string {
  const columns = VARIANT_COMPARISON_COLUMNS.filter((col) => col !== 'sdDifference' && col !== 'reference' && (c.width !== null || c.relativeWidth !== null || (col !== 'replicationsNeeded' && col !== 'halfWidth')));
  return [
    `variant − ${c.reference} (the reference): paired by ${c.pairing} (same seeds)`,
    '',
    formatTable(columns, c.rows).trimEnd(),
    '',
    `intervals: ${Math.round(c.confidence * 100)}% over replicates`,
    '',
  ].join('\n');
}

function out(argv: AnalyzeArgs): string {
  return argv.out ?? join(argv.results, 'analysis');
}

/** The printed report: what was analysed, the ranked table, and notes on noise and exclusions. */
function report(analysis: Analysis): string {
  const failed = analysis.failed > 0 ? `, ${analysis.failed} failed runs excluded` : '';
  const lines = [
    `${analysis.method} of ${analysis.results}: ${analysis.design} design, ${analysis.runs} runs` +
      ` (${analysis.replications} per point${failed})`,
    '',
    formatTable(analysisColumns(analysis), analysis.rows).trimEnd(),
  ];
  for (const table of extraTables(analysis)) lines.push('', formatTable(table.columns, table.rows).trimEnd());
  if ('noiseShare' in analysis) {
    const intervals = analysis.bootstrap > 0 ? `${analysis.bootstrap} bootstrap resamples, seed ${analysis.seed}` : 'no bootstrap';
    lines.push('', `intervals: ${Math.round(analysis.confidence * 100)}%, ${intervals}`);
    for (const [metric, share] of Object.entries(analysis.noiseShare)) {
      if (share !== null) lines.push(`replicate noise: ${(share * 100).toFixed(1)}% of the variance of ${metric} (indices are of the means over replicates)`);
    }
    if (analysis.noiseFloor !== null) {
      const index = analysis.method === 'sobol' ? 'ST' : 'μ*';
      lines.push(...noiseFloorLegend(index, analysis.noiseFloor.commonRandomNumbers, 'distinguishable = false (≈ noise)'));
    }
  }
  for (const [metric, missing] of Object.entries(analysis.missing)) {
    if (missing > 0) lines.push(`${metric}: ${missing} runs without a finite value excluded`);
  }
  return `${lines.join('\n')}\n`;
}
