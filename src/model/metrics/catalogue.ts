import { CARE_GROUP, DOMAINS, SECURITY_GROUP } from '../domains.js';
import { frameFit } from '../frameFit.js';
import type { Counters } from '../state/Counters.js';
import type { SimulationState } from '../state/SimulationState.js';
import { cohortSuccessRate } from './cohortSuccessRate.js';
import type { Observation } from './Observation.js';
import { ratio } from './ratio.js';
import { successByAgeEstimate } from './successByAgeEstimate.js';

/** How a metric becomes one summary number. */
export type Aggregation =
  /** Sum over the weeks (event counts). */
  | 'sum'
  /** Mean over the weeks in which it is defined (stocks and levels); NaN if never defined. */
  | 'mean'
  /** The last week's value. */
  | 'last'
  /** Recomputed from the run's totals: numerator / denominator at the end (ratios). */
  | 'ratio'
  /** Computed once from the state at the end of the run (summary only). */
  | 'run';

/** Reads a metric's value (or a ratio's numerator or denominator) from the state and the week's shared observation. */
export type Observe = (state: SimulationState, o: Observation) => number;

/**
 * A metric, declared once: stable camelCase name, unit, one-line definition, how the summary
 * is formed, whether it is a column of the weekly rows, and how it is observed. `observeWeek`
 * and `RunAccumulator` are loops over these declarations.
 */
export interface MetricInfo {
  name: string;
  unit: string;
  description: string;
  /** How the summary is formed from the weekly values. */
  aggregation: Aggregation;
  /** Present in weekly rows (some summary metrics exist only per run). */
  weekly: boolean;
  /**
   * The value: this week's (aggregations `sum`, `mean`, `last`) or the run's (`run`). For a
   * ratio, `numerator / denominator`, NaN while the denominator is 0.
   */
  observe: Observe;
  /** For aggregation `ratio`: the cumulative numerator and denominator, read from the run's counters. */
  numerator?: Observe;
  denominator?: Observe;
}

type Base = Pick<MetricInfo, 'name' | 'unit' | 'description'>;
const info = (name: string, unit: string, description: string): Base => ({ name, unit, description });

/** A count of this week's events, summed over the run. */
const sum = (base: Base, observe: Observe): MetricInfo => ({ ...base, aggregation: 'sum', weekly: true, observe });
/** A level at the end of the week, averaged over the weeks in which it is defined. */
const mean = (base: Base, observe: Observe, weekly = true): MetricInfo => ({ ...base, aggregation: 'mean', weekly, observe });
/** A level at the end of the week; the summary is the last week's. */
const last = (base: Base, observe: Observe, weekly = true): MetricInfo => ({ ...base, aggregation: 'last', weekly, observe });
/** numerator / denominator from cumulative counters: weekly rows hold the value to date. */
const share = (base: Base, numerator: Observe, denominator: Observe): MetricInfo => ({
  ...base,
  aggregation: 'ratio',
  weekly: true,
  observe: (s, o) => ratio(numerator(s, o), denominator(s, o)),
  numerator,
  denominator,
});
/** A summary-only metric computed from the state at the end of the run. */
const ofRun = (base: Base, observe: Observe): MetricInfo => ({ ...base, aggregation: 'run', weekly: false, observe });

const CARE = CARE_GROUP.map((d) => DOMAINS.indexOf(d));
const SECURITY = SECURITY_GROUP.map((d) => DOMAINS.indexOf(d));
const ALL = DOMAINS.map((_, d) => d);

/** Commitments accepted by partners of `domains`, over the run. */
function accepted(c: Counters, domains: number[]): number {
  let sum = 0;
  for (const d of domains) sum += c.accepted[d];
  return sum;
}
/** Commitment requests answered by partners of `domains`, over the run. */
function asked(c: Counters, domains: number[]): number {
  let sum = 0;
  for (const d of domains) sum += c.accepted[d] + c.refused[d];
  return sum;
}
const refused = (c: Counters): number => c.signalsRefused[0] + c.signalsRefused[1] + c.signalsRefused[2] + c.signalsRefused[3];

