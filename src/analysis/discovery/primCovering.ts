import { primOnRows, primSettings, type PrimOptions, type PrimResult } from './prim.js';
import { primTable, type FactorColumns, type FactorRows } from './primTable.js';

/** Options of `primCovering`: PRIM's, plus when to stop. */
export interface PrimCoveringOptions extends PrimOptions {
  /** Most boxes to find (default 3). */
  boxes?: number;
  /**
   * Density threshold: a box whose density is below it is not kept, and the search stops
   * (EMA Workbench's former `threshold`); default 0, keep every box.
   */
  threshold?: number;
}

/**
 * Several boxes in sequence, the covering approach of Friedman & Fisher (1999): after each
 * box, its cases are removed and PRIM runs again on the rest (EMA Workbench's default
 * `update_function`). Later boxes describe other ways the cases of interest arise. Coverage
 * and mass stay shares of the whole table, so the boxes' coverages add up. Stops after
 * `boxes` boxes, when no case of interest is left, or at the first box below `threshold`.
 * Cost: `boxes` runs of `prim`.
 *
 * @example
 * const boxes = primCovering(x, y, { boxes: 2 });
 * boxes.map((b) => b.box.coverage); // e.g. [0.58, 0.21]
 */
export function primCovering(x: FactorColumns | FactorRows, y: ArrayLike<number | boolean>, options: PrimCoveringOptions = {}): PrimResult[] {
  const table = primTable(x, y, options.types);
  const settings = primSettings(options);
  const most = options.boxes ?? 3;
  const threshold = options.threshold ?? 0;
  const taken = new Uint8Array(table.n);
  const found: PrimResult[] = [];
  while (found.length < most) {
    const rows = new Int32Array(table.n).map((_, i) => i).filter((r) => taken[r] === 0);
    if (!rows.some((r) => table.y[r] === 1)) break;
    const { result, members } = primOnRows(table, rows, settings);
    if (result.box.density < threshold) break;
    found.push(result);
    for (const r of members) taken[r] = 1;
  }
  return found;
}
