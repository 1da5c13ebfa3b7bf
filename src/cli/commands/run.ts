import type { CommandModule } from 'yargs';
import { formatSummaryTable } from '../formatSummaryTable.js';
import { checkOutputFolder } from '../../results/checkOutputFolder.js';
import { toCsv } from '../../results/toCsv.js';
import { toJson } from '../../results/toJson.js';
import { writeOutputFolder } from '../../results/writeOutputFolder.js';
import { cliMessages } from '../../errors/messages.js';
import { parseIntegerOption } from '../parseIntegerOption.js';

interface RunArgs {
  scenario: string;
  seed: unknown;
  weeks?: unknown;
  out?: string;
  format: 'csv' | 'json';
  force: boolean;
}

/**
 * `collabsim run <scenario>`: run one scenario (a file or a preset name), print the summary
 * table and, with `--out`, write `weekly.csv` (or `weekly.json`), `summary.json` and
 * `scenario.normalized.json`.
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
      .example('$0 run safety-house', 'run a preset and print its summary')
      .example('$0 run my.yaml --weeks 104 --out run1', 'two years, results saved in run1/'),
  handler: async (argv) => {
    const seed = parseIntegerOption('--seed', argv.seed, 0, 2 ** 32 - 1)!;
    const weeks = parseIntegerOption('--weeks', argv.weeks, 1, 5200);
    if (argv.out !== undefined) checkOutputFolder(argv.out, argv.force);
    const [{ loadScenario }, { simulate }, { METRICS }] = await Promise.all([
      import('../../scenario/loadScenario.js'),
      import('../../model/simulate.js'),
      import('../../model/metrics/catalogue.js'),
    ]);
    const scenario = loadScenario(argv.scenario);
    const result = simulate(scenario, { seed, weeks });
    const title = `${result.scenario.name}: seed ${seed}, ${result.scenario.weeks} weeks`;
    process.stdout.write(`${title}\n\n${formatSummaryTable(result.summary, METRICS)}`);
    if (argv.out === undefined) return;
    const weekly: Record<string, string> = argv.format === 'json' ? { 'weekly.json': toJson(result.weekly) } : { 'weekly.csv': toCsv(result.weekly) };
    const summary = { scenario: result.scenario.name, seed, weeks: result.scenario.weeks, summary: result.summary, trust: result.trust };
    const written = writeOutputFolder(
      argv.out,
      { ...weekly, 'summary.json': toJson(summary), 'scenario.normalized.json': toJson(result.scenario) },
      { force: argv.force },
    );
    process.stdout.write(`\n${cliMessages.wrote(written.join(', '))}\n`);
  },
};
