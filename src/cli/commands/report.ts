import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CommandModule } from 'yargs';
import { writeFileAtomic } from '../../results/writeFileAtomic.js';
import { cliMessages } from '../../errors/messages.js';
import { UsageError } from '../../errors/UsageError.js';

interface ReportArgs {
  results: string;
  out?: string;
  force: boolean;
}

/**
 * `collabsim report <results>`: write a self-contained HTML report of a sweep's results
 * folder (metadata, ranked effects, time series, distributions, heat map, summary) or of a
 * single run's (summary, weekly series, trust matrix), by default to `<results>/report.html`.
 */
export const reportCommand: CommandModule<object, ReportArgs> = {
  command: 'report <results>',
  describe: "write an offline HTML report of a sweep's or a run's results folder",
  builder: (y) =>
    y
      .positional('results', { type: 'string', demandOption: true, describe: 'a results folder (collabsim sweep, merge or run --out)' })
      .option('out', { type: 'string', requiresArg: true, describe: 'file to write (default: <results>/report.html)' })
      .option('force', { type: 'boolean', default: false, describe: 'overwrite an existing file' })
      .example('$0 report results/trust', 'write results/trust/report.html')
      .example('$0 report results/run1 --out run1.html', 'report of a single run'),
  handler: async (argv) => {
    const out = argv.out ?? join(argv.results, 'report.html');
    if (!/\.html?$/i.test(out)) throw new UsageError(cliMessages.unknownOutputType(out, '.html'));
    if (!argv.force && existsSync(out)) throw new UsageError(cliMessages.fileExists(out));
    const [{ buildReport }, { readResultsFolder }, { renderHtmlReport }] = await Promise.all([
      import('../../workflows/report/buildReport.js'),
      import('../../results/readResultsFolder.js'),
      import('../../charts/renderHtmlReport.js'),
    ]);
    const report = await buildReport(await readResultsFolder(argv.results));
    mkdirSync(dirname(out), { recursive: true });
    writeFileAtomic(out, renderHtmlReport(report));
    process.stdout.write(`${cliMessages.wrote(out)}\n`);
  },
};
