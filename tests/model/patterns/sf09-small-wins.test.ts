/**
 * SF9 (Ansell & Gash 2008; Vangen & Huxham 2003): small wins drive a virtuous cycle. Early
 * successes are made or denied by downstream capacity in the first year only
 * (`downstreamCapacity` 1 against 0 in weeks 1-52; an event at week 53 sets it back to the
 * preset's value in both arms). Early successes raise trust (mean organisational trust at
 * week 52), and higher trust raises later successes (success rate of the cases that end in
 * weeks 105-156, when both arms have had the same capacity for a year). Early failures are the
 * same contrast read the other way. Caveat: a first-year backlog also carries over directly, so
 * the later gap is not all trust; pattern 8 isolates the trust route. Applies to every preset.
 */
import { describe, it } from 'vitest';
import type { Scenario } from '../../../src/scenario/types.js';
import { newNetwork, expectIncrease, lazy, pairedRuns, preset, PRESETS, replicationsFor, successRateOver, withValues } from './harness.js';

describe.each(PRESETS)('SF9 on %s: early successes raise trust and later successes', (name) => {
  const s = newNetwork(preset(name)); // a network that starts now
  const firstYear = (capacity: number): Scenario => ({
    ...withValues(s, { downstreamCapacity: capacity }),
    events: [{ week: 53, label: 'capacity back to the preset', set: { 'preconditions.downstreamCapacity': s.preconditions?.downstreamCapacity ?? 0.5 } }],
  });
  const runs = lazy(() => pairedRuns(firstYear(1), firstYear(0), { weeks: 156, replications: replicationsFor(name) }));
  it('trust at week 52 is higher after early successes', () => {
    const { a, b } = runs();
    expectIncrease(`SF9 | ${name}`, 'meanOrgTrust at week 52, ample − scarce first-year capacity', a.map((r) => r.weekly[51].meanOrgTrust), b.map((r) => r.weekly[51].meanOrgTrust));
  });
  it('later successes (weeks 105-156) are more frequent after early successes', () => {
    const { a, b } = runs();
    expectIncrease(`SF9 | ${name}`, 'successRate of cases ending in weeks 105-156, ample − scarce first-year capacity', a.map((r) => successRateOver(r, 105, 156)), b.map((r) => successRateOver(r, 105, 156)));
  });
});