/** Mean frame fit of the partners of `domains` with the narrative centre (NaN without such partners). */
function groupFit(state: SimulationState, domains: number[]): number {
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

const cohort = (year: number): MetricInfo =>
  ofRun(
    info(
      `successRateCohortYear${year}`,
      'share of cases',
      `cases that arrived in weeks ${52 * (year - 1) + 1}-${52 * year} and were resolved within successAge weeks of arrival / all cases that arrived then; missing until all of them are successAge weeks old`,
    ),
    (s) => cohortSuccessRate(s.endings, year, s.week),
  );

/**
 * Every metric of the model (docs/model.md §4, observation), in output column order. In weekly rows, count
 * metrics are this week's events, level metrics are this week's value, and ratio metrics are
 * cumulative from week 1 to this week. An undefined value (a ratio whose denominator is 0) is
 * NaN, never 0. `docs/metrics.md` is generated from this list.
 */
export const METRICS: readonly MetricInfo[] = [
  sum(info('casesArrived', 'cases', 'new cases that arrived'), (s) => s.thisWeek.arrived),
  sum(info('casesRecognised', 'cases', 'cases recognised: enough signals combined at the owner'), (s) => s.thisWeek.recognised),
  sum(info('casesResolved', 'cases', 'cases closed successfully after all required powers were delivered'), (s) => s.thisWeek.resolved),
  sum(info('casesEscalated', 'cases', 'cases whose severity reached 1 (incidents)'), (s) => s.thisWeek.escalated),
  sum(info('casesClosedWithoutEffect', 'cases', 'cases closed after all interventions but without success'), (s) => s.thisWeek.closedWithoutEffect),
  sum(info('casesMissed', 'cases', 'cases that escalated without ever being recognised'), (s) => s.thisWeek.missed),
  last(info('casesOpen', 'cases', 'cases open at the end of the week (latent to intervention)'), (s) => s.open.length),
  share(
    info(
      'successRate',
      'share of mature cases',
      'cases resolved within successAge weeks of arrival / cases that arrived at least successAge weeks ago (mature cases: ended well, ended otherwise or still open); missing while no case is mature',
    ),
    (s) => s.endings.maturedSuccesses,
    (s) => s.endings.maturedArrivals,
  ),
  ofRun(
    info(
      'successByAgeEstimate',
      'probability',
      'Aalen-Johansen cumulative incidence of successful resolution by age successAge, from every case: escalation and closure without effect compete, cases open at the end are censored at their age (Aalen & Johansen 1978)',
    ),
    (s) => successByAgeEstimate(s),
  ),
  cohort(1),
  cohort(2),
  cohort(3),
  cohort(4),
  cohort(5),
  share(
    info('meanWeeksToRecognition', 'weeks', 'mean weeks from arrival to recognition, over recognised cases'),
    (s) => s.total.weeksToRecognition,
    (s) => s.total.recognised,
  ),
  share(
    info('meanWeeksToResolution', 'weeks', 'mean weeks from arrival to successful resolution, over resolved cases'),
    (s) => s.total.weeksToResolution,
    (s) => s.total.resolved,
  ),
  sum(info('signalsShared', 'signals', 'signals passed to the case owner'), (s) => s.thisWeek.signalsShared),
  sum(info('signalsSharedCrossDomain', 'signals', 'signals passed to an owner in another domain'), (s) => s.thisWeek.signalsSharedCrossDomain),
  share(
    info('sharingSuccessRate', 'share of attempts', 'attempts to pass a signal that got through: shared / (shared + refused)'),
    (s) => s.total.signalsShared,
    (s) => s.total.signalsShared + refused(s.total),
  ),
  sum(info('signalsRefused', 'attempts', 'weekly attempts to pass a signal that failed, all reasons'), (s) => refused(s.thisWeek)),
  sum(info('signalsRefusedNotPermitted', 'attempts', 'failed attempts: sharing not permitted (secrecy, no covenant)'), (s) => s.thisWeek.signalsRefused[0]),
  sum(info('signalsRefusedLowTrust', 'attempts', 'failed attempts: too little trust in the receiver'), (s) => s.thisWeek.signalsRefused[1]),
  sum(info('signalsRefusedLowFit', 'attempts', 'failed attempts: the case did not fit the sender frame'), (s) => s.thisWeek.signalsRefused[2]),
  sum(info('signalsRefusedNoTime', 'attempts', 'failed attempts: no network time or nobody present to receive'), (s) => s.thisWeek.signalsRefused[3]),
  mean(info('meanOrgTrust', 'trust [0,1]', 'mean organisational trust T[i][j] over ordered pairs i != j'), (_, o) => o.trustMean),
  mean(info('sdOrgTrust', 'trust [0,1]', 'standard deviation of T[i][j] over ordered pairs i != j'), (_, o) => o.trustSd),
  last(info('finalOrgTrust', 'trust [0,1]', 'mean organisational trust in the last week'), (_, o) => o.trustMean, false),
  mean(info('meanTieStrength', 'strength [0,1]', 'mean strength of existing ties between professionals of different partners'), (_, o) => o.tieMean),
  mean(info('sdTieStrength', 'strength [0,1]', 'standard deviation of those tie strengths'), (_, o) => o.tieSd),
  last(info('finalTieStrength', 'strength [0,1]', 'mean tie strength in the last week'), (_, o) => o.tieMean, false),
  mean(
    info('crossDomainTieDensity', 'share of pairs', 'ties of strength >= 0.1 between present professionals of different domains / such pairs'),
    (_, o) => o.tieDensity,
  ),
  mean(
    info('tiesPerProfessional', 'ties', 'mean number of ties a present professional has with present professionals of other partners (degree)'),
    (s, o) => ratio(2 * s.tieSummary.betweenPresent, o.present),
  ),
  share(info('commitmentAcceptance', 'share of requests', 'requests to commit that partners accepted'), (s) => accepted(s.total, ALL), (s) => asked(s.total, ALL)),
  share(
    info('commitmentAcceptanceCare', 'share of requests', 'acceptance by care, youth and education partners together'),
    (s) => accepted(s.total, CARE),
    (s) => asked(s.total, CARE),
  ),
  share(
    info('commitmentAcceptanceSecurity', 'share of requests', 'acceptance by security and justice partners together'),
    (s) => accepted(s.total, SECURITY),
    (s) => asked(s.total, SECURITY),
  ),
  mean(info('narrativeFitCare', 'fit [0,1]', 'mean frame fit of care, youth and education partners with the narrative centre'), (s) => groupFit(s, CARE)),
  mean(info('narrativeFitSecurity', 'fit [0,1]', 'mean frame fit of security and justice partners with the narrative centre'), (s) => groupFit(s, SECURITY)),
  mean(info('narrativeCentre', 'frame [0,1]', 'the narrative centre on the frame axis (1 = security framing)'), (s) => s.narrative.centre),
  mean(info('meanPerspectiveTaking', 'score [0,1]', 'mean perspective-taking of present professionals'), (_, o) => ratio(o.perspectiveSum, o.present)),
  mean(
    info('boundarySpannerShare', 'share of staff', 'present professionals with perspective-taking >= 0.6 and experience at another partner'),
    (_, o) => ratio(o.spanners, o.present),
  ),
  mean(info('vacancyRate', 'share of posts', 'posts vacant'), (_, o) => ratio(o.posts - o.present, o.posts)),
  mean(info('meanTenure', 'weeks', 'mean weeks in their network role of present professionals (the first staff start it at week 0)'), (_, o) => ratio(o.tenureSum, o.present)),
  mean(info('staffPresent', 'professionals', 'professionals present in network roles'), (_, o) => o.present),
  mean(info('coordinatorBacklog', 'cases', 'recognised cases waiting for their first conference'), (_, o) => o.backlog),
  mean(info('urgency', 'level [0,1]', 'political and administrative urgency U'), (s) => s.urgency),
  mean(info('meanUrgency', 'level [0,1]', 'urgency averaged over the weeks of the run'), (s) => s.urgency, false),
  sum(info('networkHoursUsed', 'hours', 'network hours spent on sharing, conferences, delivery and learning'), (_, o) => o.hoursUsed),
  sum(
    info('networkHoursAvailable', 'hours', 'network hours granted (present staff x time share x hours x urgency multiplier)'),
    (_, o) => o.hoursAvailable,
  ),
  sum(info('breaches', 'tasks', 'committed deliveries that failed through overload'), (s) => s.thisWeek.breaches),
  sum(info('proceduralConflicts', 'discussions', 'case discussions delayed by a procedural conflict'), (s) => s.thisWeek.conflicts),
  sum(info('requestsAstray', 'requests', 'requests that went to the wrong partner, twice or to nobody'), (s) => s.thisWeek.astray),
  sum(info('learningSessions', 'sessions', 'joint learning sessions held'), (s) => s.thisWeek.learningSessions),
  sum(info('departures', 'professionals', 'professionals who left'), (s) => s.thisWeek.departures),
];

/** The metric names in column order. */
export const METRIC_NAMES: readonly string[] = METRICS.map((x) => x.name);

/** Names of the metrics present in weekly rows (after `week`). */
export const WEEKLY_METRIC_NAMES: readonly string[] = METRICS.filter((x) => x.weekly).map((x) => x.name);

/** A metric's documentation by name, or undefined. */
export function describeMetric(name: string): MetricInfo | undefined {
  return METRICS.find((x) => x.name === name);
}
