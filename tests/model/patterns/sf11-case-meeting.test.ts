/**
 * SF11 (WODC 2020): the case meeting is the crucial element and its form varies. Frequency
 * matters: weekly meetings (`network.meetingInterval` 1) against every six weeks (6) raise the
 * success rate and shorten the time to resolution (directional), on every preset. Membership
 * (the `organisations` list) and chair (`network.lead`) are configurable: a deterministic check
 * that the chair selects the coordinating organisation.
 */
import { describe, expect, it } from 'vitest';
import { deriveParameters } from '../../../src/model/preconditions/deriveParameters.js';
import { normalizeScenario } from '../../../src/scenario/normalizeScenario.js';
import { expectDecrease, expectIncrease, lazy, metricOf, pairedRuns, preset, PRESETS, replicationsFor, withValues } from './harness.js';

/**
 * Presets with case meetings: a `shared` network (ad-hoc) has no coordinator and so no meeting
 * cycle (cases are taken up by a partner's initiative), so `meetingInterval` does not apply.
 */
const WITH_MEETINGS = PRESETS.filter((name) => name !== 'ad-hoc');

describe.each(WITH_MEETINGS)('SF11 on %s: meeting frequency matters', (name) => {
  const s = preset(name);
  const runs = lazy(() => pairedRuns(withValues(s, { 'network.meetingInterval': 1 }), withValues(s, { 'network.meetingInterval': 6 }), { replications: replicationsFor(name), weekly: false }));
  it('weekly meetings raise the success rate', () => {
    const { a, b } = runs();
    expectIncrease(`SF11 | ${name}`, 'successRate, meeting every week − every 6 weeks', metricOf(a, 'successRate'), metricOf(b, 'successRate'));
  });
  it('weekly meetings shorten the time to resolution', () => {
    const { a, b } = runs();
    expectDecrease(`SF11 | ${name}`, 'meanWeeksToResolution, meeting every week − every 6 weeks', metricOf(a, 'meanWeeksToResolution'), metricOf(b, 'meanWeeksToResolution'));
  });
});

describe('SF11: the chair is configurable (deterministic)', () => {
  it('network.lead selects the coordinating organisation', () => {
    const s = withValues(preset('radicalisation-pga'), { 'network.lead': 'police' });
    const p = deriveParameters(normalizeScenario(s));
    expect(normalizeScenario(s).organisations[p.coordinator].id).toBe('police');
  });
});
