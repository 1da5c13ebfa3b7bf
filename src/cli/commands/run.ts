import type { CommandModule } from 'yargs';
import { resolve } from 'node:path';
import { formatSummaryTable } from '../formatSummaryTable.js';
import { checkOutputFolder } from '../../results/checkOutputFolder.js';
import { toCsv } from '../../results/toCsv.js';
import { toJson } from '../../results/toJson.js';
import { writeOutputFolder } from '../../results/writeOutputFolder.js';
import { cliMessages } from '../../errors/messages.js';
import { UsageError } from '../../errors/UsageError.js';
import { UserError } from '../../errors/UserError.js';
import { CommandFailed } from '../../errors/CommandFailed.js';
import { parseIntegerOption } from '../parseIntegerOption.js';
import { parseWeekListOption } from '../parseWeekListOption.js';

interface RunArgs {
  scenario?: string;
  seed?: unknown;
  weeks?: unknown;
  set?: string[];
  replay?: string;
  run?: unknown;
  out?: string;
  format: 'csv' | 'json';
  force: boolean;
  'metrics-module'?: string;
  'per-org': boolean;
  'trust-snapshots'?: unknown;
}

/**
 * `collabsim run <scenario>`: run one scenario (a file or a preset name), with `--set
 * path=value` changes, print the summary table and, with `--out`, write `weekly.csv` (or
 * `weekly.json`), `summary.json` and `scenario.normalized.json`; with `--per-org` and
 * `--trust-snapshots` also `organisations.csv`/`.parquet` and `trust.csv`/`.parquet`.
 * `--metrics-module` adds own metrics. `run --replay <results> --run N` runs row N of a sweep
 * again alone, its scenario, seed, horizon and own metrics taken from the folder's
 * `experiment.json`, and also writes `replay.json`.
 */
