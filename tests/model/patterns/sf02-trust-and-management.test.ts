/**
 * SF2 (George et al. meta-analysis; Klijn, Edelenbos & Steijn 2010): higher trust goes with
 * better process outcomes, and active network management raises trust.
 *
 * - Higher initial trust (`mutualTrust` 0.8 against 0.2) → higher `sharingSuccessRate` and
 *   `commitmentAcceptance` (directional).
 * - Higher `regie` (0.9 against 0.1) and more `learning` (0.9 against 0.1) raise mean
 *   organisational trust (directional: the evidence says they raise it, never lower it).
 * Applies to every preset.
 */
import { describe, it } from 'vitest';
import { expectIncrease, lazy, metricOf, pairedRuns, preset, PRESETS, replicationsFor, withValues } from './harness.js';

describe.each(PRESETS)('SF2 on %s: trust goes with process outcomes; regie and learning raise trust', (name) => {
  const s = preset(name);
  const options = { replications: replicationsFor(name), weekly: false };
  const trustRuns = lazy(() => pairedRuns(withValues(s, { mutualTrust: 0.8 }), withValues(s, { mutualTrust: 0.2 }), options));
  for (const metric of ['sharingSuccessRate', 'commitmentAcceptance']) {
    it(`higher initial trust raises ${metric}`, () => {
      const { a, b } = trustRuns();
      expectIncrease(`SF2 | ${name}`, `${metric}, high − low initial trust`, metricOf(a, metric), metricOf(b, metric));
    });
  }
  for (const precondition of ['regie', 'learning']) {
    it(`higher ${precondition} raises meanOrgTrust`, () => {
      const { a, b } = pairedRuns(withValues(s, { [precondition]: 0.9 }), withValues(s, { [precondition]: 0.1 }), options);
      expectIncrease(`SF2 | ${name}`, `meanOrgTrust, high − low ${precondition}`, metricOf(a, 'meanOrgTrust'), metricOf(b, 'meanOrgTrust'));
    });
  }
});
