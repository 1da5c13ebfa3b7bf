/**
 * SF6 (Inspectie VenJ 2017, JenV 2023; model covenants; RIEC privacy protocol 2020):
 * information sharing is limited by legal uncertainty and professional secrecy, most for care
 * and youth partners; a covenant reduces it.
 *
 * - Deterministic: every care and youth partner's sharing permission is below every security
 *   and justice partner's (plain `expect` on the derived parameters).
 * - In the run: care and youth partners pass on a smaller share of their pending signals each
 *   week than security and justice partners (paired within the same runs), observed by
 *   mechanisms around `sharing` that count, per holder, pending signals before and signals
 *   passed on after (carried by the arm without the covenant, which they leave unchanged).
 * - A covenant event (`preconditions.informationSharing` → 1 at week 104) leaves the first 103
 *   weeks unchanged (deterministic: same seeds, same rows) and raises the sharing success rate of
 *   weeks 105-260 against the same run without it (directional).
 * Care/youth against security/justice does not apply to `riec` (no care or youth partner); the
 * covenant applies everywhere.
 */
import { describe, expect, it } from 'vitest';
import { defaultMechanisms } from '../../../src/model/defaultMechanisms.js';
import { DOMAINS } from '../../../src/model/domains.js';
import { insertMechanism, type Mechanism } from '../../../src/model/Mechanism.js';
import { deriveParameters } from '../../../src/model/preconditions/deriveParameters.js';
import { type Case, CaseStatus, SIGNAL_FIELDS, SIGNAL_ORG, SIGNAL_SHARED } from '../../../src/model/state/Case.js';
import { normalizeScenario } from '../../../src/scenario/normalizeScenario.js';
import type { Scenario } from '../../../src/scenario/types.js';
import { expectDecrease, expectIncrease, lazy, pairedRuns, preset, PRESETS, replicationsFor, sharingRateOver } from './harness.js';

const CARE = new Set(['care', 'youth'].map((d) => DOMAINS.indexOf(d as never)));
const SECURITY = new Set(['security', 'justice'].map((d) => DOMAINS.indexOf(d as never)));
const hasCare = (s: Scenario) => s.organisations!.some((o) => o.domain === 'care' || o.domain === 'youth');

/** Pending signals and signals passed on, per group (0 care/youth, 1 security/justice), over a run. */
function sharingByGroup(): { mechanisms: Mechanism[]; rates: () => [number, number] } {
  const pending = [0, 0];
  const passed = [0, 0];
  let watched: Case[] = [];
  let before: number[] = [];
  const group = (domain: number) => (CARE.has(domain) ? 0 : SECURITY.has(domain) ? 1 : -1);
  /** Adds the shared signals of `c` per group to `into` (one pass over its signals). */
  const addShared = (c: Case, domain: Int8Array, into: number[], at: number) => {
    for (let s = 0; s < c.signals.length; s += SIGNAL_FIELDS) {
      const g = c.signals[s + SIGNAL_SHARED] ? group(domain[c.signals[s + SIGNAL_ORG]]) : -1;
      if (g >= 0) into[at + g]++;
    }
  };
  const pre: Mechanism = {
    name: 'count pending signals',
    step(state) {
      const domain = state.params.domain;
      watched = state.open.filter((c) => c.status === CaseStatus.latent);
      before = new Array(2 * watched.length).fill(0);
      watched.forEach((c, q) => {
        for (let s = 0; s < c.signals.length; s += SIGNAL_FIELDS) {
          const g = group(domain[c.signals[s + SIGNAL_ORG]]);
          if (g >= 0 && !c.signals[s + SIGNAL_SHARED]) pending[g]++;
        }
        addShared(c, domain, before, 2 * q);
      });
    },
  };
  const post: Mechanism = {
    name: 'count signals passed on',
    step(state) {
      const domain = state.params.domain;
      const after = new Array(2 * watched.length).fill(0);
      watched.forEach((c, q) => addShared(c, domain, after, 2 * q));
      for (let k = 0; k < after.length; k++) passed[k % 2] += after[k] - before[k];
    },
  };
  return {
    mechanisms: insertMechanism(insertMechanism(defaultMechanisms(), 'arrivals', pre), 'sharing', post),
    rates: () => [pending[0] > 0 ? passed[0] / pending[0] : 0, pending[1] > 0 ? passed[1] / pending[1] : 0],
  };
}

describe.each(PRESETS)('SF6 on %s: care and youth partners share less; a covenant raises sharing from then on', (name) => {
  const s = preset(name);
  const covenant: Scenario = { ...s, events: [{ week: 104, label: 'covenant signed', set: { 'preconditions.informationSharing': 1 } }] };
  // The arm without the covenant carries the observers of sharing by group (they draw no
  // random numbers, so the run is the preset's own; the first check below confirms it).
  const probes: ReturnType<typeof sharingByGroup>[] = [];
  const observed = {
    scenario: s,
    mechanisms: () => {
      const probe = sharingByGroup();
      probes.push(probe);
      return probe.mechanisms;
    },
  };
  const runs = lazy(() => pairedRuns(covenant, observed, { replications: replicationsFor(name) }));
  it('the weeks before the covenant are unchanged (deterministic)', () => {
    const { a, b } = runs();
    a.forEach((r, i) => expect(r.weekly.slice(0, 103)).toEqual(b[i].weekly.slice(0, 103)));
  });
  it('sharing success in weeks 105-260 rises after the covenant', () => {
    const { a, b } = runs();
    expectIncrease(`SF6 | ${name}`, 'sharing success rate in weeks 105-260, covenant − none', a.map((r) => sharingRateOver(r, 105, 260)), b.map((r) => sharingRateOver(r, 105, 260)));
  });
  if (!hasCare(s)) return; // riec: no care or youth partner
  it('care and youth permission is below security and justice permission (deterministic)', () => {
    const p = deriveParameters(normalizeScenario(s));
    const permitted = (set: Set<number>) => Array.from(p.permitted).filter((_, o) => set.has(p.domain[o]));
    expect(Math.max(...permitted(CARE))).toBeLessThan(Math.min(...permitted(SECURITY)));
  });
  it('care and youth pass on a smaller share of their pending signals per week', () => {
    runs();
    const rates = probes.map((probe) => probe.rates());
    expectDecrease(`SF6 | ${name}`, 'share of pending signals passed on per week, care/youth − security/justice holders', rates.map((x) => x[0]), rates.map((x) => x[1]));
  });
});
