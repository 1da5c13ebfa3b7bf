/**
 * SF3 (Raab, Mannak & Cambré 2015): resources and a network administrative organisation
 * substitute for each other. Four arms with the same seeds: `network.form` nao or shared ×
 * `downstreamCapacity` 0.1 (scarce) or 0.9 (ample).
 *
 * - An office stands in for scarce resources: with scarce capacity, nao − shared > 0.
 * - Resources stand in for the office: without an office (shared), ample − scarce > 0.
 * - Substitutes: the office's gain is larger when resources are scarce than when they are ample
 *   (difference of the two nao − shared gains > 0).
 * The growth over the first years and its loss under turnover are pattern 6.
 *
 * Applies to the presets with a neutral office to switch off: `safety-house`, `riec`. Not
 * applicable: `top600` and `radicalisation-pga` (a lead partner, no office), `ad-hoc` (none).
 */
import { describe, it } from 'vitest';
import { expectIncrease, lazy, metricOf, minus, preset, runArms, withValues } from './harness.js';

describe.each(['safety-house', 'riec'])('SF3 on %s: an office and resources substitute', (name) => {
  const s = preset(name);
  const arms = lazy(() => {
    const [naoScarce, sharedScarce, naoAmple, sharedAmple] = runArms(
      [0.1, 0.9].flatMap((downstreamCapacity) => ['nao', 'shared'].map((form) => withValues(s, { downstreamCapacity, 'network.form': form }))),
      { weekly: false },
    ).map((runs) => metricOf(runs, 'successRate'));
    return { naoScarce, sharedScarce, naoAmple, sharedAmple };
  });
  it('with scarce resources the office raises the success rate', () => {
    const { naoScarce, sharedScarce } = arms();
    expectIncrease(`SF3 | ${name}`, 'successRate, nao − shared, scarce capacity', naoScarce, sharedScarce);
  });
  it('without an office, ample resources raise the success rate', () => {
    const { sharedAmple, sharedScarce } = arms();
    expectIncrease(`SF3 | ${name}`, 'successRate, ample − scarce capacity, shared', sharedAmple, sharedScarce);
  });
  it("the office's gain is larger when resources are scarce (substitutes)", () => {
    const { naoScarce, sharedScarce, naoAmple, sharedAmple } = arms();
    expectIncrease(`SF3 | ${name}`, 'successRate gain of nao over shared, scarce − ample capacity', minus(naoScarce, sharedScarce), minus(naoAmple, sharedAmple));
  });
});
