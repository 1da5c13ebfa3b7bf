import { toCsv } from '../../results/toCsv.js';
import { toJson } from '../../results/toJson.js';
import type { Discovery } from './discover.js';

/** The columns of `trajectory.csv`. */
export const TRAJECTORY_COLUMNS = ['box', 'n', 'k', 'coverage', 'density', 'mass', 'restricted'] as const;
/** The columns of `boxes.csv` (several boxes in sequence). */
export const COVERING_COLUMNS = ['box', 'n', 'k', 'coverage', 'density', 'mass', 'restricted', 'reading'] as const;
/** The columns of `box.csv`. */
export const BOX_COLUMNS = ['factor', 'low', 'high', 'qpLow', 'qpHigh'] as const;

/**
 * The files a discovery is saved as, by name (documented in docs/discovery.md):
 *
 * - `trajectory.csv`: per box on the trajectory, in peeling then pasting order, its number
 *   (`box`, from 0), `n` cases, `k` of interest, coverage, density, mass and the number of
 *   restricted factors;
 * - `box.csv`: the chosen box, per factor its `low` and `high` (the data's range where
 *   unrestricted; for a categorical factor `low` lists the categories in the box, joined by
 *   `|`, and `high` is empty) and the quasi-p-values of restricted ends (empty otherwise);
 * - `trajectory.json`: the settings, the condition, and every box with its limits;
 * - `box.json`: the chosen box, its reading in words, the resampling stability and the
 *   feature scores;
 * - `stability.csv` and `features.csv`: those two tables, when computed;
 * - `boxes.csv`: with several boxes in sequence, per box (from 1) its n, k, coverage,
 *   density, mass, restricted factors and reading in words.
 *
 * Numbers in full precision; same discovery, same bytes.
 */
export function discoveryFiles(discovery: Discovery): Record<string, string> {
  const { result, chosen } = discovery;
  const box = result.trajectory[chosen];
  const files: Record<string, string> = {
    'trajectory.csv': csv(TRAJECTORY_COLUMNS, result.trajectory.map((b) => ({ box: b.index, n: b.n, k: b.k, coverage: b.coverage, density: b.density, mass: b.mass, restricted: b.restricted }))),
    'box.csv': csv(
      BOX_COLUMNS,
      box.limits.map((l) => ({
        factor: l.factor,
        low: l.categories === null ? l.low! : l.categories.join('|'),
        high: l.categories === null ? l.high! : null,
        qpLow: l.qpLow ?? NaN,
        qpHigh: l.qpHigh ?? NaN,
      })),
    ),
    'trajectory.json': toJson({
      source: discovery.source,
      condition: discovery.condition,
      cases: discovery.cases,
      runs: discovery.runs,
      failed: discovery.failed,
      missing: discovery.missing,
      n: result.n,
      interest: result.interest,
      settings: result.settings,
      factors: result.factors,
      chosen,
      trajectory: result.trajectory,
    }),
    'box.json': toJson({ condition: discovery.condition, reading: discovery.reading, box, stability: discovery.stability, scores: discovery.scores, covering: discovery.covering }),
  };
  if (discovery.stability.length > 0) files['stability.csv'] = csv(['factor', 'reproduceCoverage', 'reproduceDensity'], discovery.stability);
  if (discovery.scores.length > 0) files['features.csv'] = csv(['factor', 'score'], discovery.scores);
  if (discovery.covering.length > 0) files['boxes.csv'] = csv(COVERING_COLUMNS, discovery.covering);
  return files;
}

function csv(columns: readonly string[], rows: readonly object[]): string {
  return toCsv(rows, columns);
}
