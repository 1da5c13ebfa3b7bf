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
    accepted: new Array(domains).fill(0),
    refused: new Array(domains).fill(0),
    breaches: 0,
    conflicts: 0,
    astray: 0,
    learningSessions: 0,
    departures: 0,
  };
}

const SCALARS = Object.keys(emptyCounters(0)).filter(
  (k) => !Array.isArray(emptyCounters(0)[k as keyof Counters]),
) as (keyof Counters)[];
const LISTS = ['signalsRefused', 'accepted', 'refused'] as const;

/** Adds `week` into `total`, field by field. */
export function addCounters(total: Counters, week: Counters): void {
  const t = total as unknown as Record<string, number>;
  const w = week as unknown as Record<string, number>;
  for (const k of SCALARS) t[k] += w[k];
  for (const k of LISTS) {
    const a = total[k];
    const b = week[k];
    for (let i = 0; i < b.length; i++) a[i] += b[i];
  }
}

/** Sets every count of `c` back to zero, in place. */
export function resetCounters(c: Counters): void {
  const r = c as unknown as Record<string, number>;
  for (const k of SCALARS) r[k] = 0;
  for (const k of LISTS) c[k].fill(0);
}
