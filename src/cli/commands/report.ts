import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CommandModule } from 'yargs';
import { writeFileAtomic } from '../../results/writeFileAtomic.js';
import { cliMessages } from '../../errors/messages.js';
import { UsageError } from '../../errors/UsageError.js';
import { overlayLabels } from '../overlayLabels.js';

interface ReportArgs {
  results: string[];
  label?: string[];
  out?: string;
  force: boolean;
}

/**
 * `collabsim report <results..>`: write a self-contained HTML report of a sweep's results
 * folder (metadata, ranked effects, time series, distributions, heat map, summary) or of a
 * single run's (summary, weekly series, trust matrix), of a calibration's (posterior, pairs,
 * generations, predictive check) or of a pattern check's folder (the "Patterns" section), by
 * default to `<results>/report.html`; of several folders, a comparison with their time series
 * overlaid (`--out` required).
 */
export const reportCommand: CommandModule<object, ReportArgs> = {
  command: 'report <results..>',
  describe: "write an offline HTML report of a sweep's, a run's or a calibration's results folder, or of several folders compared",
  builder: (y) =>
    y
      .positional('results', { type: 'string', array: true, demandOption: true, describe: 'results folders (collabsim sweep, merge, run --out, calibrate --out or patterns check --out); several are compared' })
      .option('label', { type: 'string', array: true, requiresArg: true, describe: 'with several folders: the legend label of each, in order (default: the folder names)' })
      .option('out', { type: 'string', requiresArg: true, describe: 'file to write (default: <results>/report.html)' })
      .option('force', { type: 'boolean', default: false, describe: 'overwrite an existing file' })
      .example('$0 report results/trust', 'write results/trust/report.html')
      .example('$0 report results/run1 --out run1.html', 'report of a single run')
      .example('$0 report results/base results/covenant --out compare.html', 'two folders compared, time series overlaid'),
  handler: async (argv) => {
    const folders = argv.results;
    const several = folders.length > 1;
    if (several && argv.out === undefined) throw new UsageError(cliMessages.overlayNeedsOut('report'));
    const labels = overlayLabels(folders, argv.label);
    const out = argv.out ?? join(folders[0], 'report.html');
    if (!/\.html?$/i.test(out)) throw new UsageError(cliMessages.unknownOutputType(out, '.html'));
    if (!argv.force && existsSync(out)) throw new UsageError(cliMessages.fileExists(out));
    const [{ buildReport }, { buildOverlayReport }, { readResultsFolder }, { renderHtmlReport }, { calibrationReport, isCalibrationFolder }] = await Promise.all([
      import('../../workflows/report/buildReport.js'),
      import('../../workflows/report/buildOverlayReport.js'),
      import('../../results/readResultsFolder.js'),
      import('../../charts/renderHtmlReport.js'),
      import('../../workflows/report/calibrationReport.js'),
    ]);
    // a calibration's folder and a pattern check's folder (patterns.json, no experiment.json)
    // have reports of their own
    const first = folders[0];
    const patterns = existsSync(join(first, 'patterns.json')) && !existsSync(join(first, 'experiment.json'));
    const ownReport = !several && (isCalibrationFolder(first) || patterns);
    const read = [];
    if (!ownReport) for (const dir of folders) read.push(await readResultsFolder(dir));
    const report = several
      ? await buildOverlayReport(read.map((folder, i) => ({ folder, label: labels[i] })))
      : isCalibrationFolder(first)
        ? calibrationReport(first)
        : patterns
          ? (await import('../../workflows/report/buildPatternsReport.js')).buildPatternsReport(first)
          : await buildReport(read[0]);
    mkdirSync(dirname(out), { recursive: true });
    writeFileAtomic(out, renderHtmlReport(report));
    process.stdout.write(`${cliMessages.wrote(out)}\n`);
  },
};
