/**
 * Professionals, one per seat (a post in a network role). A seat keeps its index when its
 * holder leaves; the successor takes the same index. Parallel arrays indexed by seat.
 */
export interface Workforce {
  org: number[];
  /** 1 while the seat is a post of its organisation (manpower events may remove posts). */
  posted: number[];
  /** 1 when a professional holds the seat, 0 while vacant. */
  present: number[];
  /** Perspective-taking of the current holder, [0, 1]. */
  perspective: number[];
  /**
   * The most perspective-taking the current holder can reach by joint learning: their level at
   * hire plus `LEARNABLE_PERSPECTIVE`, at most 1 (training builds on a disposition; it does not
   * replace selection).
   */
  perspectiveCeiling: number[];
  /** Bitmask of the domains (other than the own) the holder has worked in. */
  experience: number[];
  /** Week the current holder started (negative for staff already in post at week 0). */
  hiredWeek: number[];
  /** Week the vacancy will be filled (when vacant). */
  vacantUntil: number[];
  /** Seats of each organisation. */
  seatsOf: number[][];
}
