import type { Design, DesignSpec, Factor } from '../experiment/designs/types.js';
import type { Rng } from '../random/rng.js';
import type { DesignSize } from './DesignSize.js';
import type { AnalysisMethod } from './registry.js';

/** Sweep charts drawn from the design points themselves (the effects charts belong to analyses). */
export type PointChart = 'heatmap' | 'distribution';

/**
 * Everything collabsim knows about one design method, in its room (`src/methods/<name>/`):
 * how to draw the design, how to describe it, which analysis and charts fit it. Listed once in
 * `DESIGN_METHODS` (src/methods/registry.ts); nothing else switches on a design's name.
 */
export interface DesignMethodRoom<Spec extends DesignSpec = DesignSpec> {
  /** Draws the design. A random design draws from `rng()` (a stream derived from the experiment's seed). */
  generate(spec: Spec, factors: Factor[], rng: () => Rng): Design;
  /**
   * Throws what `generate` would throw for this spec and these factors, without drawing (a
   * large design is then drawn once, not once to check it and again to run it). A method
   * whose checks need the draw (morris finds a range too narrow for its levels while drawing)
   * leaves it out, and its design is drawn to check it.
   */
  check?(spec: Spec, factors: Factor[]): void;
  /**
   * How big `generate` would make the design, from the spec alone (no points drawn), so an
   * oversized design is refused before work starts (`checkDesignSize`). A spec that
   * `generate` would refuse may give any size; `generate` then reports it.
   */
  size(spec: Spec, factors: Factor[]): DesignSize;
  /** The design in one line of words for a report, with the options that decide its points. */
  describe(design: Design, points: string): string;
  /** "a" or "an", for messages ("an oat design"). */
  article: 'a' | 'an';
  /** The analysis `--method auto` runs on it. */
  analysis: AnalysisMethod;
  /** Charts of its points besides the weekly time series (`collabsim plot --chart`). */
  pointCharts: readonly PointChart[];
  /** Its points are levels of each factor (grid, oat): time series and distributions are grouped by the most important factor. */
  levels: boolean;
  /** Few enough meaningful points to summarise each in a report. */
  pointwise: boolean;
  /** What a report's factors table says the design used of factor `index` (a grid's levels, an oat baseline). */
  usedValues?(design: Design, index: number): string;
  /**
   * The rows that show one factor's effect (oat: the baseline and the points that move it);
   * without it, every row. With `sliceText`, how a report says so.
   */
  slice?<T extends { point: number }>(design: Design, rows: readonly T[], factor: string): T[];
  sliceText?: { timeseries: string; distribution(factor: string): string };
}
