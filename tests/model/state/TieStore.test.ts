import { describe, expect, it } from 'vitest';
import { TIE_PRUNE_BELOW, TieStore } from '../../../src/model/state/TieStore.js';
import { createRng } from '../../../src/random/rng.js';
import { scripted } from '../helpers.js';

describe('TieStore', () => {
  it('fades lazily: a tie read k weeks after contact has strength s·(1 − fade)^k', () => {
    const ties = new TieStore(0.05, 12);
    ties.set(1, 2, 0.8, 10);
    expect(ties.get(1, 2, 10)).toBe(0.8);
    for (const k of [1, 2, 7, 30, 100]) expect(ties.get(1, 2, 10 + k)).toBeCloseTo(0.8 * 0.95 ** k, 12);
    expect(ties.get(2, 1, 17)).toBe(ties.get(1, 2, 17)); // undirected
    expect(ties.get(1, 3, 17)).toBe(0);
  });

  it('strengthens by gain·(1 − s) from the faded strength, and creates a missing tie at gain', () => {
    const ties = new TieStore(0.1, 12);
    ties.strengthen(4, 5, 0.2, 0);
    expect(ties.get(4, 5, 0)).toBeCloseTo(0.2, 15);
    ties.strengthen(5, 4, 0.2, 3);
    const faded = 0.2 * 0.9 ** 3;
    expect(ties.get(4, 5, 3)).toBeCloseTo(faded + 0.2 * (1 - faded), 14);
    ties.strengthen(4, 4, 0.5, 3); // no self-ties
    expect(ties.size).toBe(1);
  });

  it('never exceeds 1', () => {
    const ties = new TieStore(0, 12);
    for (let k = 0; k < 200; k++) ties.strengthen(0, 1, 0.9, k);
    expect(ties.get(0, 1, 200)).toBeLessThanOrEqual(1);
  });

  it('keeps at most maxTies per seat, dropping the weakest for a new tie', () => {
    const ties = new TieStore(0, 3);
    ties.set(0, 1, 0.5, 0);
    ties.set(0, 2, 0.2, 0);
    ties.set(0, 3, 0.7, 0);
    ties.set(0, 4, 0.1, 0); // seat 0 is full: the weakest (0–2) goes
    expect(ties.tiesOf(0)).toHaveLength(3);
    expect(ties.get(0, 2, 0)).toBe(0);
    expect(ties.get(0, 1, 0)).toBe(0.5);
    expect(ties.get(0, 3, 0)).toBe(0.7);
    expect(ties.get(0, 4, 0)).toBe(0.1);
    expect(ties.tiesOf(2)).toHaveLength(0);
    ties.strengthen(0, 5, 0.3, 0); // now 0–4 (0.1) is the weakest
    expect(ties.get(0, 4, 0)).toBe(0);
    expect(ties.get(0, 5, 0)).toBeCloseTo(0.3, 15);
  });

  it('turnOver with handover 0 removes every tie of the seat, without drawing', () => {
    const ties = new TieStore(0.01, 12);
    for (let y = 1; y <= 5; y++) ties.set(0, y, 0.1 * y, 0);
    ties.set(6, 7, 0.4, 0);
    let draws = 0;
    ties.turnOver(0, 0, 0.5, 3, () => (draws++, 0));
    expect(draws).toBe(0);
    expect(ties.tiesOf(0)).toHaveLength(0);
    expect(ties.size).toBe(1);
    for (let y = 1; y <= 5; y++) expect(ties.get(0, y, 3)).toBe(0);
  });

  it('turnOver with handover 1 keeps every tie at factor × its current strength', () => {
    const ties = new TieStore(0.01, 12);
    for (let y = 1; y <= 5; y++) ties.set(0, y, 0.15 * y, 0);
    ties.turnOver(0, 1, 0.5, 4, createRng(3));
    expect(ties.tiesOf(0)).toHaveLength(5);
    for (let y = 1; y <= 5; y++) {
      expect(ties.get(0, y, 4)).toBeCloseTo(0.5 * 0.15 * y * 0.99 ** 4, 14);
      expect(ties.get(0, y, 10)).toBeCloseTo(0.5 * 0.15 * y * 0.99 ** 10, 14);
    }
  });

  it('turnOver with handover h keeps a tie when the draw is below h', () => {
    const ties = new TieStore(0, 12);
    ties.set(0, 1, 0.6, 0);
    ties.set(0, 2, 0.6, 0);
    ties.turnOver(0, 0.5, 0.5, 0, scripted(0.49, 0.5));
    expect(ties.tiesOf(0)).toHaveLength(1);
  });

  it('forEach visits each tie once with its faded strength and prunes ties below TIE_PRUNE_BELOW', () => {
    const ties = new TieStore(0.5, 12);
    ties.set(0, 1, 0.9, 0);
    ties.set(2, 3, TIE_PRUNE_BELOW * 2.5, 0);
    const seen: [number, number, number][] = [];
    ties.forEach(1, (a, b, s) => seen.push([a, b, s]));
    expect(seen).toEqual([
      [0, 1, 0.45],
      [2, 3, TIE_PRUNE_BELOW * 1.25],
    ]);
    seen.length = 0;
    ties.forEach(2, (a, b, s) => seen.push([a, b, s]));
    expect(seen).toEqual([[0, 1, 0.225]]);
    expect(ties.size).toBe(1);
    expect(ties.tiesOf(2)).toHaveLength(0);
  });

  it('reuses freed slots without mixing up seats', () => {
    const ties = new TieStore(0, 12);
    ties.set(0, 1, 0.3, 0);
    ties.turnOver(0, 0, 0.5, 0, scripted(0));
    ties.set(8, 9, 0.6, 0);
    expect(ties.get(8, 9, 0)).toBe(0.6);
    expect(ties.get(0, 1, 0)).toBe(0);
    const slot = ties.tiesOf(9)[0];
    expect(ties.other(slot, 9)).toBe(8);
    expect(ties.other(slot, 8)).toBe(9);
  });

  it("keeps each seat's neighbour list aligned with its tie slots through creation, replacement, turnover and pruning", () => {
    const rng = createRng('neighbours');
    const ties = new TieStore(0.2, 4);
    for (let step = 0; step < 3000; step++) {
      const x = Math.floor(rng() * 12);
      const y = Math.floor(rng() * 12);
      const week = Math.floor(step / 30);
      if (rng() < 0.05) ties.turnOver(x, 0.5, 0.5, week, rng);
      else ties.strengthen(x, y, 0.3, week);
      if (step % 100 === 0) ties.forEach(week, () => {});
    }
    for (let seat = 0; seat < 12; seat++) {
      const slots = ties.tiesOf(seat);
      const neighbours = ties.neighboursOf(seat);
      expect(neighbours).toHaveLength(slots.length);
      slots.forEach((slot, k) => expect(neighbours[k]).toBe(ties.other(slot, seat)));
      for (const other of neighbours) {
        expect(ties.get(seat, other, 100)).toBeGreaterThan(0); // found through the neighbour lists
        expect(ties.neighboursOf(other)).toContain(seat); // and listed at both ends
      }
    }
  });
});
