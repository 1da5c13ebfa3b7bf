import type { Workforce } from './Workforce.js';

/**
 * Adds a vacant post to organisation `org` and returns its seat index; the post is filled from
 * week `vacantUntil` on (the workforce mechanism hires then).
 */
export function addSeat(w: Workforce, org: number, vacantUntil: number): number {
  const seat = w.org.length;
  w.org.push(org);
  w.posted.push(1);
  w.present.push(0);
  w.perspective.push(0);
  w.perspectiveCeiling.push(0);
  w.experience.push(0);
  w.hiredWeek.push(0);
  w.vacantUntil.push(vacantUntil);
  w.seatsOf[org].push(seat);
  return seat;
}
