import { DOMAINS } from '../domains.js';
import { CaseStatus } from '../state/Case.js';
import type { SimulationState } from '../state/SimulationState.js';
import { ratio } from './ratio.js';

/** Perspective-taking from which an experienced professional counts as a boundary spanner. */
export const SPANNER_PERSPECTIVE = 0.6;

/**
 * The quantities several metrics share, read from the state once a week before the metrics
 * are observed (`readObservation`): organisational trust statistics, tie statistics, the
 * present staff and the network hours. Undefined means and shares are NaN. One object per
 * simulation, rewritten every week (it owns its scratch buffer).
 */
export interface Observation {
  /** Mean and standard deviation of T[i][j] over ordered pairs i ≠ j (NaN with one partner). */
  trustMean: number;
  trustSd: number;
  /** Mean and standard deviation of the strength of cross-partner ties (NaN with no tie). */
  tieMean: number;
  tieSd: number;
  /** Ties of strength ≥ 0.1 between present professionals of different domains / such pairs. */
  tieDensity: number;
  /** Professionals present in network roles, and posts (filled or not). */
  present: number;
  posts: number;
  /** Sums over present professionals: perspective-taking, spanners, weeks in their network role. */
  perspectiveSum: number;
  spanners: number;
  tenureSum: number;
  /** Recognised cases waiting for their first conference. */
  backlog: number;
  /** Network hours spent and granted this week, over all partners. */
  hoursUsed: number;
  hoursAvailable: number;
  /** Scratch: present staff per domain. */
  readonly perDomain: Float64Array;
}

/** A blank observation with its scratch buffer. */
export function newObservation(): Observation {
  return {
    trustMean: NaN, trustSd: NaN, tieMean: NaN, tieSd: NaN, tieDensity: NaN, present: 0, posts: 0,
    perspectiveSum: 0, spanners: 0, tenureSum: 0, backlog: 0, hoursUsed: 0, hoursAvailable: 0,
    perDomain: new Float64Array(DOMAINS.length),
  };
}

/**
 * Fills `o` from the state after all of a week's mechanisms ran (`state.tieSummary` refreshed).
 * Reads the state only. Cost O(partners² + seats + open cases).
 *
 * @example
 * const o = readObservation(state, newObservation());
 * o.present; // professionals present this week
 */
export function readObservation(state: SimulationState, o: Observation): Observation {
  const p = state.params;
  const n = p.orgCount;
  let sum = 0;
  let sq = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const t = state.trust[i * n + j];
      sum += t;
      sq += t * t;
      count++;
    }
  }
  o.trustMean = ratio(sum, count);
  o.trustSd = Math.sqrt(Math.max(0, ratio(sq, count) - o.trustMean * o.trustMean));

  const ties = state.tieSummary;
  o.tieMean = ties.count > 0 ? ties.mean : NaN;
  o.tieSd = ties.count > 0 ? ties.sd : NaN;
  const perDomain = o.perDomain.fill(0);
  let all = 0;
  for (let org = 0; org < n; org++) {
    perDomain[p.domain[org]] += state.presentStaff[org];
    all += state.presentStaff[org];
  }
  let sameDomainPairs = 0;
  for (const k of perDomain) sameDomainPairs += k * k;
  o.tieDensity = ratio(ties.denseCrossDomain, (all * all - sameDomainPairs) / 2);

  const w = state.workforce;
  let posts = 0;
  let present = 0;
  let perspective = 0;
  let spanners = 0;
  let tenure = 0;
  for (let seat = 0; seat < w.org.length; seat++) {
    if (!w.posted[seat]) continue;
    posts++;
    if (!w.present[seat]) continue;
    present++;
    perspective += w.perspective[seat];
    tenure += state.week - w.hiredWeek[seat];
    spanners += Number(w.experience[seat] !== 0) & Number(w.perspective[seat] >= SPANNER_PERSPECTIVE); // no branch per seat
  }
  o.posts = posts;
  o.present = present;
  o.perspectiveSum = perspective;
  o.spanners = spanners;
  o.tenureSum = tenure;

  let backlog = 0;
  for (const c of state.open) backlog += Number(c.status === CaseStatus.recognised); // no branch per case
  o.backlog = backlog;
  let used = 0;
  let available = 0;
  for (let i = 0; i < n; i++) {
    used += state.usedHours[i];
    available += state.capacityHours[i];
  }
  o.hoursUsed = used;
  o.hoursAvailable = available;
  return o;
}
