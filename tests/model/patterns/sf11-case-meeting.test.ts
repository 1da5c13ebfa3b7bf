/**
 * SF11 (WODC 2020): the case meeting is the crucial element and its form varies. Frequency
 * matters: weekly meetings (`network.meetingInterval` 1) against every six weeks (6) raise the
 * success rate and shorten the time to resolution (directional), on every preset with case
 * meetings: those claims are in patterns/model/sf11-case-meeting.yaml (run by
 * sf11-case-meeting.pattern.test.ts). Membership
 * (the `organisations` list) and chair (`network.lead`) are configurable: a deterministic check
 * that the chair selects the coordinating organisation.
 */
import { describe, expect, it } from 'vitest';
import { deriveParameters } from '../../../src/model/preconditions/deriveParameters.js';
import { normalizeScenario } from '../../../src/scenario/normalizeScenario.js';
import { preset, withValues } from './harness.js';

describe('SF11: the chair is configurable (deterministic)', () => {
  it('network.lead selects the coordinating organisation', () => {
    const s = withValues(preset('radicalisation-pga'), { 'network.lead': 'police' });
    const p = deriveParameters(normalizeScenario(s));
    expect(normalizeScenario(s).organisations[p.coordinator].id).toBe('police');
  });
});
