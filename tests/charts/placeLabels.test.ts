import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../src/charts/placeLabels.js';
import { morrisChart } from '../../src/methods/morris/morrisChart.js';
import { PRECONDITION_NAMES } from '../../src/scenario/defaults.js';

const meet = (a: readonly number[], b: readonly number[]) => Math.min(a[2], b[2]) > Math.max(a[0], b[0]) && Math.min(a[3], b[3]) > Math.max(a[1], b[1]);

/** The Morris chart of npm start: 14 preconditions, most of them near the origin (issue 15, item 17). */
const rows = PRECONDITION_NAMES.map((factor, i) => {
  const muStar = i < 3 ? 0.2 - i * 0.05 : 0.004 + (i % 5) * 0.002;
  return { metric: 'successRate', factor, mu: muStar, muStar, sigma: i < 3 ? 0.1 : 0.003 + (i % 4) * 0.001, muStarLow: muStar * 0.8, muStarHigh: muStar * 1.2, distinguishable: null };
});

describe('scatter labels that do not overlap', () => {
  it('places 14 labels of clustered points with no two boxes meeting', () => {
    const points = rows.map((r) => ({ x: (r.muStar / 0.25) * 460, y: 320 - (r.sigma / 0.12) * 320, text: r.factor }));
    const boxes = placeLabels(points, 460, 320, 11).map((p) => p.box);
    for (let a = 0; a < boxes.length; a++) for (let b = a + 1; b < boxes.length; b++) expect(meet(boxes[a], boxes[b]), `${rows[a].factor} and ${rows[b].factor}`).toBe(false);
  });

  it('the Morris chart labels each factor once, at a placed position, deterministically', () => {
    const spec = morrisChart(rows, { metric: 'successRate' });
    const values = (spec.data as { values: Array<{ factor: string; labelMuStar: number; labelSigma: number }> }).values;
    expect(values.map((v) => v.factor).sort()).toEqual([...PRECONDITION_NAMES].sort());
    expect(values.every((v) => Number.isFinite(v.labelMuStar) && Number.isFinite(v.labelSigma))).toBe(true);
    expect(morrisChart(rows, { metric: 'successRate' })).toEqual(spec);
  });
});
