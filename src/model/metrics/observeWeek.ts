import { CARE_GROUP, DOMAINS, SECURITY_GROUP } from '../domains.js';
import { frameFit } from '../frameFit.js';
import { WEEKLY_METRIC_NAMES } from './catalogue.js';
import { CaseStatus } from '../state/Case.js';
import type { Counters } from '../state/Counters.js';
import type { SimulationState } from '../state/SimulationState.js';

/**
 * One week of output: `week` plus every weekly metric of `METRICS`, all finite numbers.
 * `week` is declared so that rows pass straight to the chart builders (`timeseriesChart`).
 */
export type WeeklyRow = { week: number } & Record<string, number>;

/** Perspective-taking from which an experienced professional counts as a boundary spanner. */
export const SPANNER_PERSPECTIVE = 0.6;

const CARE: readonly number[] = CARE_GROUP.map((d) => DOMAINS.indexOf(d));
const SECURITY: readonly number[] = SECURITY_GROUP.map((d) => DOMAINS.indexOf(d));

/**
 * A weekly row's keys in column order (`week`, then the catalogue's weekly metrics). Each row
 * starts as a copy of it (`newWeeklyRow`) whose values are then set. A copy, unlike a fresh
 * object literal, is never pretenured by V8 (rows live for the whole run; see `freshList`).
 */
const ROW_TEMPLATE: WeeklyRow = Object.fromEntries([['week', 0], ...WEEKLY_METRIC_NAMES.map((name) => [name, 0])]) as WeeklyRow;

/** A weekly row with every column at 0, in column order. */
export function newWeeklyRow(): WeeklyRow {
  return { ...ROW_TEMPLATE };
}

/**
 * Step 11, observation: this week's metrics, read from the state after all mechanisms ran,
 * `state.total` includes this week and `state.tieSummary` was refreshed. Reads the state only.
 * The values are written into `row` (default: a new row) and `row` is returned: a caller that
 * observes every week into the same row allocates nothing (sweeps without weekly rows do).
 */
export function observeWeek(state: SimulationState, row: WeeklyRow = newWeeklyRow()): WeeklyRow {
  const wk = state.thisWeek;
  const tot = state.total;
  const p = state.params;
  const n = p.orgCount;
  const trust = orgTrustStats(state);
  const ties = tieStats(state);
  const staff = staffStats(state);
  let backlog = 0;
  for (const c of state.open) if (c.status === CaseStatus.recognised) backlog++;
  let hoursUsed = 0;
  let hoursAvailable = 0;
  for (let i = 0; i < n; i++) {
    hoursUsed += state.usedHours[i];
    hoursAvailable += state.capacityHours[i];
  }
  row.week = state.week;
  row.casesArrived = wk.arrived;
  row.casesRecognised = wk.recognised;
  row.casesResolved = wk.resolved;
  row.casesEscalated = wk.escalated;
  row.casesClosedWithoutEffect = wk.closedWithoutEffect;
  row.casesMissed = wk.missed;
  row.casesOpen = state.open.length;
  row.successRate = successRate(tot);
  row.meanWeeksToRecognition = ratio(tot.weeksToRecognition, tot.recognised);
  row.meanWeeksToResolution = ratio(tot.weeksToResolution, tot.resolved);
  row.signalsShared = wk.signalsShared;
  row.signalsSharedCrossDomain = wk.signalsSharedCrossDomain;
  row.sharingSuccessRate = ratio(tot.signalsShared, tot.signalsShared + tot.signalsRefused[0] + tot.signalsRefused[1] + tot.signalsRefused[2] + tot.signalsRefused[3]);
  row.signalsRefused = wk.signalsRefused[0] + wk.signalsRefused[1] + wk.signalsRefused[2] + wk.signalsRefused[3];
  row.signalsRefusedNotPermitted = wk.signalsRefused[0];
  row.signalsRefusedLowTrust = wk.signalsRefused[1];
  row.signalsRefusedLowFit = wk.signalsRefused[2];
  row.signalsRefusedNoTime = wk.signalsRefused[3];
  row.meanOrgTrust = trust.mean;
  row.sdOrgTrust = trust.sd;
  row.meanTieStrength = ties.mean;
  row.sdTieStrength = ties.sd;
  row.crossDomainTieDensity = ties.density;
  row.tiesPerProfessional = ratio(2 * state.tieSummary.betweenPresent, staff.present);
  row.commitmentAcceptance = acceptance(tot, null);
  row.commitmentAcceptanceCare = acceptance(tot, CARE);
  row.commitmentAcceptanceSecurity = acceptance(tot, SECURITY);
  row.narrativeFitCare = groupFit(state, CARE);
  row.narrativeFitSecurity = groupFit(state, SECURITY);
  row.narrativeCentre = state.narrative.centre;
  row.meanPerspectiveTaking = staff.perspective;
  row.boundarySpannerShare = staff.spanners;
  row.vacancyRate = staff.vacancy;
  row.meanTenure = staff.tenure;
  row.staffPresent = staff.present;
  row.coordinatorBacklog = backlog;
  row.urgency = state.urgency;
  row.networkHoursUsed = hoursUsed;
  row.networkHoursAvailable = hoursAvailable;
  row.breaches = wk.breaches;
  row.proceduralConflicts = wk.conflicts;
  row.requestsAstray = wk.astray;
  row.learningSessions = wk.learningSessions;
  row.departures = wk.departures;
  return row;
}

