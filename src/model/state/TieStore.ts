import type { Rng } from '../../random/rng.js';

/** Ties weaker than this are dropped when met (they no longer carry trust). */
export const TIE_PRUNE_BELOW = 0.01;

/**
 * Sparse, undirected ties between professionals (seats), each a strength in [0, 1].
 *
 * Strength fades by the share `fade` each week without contact. Fading is lazy: a tie stores
 * its strength at its last contact and the week of that contact, and is read as
 * `s · (1 − fade)^(now − then)`, so no weekly pass over all ties is needed. Each seat keeps at
 * most `maxTies` ties; a new tie replaces the seat's weakest.
 *
 * Storage: parallel arrays indexed by tie slot and a per-seat list of slots. A pair's tie is
 * found by scanning the first seat's neighbours (at most `maxTies` entries, cost O(maxTies)).
 * Memory O(ties).
 */
export class TieStore {
  private readonly seatA: number[] = [];
  private readonly seatB: number[] = [];
  private readonly base: number[] = [];
  private readonly since: number[] = [];
  /** 1 while the slot holds a tie, 0 when it is free. */
  private readonly alive: number[] = [];
  private readonly freeSlots: number[] = [];
  private liveCount = 0;
  private readonly adjacency: number[][] = [];
  /** neighbours[x][k] = the seat at the other end of adjacency[x][k] (saves reading the slot's ends). */
  private readonly neighbours: number[][] = [];
  /** keepPower[k] = (1 − fade)^k, extended on demand (avoids an exp per read). */
  private readonly keepPower: number[] = [1];
  private readonly keep: number;

  constructor(
    fade: number,
    readonly maxTies: number,
  ) {
    this.keep = Math.max(0, 1 - fade);
  }

  /** Number of live tie slots (including ties that have faded but not yet been pruned). */
  get size(): number {
    return this.liveCount;
  }

  /**
   * Moves every tie's week of last contact by `delta` weeks (the clock is rebased after a
   * warm-up, `rebaseClock`); strengths read at the shifted week are unchanged.
   */
  shiftWeeks(delta: number): void {
    for (let slot = 0; slot < this.since.length; slot++) this.since[slot] += delta;
  }

  /** Strength of the tie in `slot` at `week`. */
  strengthAt(slot: number, week: number): number {
    const dt = week - this.since[slot];
    const powers = this.keepPower;
    while (powers.length <= dt) powers.push(powers[powers.length - 1] * this.keep);
    return this.base[slot] * powers[dt]; // powers[0] = 1: a tie met this week reads its stored strength exactly
  }

  /** Strength of the tie between seats `x` and `y` at `week` (0 when there is none). */
  get(x: number, y: number, week: number): number {
    const slot = this.find(x, y);
    return slot < 0 ? 0 : this.strengthAt(slot, week);
  }

  /** The slots of seat `x`'s ties (do not modify). */
  tiesOf(x: number): readonly number[] {
    return this.adjacency[x] ?? EMPTY;
  }

  /** The seats at the other end of seat `x`'s ties, in the order of `tiesOf(x)` (do not modify). */
  neighboursOf(x: number): readonly number[] {
    return this.neighbours[x] ?? EMPTY;
  }

  /** The seat at the other end of `slot` from `x` (one of its ends). */
  other(slot: number, x: number): number {
    return this.seatA[slot] === x ? this.seatB[slot] : this.seatA[slot];
  }

  /**
   * Contact between `x` and `y` at `week`: strength rises by `gain · (ceiling − s)` when below
   * `ceiling` (default 1); a missing tie is created at strength `gain · ceiling`.
   */
  strengthen(x: number, y: number, gain: number, week: number, ceiling = 1): void {
    if (x === y) return;
    const slot = this.slotFor(x, y, week);
    this.base[slot] = this.strengthAt(slot, week);
    if (this.base[slot] < ceiling) this.base[slot] += gain * (ceiling - this.base[slot]);
    this.since[slot] = week;
  }

  /** Sets the tie between `x` and `y` to `strength` at `week` (creating it if needed). */
  set(x: number, y: number, strength: number, week: number): void {
    if (x === y) return;
    const slot = this.slotFor(x, y, week);
    this.base[slot] = strength;
    this.since[slot] = week;
  }

