import type { Design } from '../../experiment/designs/types.js';
import { levelLabel } from '../../charts/levels.js';
import { designMethod } from '../../methods/registry.js';
import type { ReportTable } from '../../charts/renderHtmlReport.js';

/**
 * The factors of a design as a table for a report: name, kind (`range` or `values`), low
 * and high ends (or the listed values), whether a range is rounded to whole numbers, and
 * the levels the design actually used (a grid's levels, an oat design's baseline).
 *
 * @example
 * factorsTable(design).rows[0]; // { factor: 'x1', kind: 'range', low: 0, high: 1, ... }
 */
export function factorsTable(design: Design): ReportTable {
  const room = designMethod(design.method);
  const rows = design.factors.map((factor, i) => {
    const used = room.usedValues?.(design, i) ?? '';
    return factor.kind === 'range'
      ? { factor: factor.name, kind: 'range', low: factor.low, high: factor.high, values: factor.integer ? 'whole numbers' : 'continuous', 'in this design': used }
      : { factor: factor.name, kind: 'values', low: null, high: null, values: factor.values.map(levelLabel).join(', '), 'in this design': used };
  });
  return { columns: ['factor', 'kind', 'low', 'high', 'values', 'in this design'], rows };
}
