import type { DesignMethod } from '../../experiment/designs/types.js';
import { AnalysisError } from './AnalysisError.js';

/** The analyses `analyzeResults` runs. */
export type AnalysisMethod = 'summary' | 'oat' | 'sobol' | 'morris';

/** What may be asked for: a method, or `auto` to take it from the design. */
export type AnalysisRequest = AnalysisMethod | 'auto';

/** The designs each method can read; `summary` reads any design. */
const DESIGNS: Record<Exclude<AnalysisMethod, 'summary'>, readonly DesignMethod[]> = {
  oat: ['oat', 'grid'],
  sobol: ['sobol'],
  morris: ['morris'],
};

/**
 * The analysis that fits a design: `auto` gives `sobol` for a sobol design, `morris` for a
 * morris design, `oat` for oat and grid designs (main effects) and `summary` for lhs and list
 * designs. An explicit method is checked against the design; a mismatch throws an
 * `AnalysisError` that names both and what would work.
 *
 * @example
 * chooseMethod('auto', 'grid'); // 'oat'
 * chooseMethod('sobol', 'grid'); // throws: method sobol needs a sobol design; these results hold a grid design, which oat or summary can analyse
 */
export function chooseMethod(request: AnalysisRequest, design: DesignMethod): AnalysisMethod {
  if (request === 'auto') {
    if (design === 'sobol' || design === 'morris') return design;
    return design === 'oat' || design === 'grid' ? 'oat' : 'summary';
  }
  if (request === 'summary') return request;
  const fits = DESIGNS[request];
  if (fits === undefined) throw new AnalysisError(`unknown analysis method "${String(request)}"`);
  if (!fits.includes(design)) {
    const auto = chooseMethod('auto', design);
    throw new AnalysisError(
      `method ${request} needs ${fits.map(withArticle).join(' or ')} design; these results hold ` +
        `${withArticle(design)} design, which ${auto === 'summary' ? 'summary' : `${auto} or summary`} can analyse`,
    );
  }
  return request;
}

function withArticle(design: DesignMethod): string {
  return `${design === 'oat' || design === 'lhs' ? 'an' : 'a'} ${design}`;
}
