/**
 * SF4 (Carley 1992): turnover erodes information flow and trust, less so with good handover.
 * Four arms with the same seeds: `staffStability` 0.1 (high turnover) or 0.9 × every
 * organisation's `handover` 0.9 (good) or 0.1 (poor). The loss from turnover (high − low
 * turnover, negative) is smaller with good handover: good-handover loss − poor-handover loss
 * > 0, for information flow (sharing success, signals shared), relational capital (the density
 * of cross-domain ties of strength ≥ 0.1) and organisational trust. Relational capital is
 * measured by density, not by `meanTieStrength`: that is a mean over the ties that exist, and
 * inherited ties (passed on at half strength) lower it while they add capital. Applies to
 * every preset.
 */
import { describe, it } from 'vitest';
import { expectIncrease, lazy, metricOf, minus, preset, PRESETS, replicationsFor, runArms, withEveryOrganisation, withValues } from './harness.js';

describe.each(PRESETS)('SF4 on %s: good handover softens the loss from turnover', (name) => {
  const s = preset(name);
  const runs = lazy(() =>
    runArms(
      [0.9, 0.1].flatMap((handover) => [0.1, 0.9].map((staffStability) => withValues(withEveryOrganisation(s, 'handover', handover), { staffStability }))),
      { replications: replicationsFor(name), weekly: false },
    ),
  );
  for (const metric of ['sharingSuccessRate', 'signalsShared', 'crossDomainTieDensity', 'meanOrgTrust']) {
    it(`${metric}: the turnover loss is smaller with good handover`, () => {
      const [goodHigh, goodLow, poorHigh, poorLow] = runs().map((r) => metricOf(r, metric));
      expectIncrease(`SF4 | ${name}`, `${metric} loss from turnover (high − low), good − poor handover`, minus(goodHigh, goodLow), minus(poorHigh, poorLow));
    });
  }
});
