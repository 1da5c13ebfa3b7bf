import { restrictedFactors, type BoxLimits } from './boxLimits.js';
import { bestCandidate, candidateOrder, type CandidateBox } from './candidateBox.js';
import { pasteCandidates } from './pasteCandidates.js';
import { peelCandidates } from './peelCandidates.js';
import { primObjective, type PrimObjective } from './primObjective.js';
import type { PrimTable } from './primTable.js';
import { violations } from './violations.js';

/** PRIM's settings, with EMA Workbench's names and defaults. */
export interface PrimSettings {
  /** Share of a box's cases a peel removes (default 0.05). */
  peelAlpha: number;
  /** Share of the cases next to a limit a paste adds (default 0.05). */
  pasteAlpha: number;
  /** Smallest box, as a share of all cases (default 0.05). */
  massMin: number;
  /** How candidates are scored (default `lenient1`). */
  objective: PrimObjective;
}

/** One box on the trajectory: its limits, its cases (row indices), how many are of interest, and how it was reached. */
export interface TrajectoryStep {
  limits: BoxLimits;
  rows: Int32Array;
  k: number;
  phase: 'start' | 'peel' | 'paste';
}

/**
 * One run of PRIM (Friedman & Fisher 1999) from the box around all data, over the cases
 * `rows` still in play: the peeling trajectory (each step takes the best peel, as long as it
 * scores above 0 and leaves at least `massMin` of all cases), then the pasting trajectory
 * (each step takes the best paste as long as it scores above 0, raises the density and keeps
 * the box at least `massMin`). Follows EMA Workbench's `Prim.find_box` step by step, including
 * that only the best candidate is tried at each step and that pasting is tried only when at
 * least one real-valued factor is restricted.
 * Expected cost per step O(factors · m) for a box of m cases; about
 * log(massMin)/log(1 − peelAlpha) peeling steps.
 */
export function findBox(table: PrimTable, rows: Int32Array, initial: BoxLimits, settings: PrimSettings): TrajectoryStep[] {
  const objective = primObjective(settings.objective);
  const factors = table.columns.length;
  const free = (c: CandidateBox) => factors - restrictedFactors(c.limits, initial).length;
  const start: TrajectoryStep = { limits: initial, rows, k: countInterest(table, rows), phase: 'start' };
  const steps = [start];
  let box = start;
  for (;;) {
    const found = bestCandidate(peelCandidates(table, box.rows, box.limits, settings.peelAlpha), (c) => objective(box.rows.length, box.k, c.n, c.k), free);
    if (found === undefined) break;
    const mass = found.best.n / table.n;
    if (!(mass >= settings.massMin && mass < box.rows.length / table.n && found.score > 0)) break;
    box = { limits: found.best.limits, rows: found.best.members(), k: found.best.k, phase: 'peel' };
    steps.push(box);
  }
  const order = candidateOrder(table);
  for (;;) {
    const dims = restrictedFactors(box.limits, initial);
    const v = violations(table, rows, box.limits, dims);
    const candidates: CandidateBox[] = [];
    for (const type of ['real', 'integer', 'categorical'] as const) {
      for (const c of order) {
        if (table.columns[c].type === type && dims.includes(c)) {
          candidates.push(...pasteCandidates(table, rows, v, box.limits, initial, c, settings.pasteAlpha));
        }
      }
      if (candidates.length === 0) return steps;
    }
    const found = bestCandidate(candidates, (c) => objective(box.rows.length, box.k, c.n, c.k), free)!;
    const mass = found.best.n / table.n;
    const better = found.best.k / found.best.n > box.k / box.rows.length;
    if (!(mass >= settings.massMin && mass > box.rows.length / table.n && found.score > 0 && better)) return steps;
    box = { limits: found.best.limits, rows: found.best.members(), k: found.best.k, phase: 'paste' };
    steps.push(box);
  }
}

function countInterest(table: PrimTable, rows: Int32Array): number {
  let k = 0;
  for (const r of rows) k += table.y[r];
  return k;
}
