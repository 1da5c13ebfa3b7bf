import type { Mechanism } from '../Mechanism.js';

/**
 * Urgency's multiplier on the time organisations grant: 0.6 at U = 0, 1.0 at U = 0.5, 1.4 at
 * U = 1 (attention from politics and administration frees time).
 */
export const urgencyTimeMultiplier = (u: number): number => 0.6 + 0.8 * u;

/**
 * Step 3, capacity. Each organisation's network hours this week =
 * present staff × networkTimeShare × hoursPerWeek × urgency multiplier. Hours used are reset.
 * The professionals present are counted (`presentStaff`) and listed (`presentSeats`) for the
 * rest of the week.
 */
export function capacity(): Mechanism {
  return {
    name: 'capacity',
    step(state) {
      const w = state.workforce;
      const p = state.params;
      const hours = state.scenario.parameters.hoursPerWeek * urgencyTimeMultiplier(state.urgency);
      const { presentStaff, presentSeats } = state;
      presentStaff.fill(0);
      for (let seat = 0; seat < w.org.length; seat++) {
        if (!w.posted[seat] || !w.present[seat]) continue;
        const org = w.org[seat];
        presentSeats[org][presentStaff[org]++] = seat;
      }
      for (let org = 0; org < p.orgCount; org++) {
        state.capacityHours[org] = presentStaff[org] * p.timeShare[org] * hours;
        state.usedHours[org] = 0;
      }
    },
  };
}
