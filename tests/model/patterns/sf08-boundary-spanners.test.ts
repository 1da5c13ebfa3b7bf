/**
 * SF8 (WODC 2020; Williams 2002; van Meerkerk & Edelenbos 2014): boundary spanners raise trust
 * and information flow. `perspectiveTaking` and `crossExperience`, each 0.9 against 0.1, raise
 * `sharingSuccessRate`, `commitmentAcceptance` and `successRate` on every preset (every seed
 * network form: nao, lead, shared). Whether they act through what such professionals do
 * (translate, broker, vouch) rather than a bonus is a question of the mechanisms' code, not
 * of this test.
 */
import { describe, it } from 'vitest';
import { expectIncrease, lazy, metricOf, pairedRuns, preset, PRESETS, replicationsFor, SF8_METRICS, SF8_PRECONDITIONS, withValues } from './harness.js';


describe.each(PRESETS)('SF8 on %s: perspective-taking and cross-experience raise sharing, commitment and success', (name) => {
  const s = preset(name);
  for (const precondition of SF8_PRECONDITIONS) {
    const runs = lazy(() => pairedRuns(withValues(s, { [precondition]: 0.9 }), withValues(s, { [precondition]: 0.1 }), { replications: replicationsFor(name), weekly: false }));
    for (const metric of SF8_METRICS) {
      it(`${precondition} raises ${metric}`, () => {
        const { a, b } = runs();
        expectIncrease(`SF8 | ${name}`, `${metric}, high − low ${precondition}`, metricOf(a, metric), metricOf(b, metric));
      });
    }
  }
});