/** a / b, or 0 when b is 0 (no metric is ever NaN). */
export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : 0;
}

/** Share of ended cases that ended well. */
export function successRate(c: Pick<Counters, 'resolved' | 'closedWithoutEffect' | 'escalated'>): number {
  return ratio(c.resolved, c.resolved + c.closedWithoutEffect + c.escalated);
}

function acceptance(c: Counters, domains: readonly number[] | null): number {
  let yes = 0;
  let no = 0;
  for (let d = 0; d < c.accepted.length; d++) {
    if (domains && !domains.includes(d)) continue;
    yes += c.accepted[d];
    no += c.refused[d];
  }
  return ratio(yes, yes + no);
}

function groupFit(state: SimulationState, domains: readonly number[]): number {
  const p = state.params;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < p.orgCount; i++) {
    if (!domains.includes(p.domain[i])) continue;
    sum += frameFit(p.frame[i], state.narrative.centre, state.narrative.breadth, 0);
    count++;
  }
  return ratio(sum, count);
}

function orgTrustStats(state: SimulationState): { mean: number; sd: number } {
  const n = state.params.orgCount;
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
  const mean = ratio(sum, count);
  return { mean, sd: Math.sqrt(Math.max(0, ratio(sq, count) - mean * mean)) };
}

function tieStats(state: SimulationState): { mean: number; sd: number; density: number; count: number } {
  const p = state.params;
  const t = state.tieSummary;
  let all = 0;
  for (let org = 0; org < p.orgCount; org++) all += state.presentStaff[org];
  let sameDomainPairs = 0;
  for (let d = 0; d < DOMAINS.length; d++) {
    let k = 0; // present staff of domain d
    for (let org = 0; org < p.orgCount; org++) if (p.domain[org] === d) k += state.presentStaff[org];
    sameDomainPairs += k * k;
  }
  const crossPairs = (all * all - sameDomainPairs) / 2;
  return { mean: t.mean, sd: t.sd, density: ratio(t.denseCrossDomain, crossPairs), count: t.count };
}

function staffStats(state: SimulationState) {
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
    if (w.experience[seat] !== 0 && w.perspective[seat] >= SPANNER_PERSPECTIVE) spanners++;
  }
  return {
    present,
    perspective: ratio(perspective, present),
    spanners: ratio(spanners, present),
    vacancy: ratio(posts - present, posts),
    tenure: ratio(tenure, present),
  };
}
