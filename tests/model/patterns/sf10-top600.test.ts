/**
 * SF10 and pattern 5's evidence (WODC 2023 evaluation of Top600): in a Top600-like network the
 * binding constraint is housing and care.
 *
 * - Raising `regie` from 0.5 to 1 adds little to the success rate (TOST, margin 0.02): in
 *   patterns/model/sf10-top600.yaml (run by sf10-top600.pattern.test.ts).
 * - Doubling the places of the housing and care organisations (`interventionSlots` of
 *   mental-health, addiction-care and housing) adds more to the success rate than doubling the
 *   enforcement and prosecution places (police `enforce`, prosecution `prosecute`): the paired
 *   difference of the two arms is > 0 (same seeds).
 * On `top600` only: the fact is about Top600.
 */
import { describe, it } from 'vitest';
import { normalizeScenario } from '../../../src/scenario/normalizeScenario.js';
import type { Scenario } from '../../../src/scenario/types.js';
import { expectIncrease, metricOf, preset, runArms, withValues } from './harness.js';

/** `s` with the named organisations' places of the named powers multiplied by `factor`. */
function morePlaces(s: Scenario, places: [org: string, power: string][], factor: number): Scenario {
  const orgs = normalizeScenario(s).organisations;
  return withValues(
    s,
    Object.fromEntries(
      places.map(([org, power]) => {
        const slots = orgs.find((o) => o.id === org)!.interventionSlots as Record<string, number>;
        return [`organisations[${org}].interventionSlots.${power}`, Math.round(factor * slots[power])];
      }),
    ),
  );
}

describe('SF10 on top600: the binding constraint is housing and care', () => {
  const s = preset('top600');
  it('doubling housing and care places adds more than doubling enforcement and prosecution places', () => {
    const care = morePlaces(s, [['mental-health', 'care'], ['addiction-care', 'care'], ['housing', 'housing']], 2);
    const enforcement = morePlaces(s, [['police', 'enforce'], ['prosecution', 'prosecute']], 2);
    const [withCare, withEnforcement] = runArms([care, enforcement], { weekly: false }).map((r) => metricOf(r, 'successRate'));
    expectIncrease('SF10 | top600', 'successRate, housing and care places ×2 − enforcement and prosecution places ×2', withCare, withEnforcement);
  });
});
