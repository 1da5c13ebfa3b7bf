import type { CommandModule } from 'yargs';
import { formatSummaryTable } from '../formatSummaryTable.js';
import { checkOutputFolder } from '../../results/checkOutputFolder.js';
import { toCsv } from '../../results/toCsv.js';
import { toJson } from '../../results/toJson.js';
import { writeOutputFolder } from '../../results/writeOutputFolder.js';
import { cliMessages } from '../../errors/messages.js';
import { parseIntegerOption } from '../parseIntegerOption.js';
import { parseWeekListOption } from '../parseWeekListOption.js';
import { resolve } from 'node:path';
import { UsageError } from '../../errors/UsageError.js';
import { UserError } from '../../errors/UserError.js';
import { CommandFailed } from '../../errors/CommandFailed.js';

interface RunArgs {
  scenario: string;
  seed: unknown;
  weeks?: unknown;
  out?: string;
  format: 'csv' | 'json';
  force: boolean;
  'metrics-module'?: string;
  'per-org': boolean;
  'trust-snapshots'?: unknown;
}

/**
 * `collabsim run <scenario>`: run one scenario (a file or a preset name), print the summary
 * table and, with `--out`, write `weekly.csv` (or `weekly.json`), `summary.json` and
 * `scenario.normalized.json`; with `--per-org` and `--trust-snapshots` also
 * `organisations.csv`/`.parquet` and `trust.csv`/`.parquet`. `--metrics-module` adds own metrics.
 */
export const runCommand: CommandModule<object, RunArgs> = {
  command: 'run <scenario>',
  describe: 'run a scenario file or preset and print its summary',
  builder: (y) =>
    y
      .positional('scenario', { type: 'string', demandOption: true, describe: 'a scenario file or a preset name' })
      .option('seed', { default: 1, requiresArg: true, describe: 'seed of the random stream, an integer from 0 to 4294967295' })
      .option('weeks', { requiresArg: true, describe: "weeks to run, from 1 to 5200 (default: the scenario's weeks)" })
      .option('out', { type: 'string', requiresArg: true, describe: 'folder to write the results to' })
      .option('format', { choices: ['csv', 'json'] as const, default: 'csv' as const, describe: 'format of the weekly rows' })
      .option('force', { type: 'boolean', default: false, describe: 'write into an existing non-empty --out folder' })
      .option('metrics-module', { type: 'string', requiresArg: true, describe: 'a module of own metrics (defineMetric), added to the summary' })
      .option('per-org', { type: 'boolean', default: false, describe: 'also write organisations.csv/.parquet: one row per organisation and week (needs --out)' })
      .option('trust-snapshots', { requiresArg: true, describe: 'also write trust.csv/.parquet: the trust matrix at these weeks, e.g. 52,104 (needs --out)' })
      .example('$0 run safety-house', 'run a preset and print its summary')
      .example('$0 run my.yaml --weeks 104 --out run1', 'two years, results saved in run1/')
      .example('$0 run top600 --out run2 --per-org --trust-snapshots 52,104,156', 'with per-organisation rows and trust snapshots'),
  handler: async (argv) => {
    const seed = parseIntegerOption('--seed', argv.seed, 0, 2 ** 32 - 1)!;
    const weeks = parseIntegerOption('--weeks', argv.weeks, 1, 5200);
    const trustSnapshots = parseWeekListOption('--trust-snapshots', argv['trust-snapshots']);
    if (argv.out === undefined && argv['per-org']) throw new UsageError(cliMessages.needsOut('--per-org'));
    if (argv.out === undefined && trustSnapshots) throw new UsageError(cliMessages.needsOut('--trust-snapshots'));
    if (argv.out !== undefined) checkOutputFolder(argv.out, argv.force);
    const [{ loadScenario }, { runScenario }, { METRICS }, { organisationTables }] = await Promise.all([
      import('../../scenario/loadScenario.js'),
      import('../../workflows/runScenario.js'),
      import('../../model/metrics/catalogue.js'),
      import('../../results/organisationTables.js'),
    ]);
    const scenario = loadScenario(argv.scenario);
    const metricsModule = argv['metrics-module'] === undefined ? undefined : resolve(argv['metrics-module']);
    let run;
    try {
      run = await runScenario(scenario, { seed, weeks, metricsModule, perOrganisation: argv['per-org'], trustSnapshots });
    } catch (error) {
      // an own metric that throws or gives no finite number fails the run, not the command line
      if (error instanceof Error && !(error instanceof UserError) && metricsModule !== undefined) throw new CommandFailed(error.message);
      throw error;
    }
    const { result, ownMetrics } = run;
    const title = `${result.scenario.name}: seed ${seed}, ${result.scenario.weeks} weeks`;
    process.stdout.write(`${title}\n\n${formatSummaryTable(result.summary, [...METRICS, ...ownMetrics])}`);
    if (argv.out === undefined) return;
    const tables = await organisationTables(run.organisations, run.trust);
    const weekly: Record<string, string> = argv.format === 'json' ? { 'weekly.json': toJson(result.weekly) } : { 'weekly.csv': toCsv(result.weekly) };
    const summary = { scenario: result.scenario.name, seed, weeks: result.scenario.weeks, summary: result.summary, trust: result.trust };
    const written = writeOutputFolder(
      argv.out,
      { ...weekly, 'summary.json': toJson(summary), 'scenario.normalized.json': toJson(result.scenario), ...tables },
      { force: argv.force },
    );
    process.stdout.write(`\n${cliMessages.wrote(written.join(', '))}\n`);
  },
};
