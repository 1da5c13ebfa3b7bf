import type { SimulationState } from './state/SimulationState.js';

/** Organisational trust between partners: `matrix[i][j]` = trust of i in j, in (0, 1). */
export interface TrustMatrix {
  ids: string[];
  names: string[];
  matrix: number[][];
}

/** The state's trust matrix as plain arrays, with the partners' ids and names. */
export function trustMatrix(state: SimulationState): TrustMatrix {
  const n = state.params.orgCount;
  const orgs = state.scenario.organisations;
  const matrix: number[][] = [];
  for (let i = 0; i < n; i++) matrix.push(Array.from(state.trust.subarray(i * n, (i + 1) * n)));
  return { ids: orgs.map((o) => o.id), names: orgs.map((o) => o.name), matrix };
}
