/**
 * Pattern 9 and SF14: governance mode must fit the network. With many partners and low goal
 * alignment (every partner's `goalAlignment` 0.15, the office's 1) a coordinating office
 * (`network.form` nao) outperforms a shared network (`shared`) in success rate; with few
 * partners and high goal consensus (alignment 0.9, `mutualTrust` 0.8) shared governance does
 * as well (TOST).
 *
 * Many-partner networks: `safety-house` (ten partners with its office), `riec` (twelve with its
 * office), and `safety-house` with every partner split in two (nineteen). Not applicable as a
 * many-partner case: `top600` (no neutral office to compare: its lead is a partner, the
 * municipality; making it `nao` would only relabel the lead), `radicalisation-pga` and
 * `ad-hoc` (seven and nine partners, neither with an office). The few-partner case: the safety
 * house's core of five (office, police, municipality, mental health, youth care).
 */
import { describe, it } from 'vitest';
import type { Scenario } from '../../../src/scenario/types.js';
import { expectIncrease, expectNoEffect, lazy, metricOf, pairedRuns, preset, REPLICATIONS, withValues } from './harness.js';

const lowAlignment = (s: Scenario): Scenario => ({
  ...s,
  organisations: s.organisations!.map((o) => ({ ...o, goalAlignment: o.domain === 'coordination' ? 1 : 0.15 })),
});

const split = (s: Scenario): Scenario => ({
  ...s,
  name: `${s.name}-split`,
  organisations: s.organisations!.flatMap((o) =>
    o.domain === 'coordination' ? [o] : [1, 2].map((k) => ({ ...o, id: `${o.id}-${k}`, name: `${o.name} ${k}`, staff: Math.max(1, Math.round((o.staff ?? 4) / 2)) })),
  ),
});

const MANY: [string, () => Scenario][] = [
  ['safety-house', () => preset('safety-house')],
  ['riec', () => preset('riec')],
  ['safety-house split (19 partners)', () => split(preset('safety-house'))],
];

describe.each(MANY)('pattern 9 / SF14 on %s: with many partners and low alignment, nao beats shared', (name, make) => {
  const many = lowAlignment(make());
  const runs = lazy(() => pairedRuns(withValues(many, { 'network.form': 'nao' }), withValues(many, { 'network.form': 'shared' }), { weekly: false }));
  it('successRate: nao − shared > 0', () => {
    const { a, b } = runs();
    expectIncrease(`pattern 9 | ${name}`, 'successRate, nao − shared, low goal alignment', metricOf(a, 'successRate'), metricOf(b, 'successRate'));
  });
});

/**
 * Margin of "does as well": 0.03 of success rate. A five-partner network ends about 150 cases a
 * year; three points is about the binomial standard error of one year's success rate, a
 * difference no region could tell from noise.
 */
const AS_WELL = { delta: 0.03, reason: "about the binomial standard error of one year's success rate in a small network" };

describe('SF14 on the safety-house core (5 organisations, high consensus): shared governance does as well', () => {
  const s = preset('safety-house');
  const core: Scenario = withValues(
    { ...s, organisations: s.organisations!.filter((o) => ['office', 'police', 'municipality', 'mental-health', 'youth-care'].includes(o.id)).map((o) => ({ ...o, goalAlignment: 0.9 })) },
    { mutualTrust: 0.8 },
  );
  it('successRate: nao − shared within ±0.03 (TOST)', () => {
    const { a, b } = pairedRuns(withValues(core, { 'network.form': 'nao' }), withValues(core, { 'network.form': 'shared' }), { weekly: false, replications: REPLICATIONS });
    expectNoEffect('SF14 | safety-house core', 'successRate, nao − shared, few partners, high consensus', metricOf(a, 'successRate'), metricOf(b, 'successRate'), AS_WELL);
  });
});
