import type { HtmlReport } from '../../charts/renderHtmlReport.js';
import { ResultsFolderError } from '../../results/ResultsFolderError.js';
import { readSavedPatterns } from '../../results/readSavedPatterns.js';
import { patternsSections, type SavedPatterns } from './patternsSections.js';

/**
 * The report of a pattern check's folder (`collabsim patterns check --out DIR`): a title, the
 * root seed and folder, and the "Patterns" section. Same folder, same bytes.
 *
 * @example
 * const html = renderHtmlReport(buildPatternsReport('results/sh'));
 */
export function buildPatternsReport(dir: string): HtmlReport {
  const saved = readSavedPatterns(dir) as SavedPatterns | null;
  if (saved === null) throw new ResultsFolderError(`${dir} holds no patterns.json; run collabsim patterns check --out ${dir} first`, { path: dir });
  return {
    title: `${saved.name}: pattern check`,
    metadata: { seed: saved.seed, source: dir },
    sections: patternsSections(saved),
  };
}
