import type { DesignMethod, DesignSpec } from '../experiment/designs/types.js';
import type { AnalysisMethodRoom } from './AnalysisMethodRoom.js';
import type { DesignMethodRoom } from './DesignMethodRoom.js';
import { grid } from './grid/grid.js';
import { lhs } from './lhs/lhs.js';
import { list } from './list/list.js';
import { morris } from './morris/morris.js';
import { morrisAnalysis } from './morris/morrisAnalysis.js';
import { oat } from './oat/oat.js';
import { oatAnalysis } from './oat/oatAnalysis.js';
import { sobol } from './sobol/sobol.js';
import { sobolAnalysis } from './sobol/sobolAnalysis.js';
import { summary } from './summary/summary.js';

/**
 * Every design method, each in its room (`src/methods/<name>/`), in the order collabsim lists
 * them. A new design method is a new room plus one line here (and its spec in `DesignSpec`,
 * src/experiment/designs/types.ts, which the experiment schema is generated from).
 *
 * @example
 * DESIGN_METHODS.grid.analysis; // 'oat'
 */
export const DESIGN_METHODS: { readonly [M in DesignMethod]: DesignMethodRoom<Extract<DesignSpec, { method: M }>> } = {
  grid,
  oat,
  lhs,
  sobol,
  morris,
  list,
};

/**
 * Every analysis method, each in its room, in the order collabsim lists them (`collabsim
 * analyze --method`). A new analysis is a new room plus one line here.
 *
 * @example
 * ANALYSIS_METHODS.sobol.columns; // ['metric', 'factor', 'S1', …]
 */
export const ANALYSIS_METHODS = {
  summary,
  oat: oatAnalysis,
  sobol: sobolAnalysis,
  morris: morrisAnalysis,
} as const satisfies Record<string, AnalysisMethodRoom<{ method: string; rows: object[] }>>;

/** The analyses `analyzeResults` runs: `summary`, `oat`, `sobol`, `morris`. */
export type AnalysisMethod = keyof typeof ANALYSIS_METHODS;

/** What one analysis method's room returns (its `method`, `rows` and what else it reports). */
export type AnalysisResult<M extends AnalysisMethod = AnalysisMethod> = M extends AnalysisMethod
  ? ReturnType<(typeof ANALYSIS_METHODS)[M]['analyze']>
  : never;

/**
 * The room of a design method.
 *
 * @example
 * designMethod('oat').article; // 'an'
 */
export function designMethod(method: DesignMethod): DesignMethodRoom {
  return DESIGN_METHODS[method] as unknown as DesignMethodRoom;
}

/**
 * The room of an analysis method, typed loosely for code that works on any of them.
 *
 * @example
 * analysisMethod('morris').effects?.chart; // 'morris'
 */
export function analysisMethod(method: AnalysisMethod): AnalysisMethodRoom<{ method: string; rows: object[] }> {
  return ANALYSIS_METHODS[method] as unknown as AnalysisMethodRoom<{ method: string; rows: object[] }>;
}
