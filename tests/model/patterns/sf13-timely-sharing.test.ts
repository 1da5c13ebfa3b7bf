/**
 * SF13 (Luna-Reyes et al. 2008, weak): timely sharing builds trust; late sharing does not.
 * "Late" replaces the `sharing` mechanism by the same mechanism run only every fourth week
 * (signals wait up to a month before anyone tries to pass them on); "timely" is the preset's
 * weekly sharing. Timely sharing recognises cases sooner (a check that the manipulation
 * works) and yields higher mean organisational trust (the claim). Applies to every preset.
 */
import { describe, it } from 'vitest';
import { defaultMechanisms } from '../../../src/model/defaultMechanisms.js';
import { replaceMechanism } from '../../../src/model/Mechanism.js';
import { sharing } from '../../../src/model/mechanisms/sharing.js';
import { expectDecrease, expectIncrease, lazy, metricOf, pairedRuns, preset, PRESETS, replicationsFor } from './harness.js';

const monthlySharing = () => {
  const everyWeek = sharing();
  return replaceMechanism(defaultMechanisms(), 'sharing', {
    name: 'sharing',
    step(state, rng) {
      if (state.week % 4 === 0) everyWeek.step(state, rng);
    },
  });
};

describe.each(PRESETS)('SF13 on %s: timely sharing builds trust', (name) => {
  const s = preset(name);
  const runs = lazy(() => pairedRuns(s, { scenario: s, mechanisms: monthlySharing }, { replications: replicationsFor(name), weekly: false }));
  it('timely sharing recognises cases sooner (manipulation check)', () => {
    const { a, b } = runs();
    expectDecrease(`SF13 | ${name}`, 'meanWeeksToRecognition, weekly − monthly sharing', metricOf(a, 'meanWeeksToRecognition'), metricOf(b, 'meanWeeksToRecognition'));
  });
  it('timely sharing yields higher organisational trust', () => {
    const { a, b } = runs();
    expectIncrease(`SF13 | ${name}`, 'meanOrgTrust, weekly − monthly sharing', metricOf(a, 'meanOrgTrust'), metricOf(b, 'meanOrgTrust'));
  });
});