export const runCommand: CommandModule<object, RunArgs> = {
  command: 'run [scenario]',
  describe: 'run a scenario file or preset (or replay one run of a sweep) and print its summary',
  builder: (y) =>
    y
      .positional('scenario', { type: 'string', describe: 'a scenario file or a preset name' })
      .option('seed', { requiresArg: true, describe: 'seed of the random stream, an integer from 0 to 4294967295 (default 1)' })
      .option('weeks', { requiresArg: true, describe: "weeks to run, from 1 to 5200 (default: the scenario's weeks)" })
      .option('set', { type: 'string', array: true, requiresArg: true, describe: 'set a scenario path to a value, as path=value (repeatable)' })
      .option('replay', { type: 'string', requiresArg: true, describe: 'a results folder: replay one of its runs (with --run)' })
      .option('run', { requiresArg: true, describe: 'the run number (runs.csv column run) to replay' })
      .option('out', { type: 'string', requiresArg: true, describe: 'folder to write the results to' })
      .option('format', { choices: ['csv', 'json'] as const, default: 'csv' as const, describe: 'format of the weekly rows' })
      .option('force', { type: 'boolean', default: false, describe: 'write into an existing non-empty --out folder' })
      .option('metrics-module', { type: 'string', requiresArg: true, describe: 'a module of own metrics (defineMetric), added to the summary' })
      .option('per-org', { type: 'boolean', default: false, describe: 'also write organisations.csv/.parquet: one row per organisation and week (needs --out)' })
      .option('trust-snapshots', { requiresArg: true, describe: 'also write trust.csv/.parquet: the trust matrix at these weeks, e.g. 52,104 (needs --out)' })
      .example('$0 run safety-house', 'run a preset and print its summary')
      .example('$0 run my.yaml --weeks 104 --out run1', 'two years, results saved in run1/')
      .example('$0 run top600 --set staffStability=0.2 --set organisations[police].staff=8', 'the preset with two values changed')
      .example('$0 run --replay results/covenant --run 21 --out replay21', 'row 21 of a sweep, run again with its weekly rows')
      .example('$0 run top600 --out run2 --per-org --trust-snapshots 52,104,156', 'with per-organisation rows and trust snapshots'),
  handler: async (argv) => {
    const replaying = argv.replay !== undefined;
    if (replaying === (argv.scenario !== undefined)) {
      throw new UsageError(replaying ? 'give either a scenario or --replay, not both' : 'give a scenario file or preset, or --replay <results> --run N');
    }
    if (replaying && (argv.seed !== undefined || argv.weeks !== undefined || argv.set !== undefined || argv['metrics-module'] !== undefined)) {
      throw new UsageError('--replay takes the seed, weeks, values and own metrics of the sweep run; leave out --seed, --weeks, --set and --metrics-module');
    }
    if (!replaying && argv.run !== undefined) throw new UsageError('--run goes with --replay <results>');
    if (replaying && argv.run === undefined) throw new UsageError('--replay needs --run N, the run to replay');
    let seed = parseIntegerOption('--seed', argv.seed ?? 1, 0, 2 ** 32 - 1)!;
    let weeks = parseIntegerOption('--weeks', argv.weeks, 1, 5200);
    const runNumber = parseIntegerOption('--run', argv.run, 0, 2 ** 31 - 1);
    const trustSnapshots = parseWeekListOption('--trust-snapshots', argv['trust-snapshots']);
    if (argv.out === undefined && argv['per-org']) throw new UsageError(cliMessages.needsOut('--per-org'));
    if (argv.out === undefined && trustSnapshots) throw new UsageError(cliMessages.needsOut('--trust-snapshots'));
    const [{ loadScenario }, { runScenario }, { METRICS }, { organisationTables }, { applySettings, parseSetting }, { replayPlan }] = await Promise.all([
      import('../../scenario/loadScenario.js'),
      import('../../workflows/runScenario.js'),
      import('../../model/metrics/catalogue.js'),
      import('../../results/organisationTables.js'),
      import('../../experiment/applySettings.js'),
      import('../../workflows/replayPlan.js'),
    ]);
    const settings = (argv.set ?? []).map(parseSetting);
    const plan = replaying ? replayPlan(argv.replay!, runNumber!) : undefined;
    const scenario = plan ? plan.scenario : applySettings(loadScenario(argv.scenario!), settings);
    if (plan) {
      seed = plan.seed;
      weeks = plan.weeks;
    }
    if (argv.out !== undefined) checkOutputFolder(argv.out, argv.force);
    const metricsModule = plan ? plan.metricsModule : argv['metrics-module'] === undefined ? undefined : resolve(argv['metrics-module']);
    let run;
    try {
      run = await runScenario(scenario, { seed, weeks, metricsModule, perOrganisation: argv['per-org'], trustSnapshots });
    } catch (error) {
      // an own metric that throws or gives no finite number fails the run, not the command line
      if (error instanceof Error && !(error instanceof UserError) && metricsModule !== undefined) throw new CommandFailed(error.message);
      throw error;
    }
    const { result, ownMetrics } = run;
    const what = plan ? `run ${plan.run} of ${plan.results} (${describePoint(plan.factors)}replicate ${plan.replicate})` : result.scenario.name;
    const title = `${what}: seed ${seed}, ${result.scenario.weeks} weeks`;
    process.stdout.write(`${title}\n\n${formatSummaryTable(result.summary, [...METRICS, ...ownMetrics])}`);
    if (argv.out === undefined) return;
    const tables = await organisationTables(run.organisations, run.trust);
    const weekly: Record<string, string> = argv.format === 'json' ? { 'weekly.json': toJson(result.weekly) } : { 'weekly.csv': toCsv(result.weekly) };
    const summary = { scenario: result.scenario.name, seed, weeks: result.scenario.weeks, summary: result.summary, trust: result.trust };
    const replay: Record<string, string> = plan ? { 'replay.json': toJson({ results: plan.results, run: plan.run, point: plan.point, replicate: plan.replicate, seed, factors: plan.factors }) } : {};
    const written = writeOutputFolder(
      argv.out,
      { ...weekly, 'summary.json': toJson(summary), 'scenario.normalized.json': toJson(result.scenario), ...tables, ...replay },
      { force: argv.force },
    );
    process.stdout.write(`\n${cliMessages.wrote(written.join(', '))}\n`);
  },
};

function describePoint(factors: Record<string, unknown>): string {
  const entries = Object.entries(factors);
  return entries.length === 0 ? '' : `${entries.map(([k, v]) => `${k} = ${String(v)}`).join(', ')}, `;
}
