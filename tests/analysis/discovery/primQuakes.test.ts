import { describe, expect, it } from 'vitest';
import { primCovering, type PrimResult } from '../../../src/discovery.js';
import { prim } from '../../../src/index.js';
import { readQuakes, readReference, type ReferenceCase } from './quakes.js';

// The whole trajectory of every case must equal EMA Workbench's (prim.py at commit 819a4b6,
// run by scripts/reference/prim-quakes.py): n and k of every box, every box's limits, and
// coverage, density and mass (computed by the same floating-point operations). Quasi-p-values
// come from a different incomplete beta (Boost in scipy): relative 1e-9.
const quakes = readQuakes();
const interest = quakes.mag.map((m) => m > 5);
const zone = quakes.long.map((l) => (l < 172 ? 'west' : l < 178 ? 'centre-west' : l < 182 ? 'centre-east' : 'east'));
const reference = readReference();

function factorsOf(c: ReferenceCase) {
  const all = { lat: quakes.lat, long: quakes.long, depth: quakes.depth, stations: quakes.stations, zone };
  return Object.fromEntries(Object.keys(c.columns).map((name) => [name, all[name as keyof typeof all]]));
}

function optionsOf(c: ReferenceCase) {
  return { objective: c.options.obj_function, peelAlpha: c.options.peel_alpha };
}

function expectSameTrajectory(found: PrimResult, expected: ReferenceCase['boxes'][number], label: string) {
  expect(found.trajectory.map((b) => [b.n, b.k]), `${label}: n and k`).toEqual(expected.map((e) => [e.n, e.k]));
  found.trajectory.forEach((box, i) => {
    const e = expected[i];
    const at = `${label}, box ${i}`;
    expect([box.coverage, box.density, box.mass, box.restricted], at).toEqual([e.coverage, e.density, e.mass, e.restricted]);
    for (const limit of box.limits) {
      const want = e.limits[limit.factor];
      expect(limit.categories ? [...limit.categories].sort() : [limit.low, limit.high], `${at}, limits of ${limit.factor}`).toEqual(
        limit.categories ? [...want].sort() : want,
      );
      const qp = e.qp[limit.factor] ?? [-1, -1];
      [limit.qpLow, limit.qpHigh].forEach((p, side) => {
        const ref = qp[side] === -1 ? null : qp[side];
        if (ref === null || p === null) expect(p, `${at}, qp of ${limit.factor}`).toBe(ref);
        else expect(Math.abs(p - ref) / ref, `${at}, qp of ${limit.factor}: ${p} vs ${ref}`).toBeLessThan(1e-9);
      });
    }
  });
}

describe('prim on quakes agrees exactly with EMA Workbench', () => {
  it('reads the reference of the pinned EMA Workbench commit', () => {
    expect(reference.source).toContain('819a4b6c3e196a5b799eeb7664a899a80dca28ff');
    expect(interest.filter(Boolean).length).toBe(151);
  });

  for (const c of reference.cases.filter((c) => c.boxes.length === 1)) {
    it(c.name, () => {
      const found = prim(factorsOf(c), interest, optionsOf(c));
      expectSameTrajectory(found, c.boxes[0], c.name);
    });
  }

  for (const c of reference.cases.filter((c) => c.boxes.length > 1)) {
    it(c.name, () => {
      const found = primCovering(factorsOf(c), interest, { ...optionsOf(c), boxes: c.boxes.length });
      expect(found.length).toBe(c.boxes.length);
      found.forEach((result, b) => expectSameTrajectory(result, c.boxes[b], `${c.name}, box ${b + 1}`));
    });
  }
});
