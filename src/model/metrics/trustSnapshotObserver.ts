import type { SimulationState } from '../state/SimulationState.js';

/** One ordered pair of partners at one week, a tidy row of `trust.csv`: trust of `from` in `to`, in (0, 1). */
export interface TrustSnapshotRow {
  week: number;
  from: string;
  to: string;
  trust: number;
}

/**
 * An observer (for `simulateObserved`) that copies the organisational trust matrix at the
 * given weeks (weeks past the run's end are simply never reached), as one row per ordered
 * pair i ≠ j, in week, `from`, `to` order. It reads the state only.
 *
 * @example
 * const trust = trustSnapshotObserver([52, 104]);
 * simulateObserved(loadPreset('safety-house'), { seed: 1, weeks: 104 }, [trust]);
 * trust.rows.filter((r) => r.week === 52).length; // partners × (partners − 1)
 */
export function trustSnapshotObserver(weeks: readonly number[]): { observeWeek(state: SimulationState): void; rows: TrustSnapshotRow[] } {
  const wanted = new Set(weeks);
  const rows: TrustSnapshotRow[] = [];
  return {
    rows,
    observeWeek(state) {
      if (!wanted.has(state.week)) return;
      const n = state.params.orgCount;
      const ids = state.scenario.organisations.map((o) => o.id);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          if (i !== j) rows.push({ week: state.week, from: ids[i], to: ids[j], trust: state.trust[i * n + j] });
        }
      }
    },
  };
}