  /** The slot of the tie between `x` and `y`, created at strength 0 (making room) if missing. */
  private slotFor(x: number, y: number, week: number): number {
    const slot = this.find(x, y);
    if (slot >= 0) return slot;
    this.makeRoom(x, week);
    this.makeRoom(y, week);
    return this.create(x, y);
  }

  /**
   * A professional leaves seat `x`: each tie passes to the successor with probability
   * `handover`, at `factor` times its strength; the rest are removed.
   */
  turnOver(x: number, handover: number, factor: number, week: number, rng: Rng): void {
    const slots = [...this.tiesOf(x)];
    for (const slot of slots) {
      if (handover > 0 && rng() < handover) {
        this.base[slot] = this.strengthAt(slot, week) * factor;
        this.since[slot] = week;
      } else {
        this.remove(slot);
      }
    }
  }

  /**
   * Calls `visit(seatA, seatB, strength)` for every tie at `week`, pruning ties that have
   * faded below `TIE_PRUNE_BELOW`. Cost O(ties).
   */
  forEach(week: number, visit: (a: number, b: number, strength: number) => void): void {
    for (let slot = 0; slot < this.slotCount; slot++) {
      const s = this.liveStrength(slot, week);
      if (s >= 0) visit(this.seatA[slot], this.seatB[slot], s);
    }
  }

  /**
   * Number of tie slots, live or free: a loop over `0 … slotCount − 1` with `liveStrength`
   * visits every tie in the order of `forEach`, without a callback (for hot loops).
   */
  get slotCount(): number {
    return this.alive.length;
  }

  /**
   * Strength of the tie in `slot` at `week`, or −1 when the slot is free. A tie that has faded
   * below `TIE_PRUNE_BELOW` is removed and reads −1, as in `forEach`.
   */
  liveStrength(slot: number, week: number): number {
    if (this.alive[slot] === 0) return -1;
    const s = this.strengthAt(slot, week);
    if (s >= TIE_PRUNE_BELOW) return s;
    this.remove(slot);
    return -1;
  }

  /** The seat at one end of `slot` (the other is `secondSeat`). */
  firstSeat(slot: number): number {
    return this.seatA[slot];
  }

  /** The seat at the other end of `slot` from `firstSeat`. */
  secondSeat(slot: number): number {
    return this.seatB[slot];
  }

  /** The slot of the tie between `x` and `y`, or −1 (cost O(maxTies)). */
  private find(x: number, y: number): number {
    const ofX = this.adjacency[x];
    if (!ofX || x === y) return -1;
    const seats = this.neighbours[x];
    for (let k = 0; k < seats.length; k++) if (seats[k] === y) return ofX[k];
    return -1;
  }

  private create(x: number, y: number): number {
    const slot = this.freeSlots.length > 0 ? this.freeSlots.pop()! : this.seatA.length;
    this.seatA[slot] = x;
    this.seatB[slot] = y;
    this.base[slot] = 0;
    this.since[slot] = 0;
    this.alive[slot] = 1;
    this.liveCount++;
    (this.adjacency[x] ??= []).push(slot);
    (this.neighbours[x] ??= []).push(y);
    (this.adjacency[y] ??= []).push(slot);
    (this.neighbours[y] ??= []).push(x);
    return slot;
  }

  private remove(slot: number): void {
    const a = this.seatA[slot];
    const b = this.seatB[slot];
    this.liveCount--;
    this.alive[slot] = 0;
    dropFrom(this.adjacency[a], this.neighbours[a], slot);
    dropFrom(this.adjacency[b], this.neighbours[b], slot);
    this.freeSlots.push(slot);
  }

  private makeRoom(x: number, week: number): void {
    const slots = this.adjacency[x];
    if (!slots || slots.length < this.maxTies) return;
    let weakest = slots[0];
    let weakestStrength = Infinity;
    for (const slot of slots) {
      const s = this.strengthAt(slot, week);
      if (s < weakestStrength) {
        weakestStrength = s;
        weakest = slot;
      }
    }
    this.remove(weakest);
  }
}

const EMPTY: readonly number[] = [];

/** Removes `slot` from a seat's tie list and the aligned neighbour list (swap with the last). */
function dropFrom(list: number[] | undefined, neighbours: number[] | undefined, slot: number): void {
  if (!list || !neighbours) return;
  const i = list.indexOf(slot);
  if (i >= 0) {
    list[i] = list[list.length - 1];
    list.pop();
    neighbours[i] = neighbours[neighbours.length - 1];
    neighbours.pop();
  }
}
