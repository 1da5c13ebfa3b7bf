/**
 * The metrics a report shows first, in this order: the success rate, organisational
 * trust, information sharing and the open caseload.
 */
export const KEY_METRICS: readonly string[] = ['successRate', 'meanOrgTrust', 'signalsShared', 'casesOpen'];

/**
 * The key metrics among `available`, in `KEY_METRICS` order; when none of them is there (a
 * test model's outputs, or a sweep of other metrics), the first `max` available ones.
 *
 * @example
 * keyMetrics(['casesOpen', 'successRate', 'breaches']); // ['successRate', 'casesOpen']
 * keyMetrics(['y']); // ['y']
 */
export function keyMetrics(available: readonly string[], max = KEY_METRICS.length): string[] {
  const key = KEY_METRICS.filter((m) => available.includes(m));
  return key.length > 0 ? key : available.slice(0, max);
}
