/**
 * Aalen–Johansen estimate of the cumulative incidence of one cause of ending by time `at`,
 * with competing causes and right-censored observations. Reference: Aalen & Johansen 1978,
 * "An empirical transition matrix for non-homogeneous Markov chains based on censored
 * observations", Scandinavian Journal of Statistics 5:141–150. Definition:
 *
 *   F_k(t) = Σ_{s ≤ t} S(s−) · d_k(s) / n(s)
 *
 * where n(s) is the number still at risk at time s (time ≥ s), d_k(s) the number ending by
 * cause k at s, and S the Kaplan–Meier probability of not having ended of any cause. An
 * observation censored at s counts as at risk at s (censoring after events at tied times).
 * Without censoring F_k(t) is the plain share of all observations that ended by cause k at or
 * before t. Units: a probability in [0, 1]; NaN with no observations. Cost O(n log n) (three
 * typed-array sorts).
 *
 * @param times time of each observation (its end or its censoring), e.g. a case's age in weeks
 * @param events cause of each observation: 0 = censored (still open), k ≥ 1 = ended by cause k
 * @param cause the cause whose incidence is estimated (≥ 1)
 * @param at the time by which it is estimated
 * @example
 * // ages 1 (cause 1), 2 (cause 2), 3 (censored), 4 (cause 1): F_1(4) = 1/4 + (1/2)·(1/1) = 0.75
 * cumulativeIncidence([1, 2, 3, 4], [1, 2, 0, 1], 1, 4); // 0.75
 */
export function cumulativeIncidence(times: ArrayLike<number>, events: ArrayLike<number>, cause: number, at: number): number {
  const n = times.length;
  if (events.length !== n) throw new Error('cumulativeIncidence requires as many events as times');
  if (n === 0) return NaN;
  // Three sorted lists of times (typed-array sorts, no comparator): all, ended, ended by `cause`.
  const all = Float64Array.from(times).sort();
  let endedCount = 0;
  let causeCount = 0;
  for (let i = 0; i < n; i++) {
    endedCount += Number(events[i] !== 0);
    causeCount += Number(events[i] === cause);
  }
  const ended = new Float64Array(endedCount);
  const ofCause = new Float64Array(causeCount);
  for (let i = 0, e = 0, c = 0; i < n; i++) {
    if (events[i] !== 0) ended[e++] = times[i];
    if (events[i] === cause) ofCause[c++] = times[i];
  }
  ended.sort();
  ofCause.sort();
  let atRisk = n;
  let survival = 1;
  let incidence = 0;
  let k = 0;
  let e = 0;
  let c = 0;
  while (k < n && all[k] <= at) {
    const t = all[k];
    let leaving = 0;
    for (; k < n && all[k] === t; k++) leaving++;
    let endedNow = 0;
    for (; e < endedCount && ended[e] === t; e++) endedNow++;
    let causeNow = 0;
    for (; c < causeCount && ofCause[c] === t; c++) causeNow++;
    incidence += (survival * causeNow) / atRisk;
    survival *= 1 - endedNow / atRisk;
    atRisk -= leaving;
  }
  return incidence;
}
