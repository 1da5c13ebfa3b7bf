import { initialLimits } from './boxLimits.js';
import { findBox, type PrimSettings } from './findBox.js';
import { primBox, type PrimBox } from './primBox.js';
import type { PrimObjective } from './primObjective.js';
import { DiscoveryError } from './DiscoveryError.js';
import { primTable, type FactorColumns, type FactorRows, type FactorType, type PrimTable } from './primTable.js';

/** Options of `prim`: PRIM's settings (EMA Workbench's names and defaults) and the factors' types. */
export interface PrimOptions {
  /** Share of a box's cases each peel removes, in (0, 0.5]; default 0.05. */
  peelAlpha?: number;
  /** Share of the cases next to a limit each paste adds, in (0, 0.5]; default 0.05. */
  pasteAlpha?: number;
  /** Smallest box, as a share of all cases, in [0, 1); default 0.05. */
  massMin?: number;
  /** `original`, `lenient1` (default) or `lenient2`; see `primObjective`. */
  objective?: PrimObjective;
  /** Factor types by name, where inference (see `primTable`) would guess wrong. */
  types?: Record<string, FactorType>;
}

/** The data range of one factor, as PRIM's first box has it. */
export interface FactorRange {
  name: string;
  type: FactorType;
  /** Numeric factors: minimum and maximum; categorical: null. */
  low: number | null;
  high: number | null;
  /** Categorical factors: every category, in order of first appearance; numeric: null. */
  categories: string[] | null;
}

/** What `prim` found: the trajectory of boxes, and the chosen one. */
export interface PrimResult {
  /** The factors and their ranges. */
  factors: FactorRange[];
  /** Cases, and cases of interest, in the whole table. */
  n: number;
  interest: number;
  /** Cases in play when this box was sought (all, except in a covering's later boxes). */
  remaining: number;
  settings: PrimSettings;
  /** Every box, from the box around all data through peeling then pasting. */
  trajectory: PrimBox[];
  /** The last box of the trajectory (after pasting); `trajectory[i]` for another choice. */
  box: PrimBox;
}

/** PRIM's default settings, EMA Workbench's: peelAlpha 0.05, pasteAlpha 0.05, massMin 0.05, objective lenient1. */
export const PRIM_DEFAULTS: PrimSettings = { peelAlpha: 0.05, pasteAlpha: 0.05, massMin: 0.05, objective: 'lenient1' };

/**
 * The Patient Rule Induction Method (Friedman & Fisher 1999) for scenario discovery (Bryant &
 * Lempert 2010): finds a box, a range per factor, in which the cases of interest are dense,
 * by peeling small slices off the data (a share `peelAlpha` at a time, the slice that raises
 * the objective most) and then pasting back what helps. Follows EMA Workbench's `Prim`
 * exactly (Kwakkel 2017): with the same data and settings the trajectory, n and k of every
 * box, and the limits agree (tests/analysis/discovery/primQuakes.test.ts).
 *
 * `x` is any table of factors, as columns or rows; `y` says per row whether it is a case of
 * interest. Each box on the trajectory trades coverage (share of the cases of interest in it)
 * for density (share of its cases that are of interest); the last is the densest PRIM found,
 * but an earlier one is often the better story (see `docs/discovery.md`).
 * Pure and deterministic. Expected cost O(steps · factors · n); 50,000 rows × 15 factors take
 * about a second (bench/discovery-report.md).
 *
 * @example
 * const x = { x1: [0.1, 0.2, 0.8, 0.9, 0.15, 0.7], x2: [0.9, 0.7, 0.8, 0.2, 0.95, 0.1] };
 * const result = prim(x, [1, 1, 0, 0, 1, 0], { massMin: 0.3 });
 * result.trajectory.map((b) => [b.n, b.k]); // [[6, 3], [5, 3], [4, 3], [3, 3]]
 * result.box.density; // 1
 * result.box.limits[0]; // { factor: 'x1', low: 0.1, high: 0.45 (≈), restricted: true, qpHigh: 0.125, … }
 */
export function prim(x: FactorColumns | FactorRows, y: ArrayLike<number | boolean>, options: PrimOptions = {}): PrimResult {
  const table = primTable(x, y, options.types);
  const rows = new Int32Array(table.n).map((_, i) => i);
  return primOnRows(table, rows, primSettings(options)).result;
}

/** The settings with defaults filled in, checked; throws `DiscoveryError` for a value out of range. */
export function primSettings(options: PrimOptions): PrimSettings {
  const settings: PrimSettings = {
    peelAlpha: options.peelAlpha ?? PRIM_DEFAULTS.peelAlpha,
    pasteAlpha: options.pasteAlpha ?? PRIM_DEFAULTS.pasteAlpha,
    massMin: options.massMin ?? PRIM_DEFAULTS.massMin,
    objective: options.objective ?? PRIM_DEFAULTS.objective,
  };
  for (const name of ['peelAlpha', 'pasteAlpha'] as const) {
    const v = settings[name];
    if (!(v > 0 && v <= 0.5)) throw new DiscoveryError(`${name} must be above 0 and at most 0.5; found ${v}`);
  }
  if (!(settings.massMin >= 0 && settings.massMin < 1)) {
    throw new DiscoveryError(`massMin must be from 0 to below 1; found ${settings.massMin}`);
  }
  if (!['original', 'lenient1', 'lenient2'].includes(settings.objective)) {
    throw new DiscoveryError(`objective must be original, lenient1 or lenient2; found ${JSON.stringify(settings.objective)}`);
  }
  return settings;
}

/**
 * PRIM over the cases `rows` of a checked table (all of them, or what earlier boxes left),
 * with the cases in the last box (`members`, row indices).
 */
export function primOnRows(table: PrimTable, rows: Int32Array, settings: PrimSettings): { result: PrimResult; members: Int32Array } {
  const initial = initialLimits(table);
  const steps = findBox(table, rows, initial, settings);
  const trajectory = steps.map((step, i) => primBox(table, rows, initial, step, i));
  const result: PrimResult = {
    factors: table.columns.map((column, c) => ({
      name: column.name,
      type: column.type,
      low: column.type === 'categorical' ? null : initial.low[c],
      high: column.type === 'categorical' ? null : initial.high[c],
      categories: column.type === 'categorical' ? [...column.categories] : null,
    })),
    n: table.n,
    interest: table.interest,
    remaining: rows.length,
    settings,
    trajectory,
    box: trajectory[trajectory.length - 1],
  };
  return { result, members: steps[steps.length - 1].rows };
}
