import type { CaseEndings } from '../state/CaseEndings.js';
import { ratio } from './ratio.js';

/** Weeks in a cohort year. */
export const WEEKS_PER_YEAR = 52;

/**
 * Success share of the cases that arrived in year `year` (weeks 52(year − 1) + 1 … 52·year):
 * those resolved within `successAge` weeks of arrival / all that arrived. NaN until every
 * week of that year is `successAge` weeks old at `week` (so a run shorter than
 * 52·year + successAge weeks reports NaN), and NaN when no case arrived that year. Cost O(52).
 *
 * @example
 * // a 260-week run with successAge 52: years 1-4 are complete, year 5 is not
 * cohortSuccessRate(state.endings, 5, 260); // NaN
 */
export function cohortSuccessRate(endings: CaseEndings, year: number, week: number): number {
  const last = WEEKS_PER_YEAR * year;
  if (week - last < endings.successAge) return NaN;
  let arrived = 0;
  let resolved = 0;
  for (let w = last - WEEKS_PER_YEAR + 1; w <= last; w++) {
    arrived += endings.arrivals[w] ?? 0;
    resolved += endings.successes[w] ?? 0;
  }
  return ratio(resolved, arrived);
}
