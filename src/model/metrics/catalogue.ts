/** How a weekly metric becomes one summary number. */
export type Aggregation =
  /** Sum over the weeks (event counts). */
  | 'sum'
  /** Mean over the weeks (stocks and levels). */
  | 'mean'
  /** The last week's value. */
  | 'last'
  /** Recomputed from the run's totals (ratios). */
  | 'ratio';

/** A metric's documentation: stable camelCase name, unit, one-line definition. */
export interface MetricInfo {
  name: string;
  unit: string;
  description: string;
  /** How the summary is formed from the weekly values. */
  aggregation: Aggregation;
  /** Present in weekly rows (some summary metrics exist only per run). */
  weekly: boolean;
}

const m = (name: string, unit: string, aggregation: Aggregation, description: string, weekly = true): MetricInfo => ({
  name,
  unit,
  description,
  aggregation,
  weekly,
});

/**
 * Every metric of the model (docs/model.md §4, observation), in output column order. In weekly rows, count
 * metrics are this week's events, level metrics are this week's value, and ratio metrics are
 * cumulative from week 1 to this week (0 while undefined). `docs/metrics.md` is generated from
 * this list.
 */
export const METRICS: readonly MetricInfo[] = [
  m('casesArrived', 'cases', 'sum', 'new cases that arrived'),
  m('casesRecognised', 'cases', 'sum', 'cases recognised: enough signals combined at the owner'),
  m('casesResolved', 'cases', 'sum', 'cases closed successfully after all required powers were delivered'),
  m('casesEscalated', 'cases', 'sum', 'cases whose severity reached 1 (incidents)'),
  m('casesClosedWithoutEffect', 'cases', 'sum', 'cases closed after all interventions but without success'),
  m('casesMissed', 'cases', 'sum', 'cases that escalated without ever being recognised'),
  m('casesOpen', 'cases', 'last', 'cases open at the end of the week (latent to intervention)'),
  m('successRate', 'share of ended cases', 'ratio', 'resolved / (resolved + closed without effect + escalated)'),
  m('successRateFirstYear', 'share of ended cases', 'ratio', 'success rate of cases that ended in weeks 1-52', false),
  m('successRateFromYear3', 'share of ended cases', 'ratio', 'success rate of cases that ended from week 105 on', false),
  m('successRateCohortYear1', 'share of ended cases', 'ratio', 'success rate of the cases that arrived in weeks 1-52 (ended by the end of the run)', false),
  m('successRateCohortYear3', 'share of ended cases', 'ratio', 'success rate of the cases that arrived in weeks 105-156 (ended by the end of the run)', false),
  m('meanWeeksToRecognition', 'weeks', 'ratio', 'mean weeks from arrival to recognition, over recognised cases'),
  m('meanWeeksToResolution', 'weeks', 'ratio', 'mean weeks from arrival to successful resolution, over resolved cases'),
  m('signalsShared', 'signals', 'sum', 'signals passed to the case owner'),
  m('signalsSharedCrossDomain', 'signals', 'sum', 'signals passed to an owner in another domain'),
  m('sharingSuccessRate', 'share of attempts', 'ratio', 'attempts to pass a signal that got through: shared / (shared + refused)'),
  m('signalsRefused', 'attempts', 'sum', 'weekly attempts to pass a signal that failed, all reasons'),
  m('signalsRefusedNotPermitted', 'attempts', 'sum', 'failed attempts: sharing not permitted (secrecy, no covenant)'),
  m('signalsRefusedLowTrust', 'attempts', 'sum', 'failed attempts: too little trust in the receiver'),
  m('signalsRefusedLowFit', 'attempts', 'sum', 'failed attempts: the case did not fit the sender frame'),
  m('signalsRefusedNoTime', 'attempts', 'sum', 'failed attempts: no network time or nobody present to receive'),
  m('meanOrgTrust', 'trust [0,1]', 'mean', 'mean organisational trust T[i][j] over ordered pairs i != j'),
  m('sdOrgTrust', 'trust [0,1]', 'mean', 'standard deviation of T[i][j] over ordered pairs i != j'),
  m('finalOrgTrust', 'trust [0,1]', 'last', 'mean organisational trust in the last week', false),
  m('meanTieStrength', 'strength [0,1]', 'mean', 'mean strength of existing ties between professionals of different partners'),
  m('sdTieStrength', 'strength [0,1]', 'mean', 'standard deviation of those tie strengths'),
  m('finalTieStrength', 'strength [0,1]', 'last', 'mean tie strength in the last week', false),
  m('crossDomainTieDensity', 'share of pairs', 'mean', 'ties of strength >= 0.1 between present professionals of different domains / such pairs'),
  m('tiesPerProfessional', 'ties', 'mean', 'mean number of ties a present professional has with present professionals of other partners (degree)'),
  m('commitmentAcceptance', 'share of requests', 'ratio', 'requests to commit that partners accepted'),
  m('commitmentAcceptanceCare', 'share of requests', 'ratio', 'acceptance by care, youth and education partners together'),
  m('commitmentAcceptanceSecurity', 'share of requests', 'ratio', 'acceptance by security and justice partners together'),
  m('narrativeFitCare', 'fit [0,1]', 'mean', 'mean frame fit of care, youth and education partners with the narrative centre'),
  m('narrativeFitSecurity', 'fit [0,1]', 'mean', 'mean frame fit of security and justice partners with the narrative centre'),
  m('narrativeCentre', 'frame [0,1]', 'mean', 'the narrative centre on the frame axis (1 = security framing)'),
  m('meanPerspectiveTaking', 'score [0,1]', 'mean', 'mean perspective-taking of present professionals'),
  m('boundarySpannerShare', 'share of staff', 'mean', 'present professionals with perspective-taking >= 0.6 and experience at another partner'),
  m('vacancyRate', 'share of posts', 'mean', 'posts vacant'),
  m('meanTenure', 'weeks', 'mean', 'mean weeks in post of present professionals'),
  m('staffPresent', 'professionals', 'mean', 'professionals present in network roles'),
  m('coordinatorBacklog', 'cases', 'mean', 'recognised cases waiting for their first conference'),
  m('urgency', 'level [0,1]', 'mean', 'political and administrative urgency U'),
  m('meanUrgency', 'level [0,1]', 'mean', 'urgency averaged over the weeks of the run', false),
  m('networkHoursUsed', 'hours', 'sum', 'network hours spent on sharing, conferences, delivery and learning'),
  m('networkHoursAvailable', 'hours', 'sum', 'network hours granted (present staff x time share x hours x urgency multiplier)'),
  m('breaches', 'tasks', 'sum', 'committed deliveries that failed through overload'),
  m('proceduralConflicts', 'discussions', 'sum', 'case discussions delayed by a procedural conflict'),
  m('requestsAstray', 'requests', 'sum', 'requests that went to the wrong partner, twice or to nobody'),
  m('learningSessions', 'sessions', 'sum', 'joint learning sessions held'),
  m('departures', 'professionals', 'sum', 'professionals who left'),
];

/** The metric names in column order. */
export const METRIC_NAMES: readonly string[] = METRICS.map((x) => x.name);

/** Names of the metrics present in weekly rows (after `week`). */
export const WEEKLY_METRIC_NAMES: readonly string[] = METRICS.filter((x) => x.weekly).map((x) => x.name);

/** A metric's documentation by name, or undefined. */
export function describeMetric(name: string): MetricInfo | undefined {
  return METRICS.find((x) => x.name === name);
}
