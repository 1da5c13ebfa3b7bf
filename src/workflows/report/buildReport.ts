import type { HtmlReport } from '../../charts/renderHtmlReport.js';
import type { ResultsFolder } from '../../results/ResultsFolder.js';
import { runReportSections } from './runReportSections.js';
import { sweepReportSections } from './sweepReportSections.js';

/**
 * The report of a results folder, ready for `renderHtmlReport`: a title, provenance (root
 * seed, the collabsim version that made a sweep, the folder) and the sections of
 * `sweepReportSections` or `runReportSections`. Holds no date or other varying value, so
 * the same folder gives the same HTML bytes.
 *
 * @example
 * const html = renderHtmlReport(await buildReport(await readResultsFolder('results/grid')));
 */
export async function buildReport(folder: ResultsFolder): Promise<HtmlReport> {
  if (folder.kind === 'run') {
    return {
      title: `${folder.scenario}: one run of ${folder.weeks} weeks`,
      metadata: { seed: folder.seed, source: folder.dir },
      sections: await runReportSections(folder),
    };
  }
  const { experiment, design, seeds, collabsim } = folder.record;
  const { source } = experiment;
  const what = source.kind === 'scenario' ? `scenario ${source.scenario}` : source.kind === 'model' ? `model ${source.model}` : `model ${source.export}`;
  return {
    title: `${experiment.name}: ${design.method} sweep of ${what}`,
    metadata: { seed: seeds.root, version: collabsim, source: folder.dir },
    sections: await sweepReportSections(folder),
  };
}
