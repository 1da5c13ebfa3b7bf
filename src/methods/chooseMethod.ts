import { AnalysisError } from '../analysis/results/AnalysisError.js';
import { analysisMessages } from '../errors/messages.js';
import type { DesignMethod } from '../experiment/designs/types.js';
import { analysisMethod, ANALYSIS_METHODS, designMethod, type AnalysisMethod } from './registry.js';

export type { AnalysisMethod } from './registry.js';

/** What may be asked for: a method, or `auto` to take it from the design. */
export type AnalysisRequest = AnalysisMethod | 'auto';

/**
 * The analysis that fits a design: `auto` gives the analysis its design room names
 * (`sobol` for a sobol design, `morris` for a morris design, `oat` for oat and grid designs,
 * `summary` for lhs and list designs). An explicit method is checked against the designs its
 * room reads; a mismatch throws an `AnalysisError` that names both and what would work.
 *
 * @example
 * chooseMethod('auto', 'grid'); // 'oat'
 * chooseMethod('sobol', 'grid'); // throws: method sobol needs a sobol design; these results hold a grid design, which oat or summary can analyse
 */
export function chooseMethod(request: AnalysisRequest, design: DesignMethod): AnalysisMethod {
  if (request === 'auto') return designMethod(design).analysis;
  if (!Object.hasOwn(ANALYSIS_METHODS, request)) throw new AnalysisError(analysisMessages.unknownMethod(String(request)));
  const fits = analysisMethod(request).designs;
  if (fits !== 'any' && !fits.includes(design)) {
    const auto = chooseMethod('auto', design);
    throw new AnalysisError(analysisMessages.wrongDesign(request, fits.map(withArticle).join(' or '), withArticle(design), auto));
  }
  return request;
}

function withArticle(design: DesignMethod): string {
  return `${designMethod(design).article} ${design}`;
}
