/**
 * Pattern 7 and SF5: single point of failure. Where one professional carries a small network,
 * that person's departure (an event at week 104: `organisations[<carrier>].turnoverShock` 1)
 * with poor handover (0) cuts the signals shared in the 26 weeks after against the 26 weeks
 * before; good handover (1) softens it (more signals shared after the departure than with poor
 * handover, same seeds).
 *
 * Applies where one or two professionals carry the network's coordination:
 * - `radicalisation-pga`: the municipal radicalisation coordinator, set to one person (the
 *   preset has two), with two cases a week so that flows are countable;
 * - `safety-house` and `riec`: the office reduced to one process coordinator (a what-if: a
 *   small office run by one person, as the inspectorate found in some regions).
 * Not applicable: `top600` (eight case directors: no single carrier) and `ad-hoc` (no
 * coordinator: the owner of a case is whichever partner saw it first).
 */
import { describe, it } from 'vitest';
import type { SimulationResult } from '../../../src/model/simulate.js';
import type { Scenario } from '../../../src/scenario/types.js';
import { expectDecrease, expectIncrease, lazy, pairedRuns, preset, weeklySum, withValues } from './harness.js';

const CARRIERS: [string, string, Record<string, number>][] = [
  ['radicalisation-pga', 'municipality', { 'phenomena.caseRate': 2 }],
  ['safety-house', 'office', {}],
  ['riec', 'riec-office', {}],
];

/** Flows are small counts in one-person networks: 60 pairs. */
const PAIRS = 60;

describe.each(CARRIERS)('pattern 7 / SF5 on %s: the departure of the one carrier (%s)', (name, carrier, extra) => {
  const base = withValues(preset(name), { [`organisations[${carrier}].staff`]: 1, ...extra });
  const departing = (handover: number): Scenario => ({
    ...withValues(base, { [`organisations[${carrier}].handover`]: handover }),
    events: [{ week: 104, label: 'the carrier leaves', set: { [`organisations[${carrier}].turnoverShock`]: 1 } }],
  });
  const runs = lazy(() => pairedRuns(departing(1), departing(0), { weeks: 130, replications: PAIRS }));
  const flow = (r: SimulationResult, from: number, to: number) => weeklySum(r, 'signalsShared', from, to);
  it('poor handover: signals shared fall after the departure', () => {
    const { b: poor } = runs();
    expectDecrease(`pattern 7 | ${name}`, 'signalsShared, 26 weeks after − 26 weeks before the departure, poor handover', poor.map((r) => flow(r, 105, 130)), poor.map((r) => flow(r, 79, 104)));
  });
  it('good handover softens the fall', () => {
    const { a: good, b: poor } = runs();
    expectIncrease(`pattern 7 | ${name}`, 'signalsShared in the 26 weeks after the departure, good − poor handover', good.map((r) => flow(r, 105, 130)), poor.map((r) => flow(r, 105, 130)));
  });
});
