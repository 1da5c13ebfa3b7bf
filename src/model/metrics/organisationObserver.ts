import type { SimulationState } from '../state/SimulationState.js';
import { ratio } from './ratio.js';

/**
 * One organisation in one week, a tidy row of `organisations.csv`: the partner's `id` and
 * `domain`, its professionals present in network roles (`staffPresent`), its posts vacant
 * (`vacancies`), the mean of its trust in the other partners (`trustGiven`, T[i][j] over
 * j ≠ i) and of theirs in it (`trustReceived`, T[j][i] over j ≠ i; both NaN with one
 * partner), and its network hours spent and granted this week.
 */
export interface OrganisationWeekRow {
  week: number;
  organisation: string;
  domain: string;
  staffPresent: number;
  vacancies: number;
  trustGiven: number;
  trustReceived: number;
  networkHoursUsed: number;
  networkHoursAvailable: number;
}

/**
 * An observer (for `simulateObserved`) that collects one `OrganisationWeekRow` per partner
 * every `every`-th week, in week then partner order. It reads the state only. Cost per
 * observed week O(partners² + seats).
 *
 * @example
 * const orgs = organisationObserver();
 * simulateObserved(loadPreset('safety-house'), { seed: 1, weeks: 4 }, [orgs]);
 * orgs.rows.length; // 4 × partners
 */
export function organisationObserver(every = 1): { observeWeek(state: SimulationState): void; rows: OrganisationWeekRow[] } {
  const rows: OrganisationWeekRow[] = [];
  return {
    rows,
    observeWeek(state) {
      if (state.week % every !== 0) return;
      const n = state.params.orgCount;
      const w = state.workforce;
      for (let i = 0; i < n; i++) {
        let given = 0;
        let received = 0;
        for (let j = 0; j < n; j++) {
          if (j === i) continue;
          given += state.trust[i * n + j];
          received += state.trust[j * n + i];
        }
        let vacancies = 0;
        for (const seat of w.seatsOf[i]) vacancies += Number(w.posted[seat] === 1 && w.present[seat] === 0);
        const org = state.scenario.organisations[i];
        rows.push({
          week: state.week,
          organisation: org.id,
          domain: org.domain,
          staffPresent: state.presentStaff[i],
          vacancies,
          trustGiven: ratio(given, n - 1),
          trustReceived: ratio(received, n - 1),
          networkHoursUsed: state.usedHours[i],
          networkHoursAvailable: state.capacityHours[i],
        });
      }
    },
  };
}
