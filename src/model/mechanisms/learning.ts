import type { Mechanism } from '../Mechanism.js';
import { shiftLogOdds } from '../logit.js';
import { contact } from '../state/contact.js';

/** Perspective-taking gained per session: this share of the distance to the attendee's ceiling (`perspectiveCeiling`). */
export const PERSPECTIVE_GAIN = 0.05;

/** Share of trust damage since the last session that a session repairs. */
export const DAMAGE_REPAIR = 0.3;

/** Share of the gap between narrative centre and the partners' mean frame closed per session. */
export const FRAME_BRIDGING = 0.15;

/** Hours each attendee spends at a session. */
export const SESSION_HOURS = 2;

/** Ties each attendee forms or strengthens with attendees of other partners per session. */
export const CONTACTS_PER_SESSION = 2;

/**
 * Step 10a, joint learning. Every `learningInterval` weeks (round(4 / learning); none below
 * learning = 0.05) the network holds a session. Each present professional attends with
 * probability min(1, 0.3 + 2 · networkTimeShare). Attendees gain perspective-taking, meet
 * two attendees of other partners, and the organisations represented repair part of the
 * trust damage between them since the last session (making difficulty discussable). The
 * narrative moves toward the partners' mean frame (frame bridging).
 */
export function learning(): Mechanism {
  return {
    name: 'learning',
    step(state, rng) {
      const p = state.params;
      if (p.learningInterval === 0 || state.week % p.learningInterval !== 0) return;
      const w = state.workforce;
      const attendees: number[] = [];
      const represented = new Uint8Array(p.orgCount);
      for (let seat = 0; seat < w.org.length; seat++) {
        if (!w.posted[seat] || !w.present[seat]) continue;
        const org = w.org[seat];
        if (rng() >= Math.min(1, 0.3 + 2 * p.timeShare[org])) continue;
        attendees.push(seat);
        represented[org] = 1;
      }
      if (attendees.length < 2) return;
      state.thisWeek.learningSessions++;
      for (const seat of attendees) {
        const gap = w.perspectiveCeiling[seat] - w.perspective[seat];
        if (gap > 0) w.perspective[seat] += PERSPECTIVE_GAIN * gap;
        state.usedHours[w.org[seat]] += SESSION_HOURS;
      }
      for (const seat of attendees) {
        for (let k = 0; k < CONTACTS_PER_SESSION; k++) contact(state, seat, attendees[Math.floor(rng() * attendees.length)], 1);
      }
      const n = p.orgCount;
      for (let i = 0; i < n; i++) {
        if (!represented[i]) continue;
        for (let j = 0; j < n; j++) {
          const ij = i * n + j;
          if (!represented[j] || state.trustDamage[ij] === 0) continue;
          state.trust[ij] = shiftLogOdds(state.trust[ij], DAMAGE_REPAIR * state.trustDamage[ij]);
          state.trustDamage[ij] = 0;
        }
      }
      state.narrative.centre += FRAME_BRIDGING * (meanFrame(state) - state.narrative.centre);
    },
  };
}

/** Mean frame of the partners (the coordinating office excluded), as derived from the scenario. */
export function meanFrame(state: { params: { meanFrame: number } }): number {
  return state.params.meanFrame;
}
