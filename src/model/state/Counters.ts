/** Refusal reasons for a signal that was not passed on, in a fixed order. */
export const REFUSAL_REASONS = ['notPermitted', 'lowTrust', 'lowFit', 'noTime'] as const;

/** Event counts for one week (reset by the engine) or for the whole run so far. */
export interface Counters {
  arrived: number;
  recognised: number;
  resolved: number;
  escalated: number;
  closedWithoutEffect: number;
  missed: number;
  weeksToRecognition: number;
  weeksToResolution: number;
  signalsShared: number;
  signalsSharedCrossDomain: number;
  /** Per `REFUSAL_REASONS` index. */
  signalsRefused: number[];
  /** Commitments accepted and refused, per domain index. */
  accepted: number[];
  refused: number[];
  breaches: number;
  conflicts: number;
  astray: number;
  learningSessions: number;
  departures: number;
}

/** A zeroed counter set. */
export function emptyCounters(domains: number): Counters {
  return {
    arrived: 0,
    recognised: 0,
    resolved: 0,
    escalated: 0,
    closedWithoutEffect: 0,
    missed: 0,
    weeksToRecognition: 0,
    weeksToResolution: 0,
    signalsShared: 0,
    signalsSharedCrossDomain: 0,
    signalsRefused: [0, 0, 0, 0],
    accepted: zeros(domains),
    refused: zeros(domains),
    breaches: 0,
    conflicts: 0,
    astray: 0,
    learningSessions: 0,
    departures: 0,
  };
}

/** Adds `week` into `total`, field by field (written out: this runs every week). */
export function addCounters(total: Counters, week: Counters): void {
  total.arrived += week.arrived;
  total.recognised += week.recognised;
  total.resolved += week.resolved;
  total.escalated += week.escalated;
  total.closedWithoutEffect += week.closedWithoutEffect;
  total.missed += week.missed;
  total.weeksToRecognition += week.weeksToRecognition;
  total.weeksToResolution += week.weeksToResolution;
  total.signalsShared += week.signalsShared;
  total.signalsSharedCrossDomain += week.signalsSharedCrossDomain;
  total.breaches += week.breaches;
  total.conflicts += week.conflicts;
  total.astray += week.astray;
  total.learningSessions += week.learningSessions;
  total.departures += week.departures;
  addInto(total.signalsRefused, week.signalsRefused);
  addInto(total.accepted, week.accepted);
  addInto(total.refused, week.refused);
}

/** Sets every count of `c` back to zero, in place. */
export function resetCounters(c: Counters): void {
  c.arrived = 0;
  c.recognised = 0;
  c.resolved = 0;
  c.escalated = 0;
  c.closedWithoutEffect = 0;
  c.missed = 0;
  c.weeksToRecognition = 0;
  c.weeksToResolution = 0;
  c.signalsShared = 0;
  c.signalsSharedCrossDomain = 0;
  c.breaches = 0;
  c.conflicts = 0;
  c.astray = 0;
  c.learningSessions = 0;
  c.departures = 0;
  c.signalsRefused.fill(0);
  c.accepted.fill(0);
  c.refused.fill(0);
}

function addInto(total: number[], week: number[]): void {
  for (let i = 0; i < week.length; i++) total[i] += week[i];
}

/** A packed list of `count` zeros (`new Array(count).fill(0)` stays holey: every read checks for holes). */
function zeros(count: number): number[] {
  return Array.from({ length: count }, () => 0);
}
