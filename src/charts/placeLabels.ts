import { dejaVuSansTextWidth } from './dejaVuSansTextWidth.js';

/** A point of a scatter plot, in pixels from the plot's top left, with the label it should carry. */
export interface LabelledPoint {
  x: number;
  y: number;
  text: string;
}

/** Where a label goes: its anchor in pixels and how its text is aligned there. */
export interface LabelPlacement {
  x: number;
  y: number;
  align: 'left' | 'right' | 'center';
  /** The label's box, in pixels: [left, top, right, bottom]. */
  box: [number, number, number, number];
  /** The label is far from its point (beyond the nearest ring): draw a leader line to it. */
  leader: boolean;
}

/** Offsets tried around a point, nearest first: right, left, above, below, then the diagonals, then farther out. */
const RINGS = [8, 20, 34];

/**
 * Places scatter-plot labels so they do not overlap each other or the points (greedy, in the
 * given order, so the first points get the nearest spots). Each label tries positions around
 * its point, nearest first: right, left, above, below and the four diagonals, at 8, 20 and 34
 * pixels, then rows stacked above and below (`leader` set: draw a line to the point), and
 * takes the first whose box (text width from the shipped DejaVu Sans metrics)
 * meets no placed label, no point and stays inside the plot; when none is free, the one with
 * the least overlap. Pure and deterministic. Cost O(n² · positions).
 *
 * @example
 * placeLabels([{ x: 10, y: 10, text: 'manpower' }, { x: 12, y: 11, text: 'time' }], 460, 320, 11);
 * // two placements whose boxes do not meet
 */
export function placeLabels(points: readonly LabelledPoint[], width: number, height: number, fontSize: number): LabelPlacement[] {
  const placed: Array<[number, number, number, number]> = [];
  const radius = 4;
  const dots = points.map((p): [number, number, number, number] => [p.x - radius, p.y - radius, p.x + radius, p.y + radius]);
  return points.map((point, index) => {
    const textWidth = dejaVuSansTextWidth(point.text, fontSize);
    const half = fontSize * 0.6;
    let best: LabelPlacement | undefined;
    let bestOverlap = Infinity;
    for (const candidates of positions(fontSize)) {
      for (const [dx, dy, align] of candidates) {
        const x = point.x + dx;
        const y = point.y + dy;
        const left = align === 'left' ? x : align === 'right' ? x - textWidth : x - textWidth / 2;
        const box: [number, number, number, number] = [left, y - half, left + textWidth, y + half];
        const outside = Math.max(0, -box[0]) + Math.max(0, box[2] - width) + Math.max(0, -box[1]) + Math.max(0, box[3] - height);
        let overlap = outside * fontSize;
        for (const other of placed) overlap += area(box, other);
        dots.forEach((dot, d) => (overlap += d === index ? 0 : area(box, dot)));
        if (overlap < bestOverlap) {
          bestOverlap = overlap;
          best = { x, y, align, box, leader: Math.hypot(dx, dy) > RINGS[0] * 1.5 };
        }
        if (overlap === 0) break;
      }
      if (bestOverlap === 0) break;
    }
    placed.push(best!.box);
    return best!;
  });
}

/**
 * Offsets (dx, dy, alignment) to try, in groups, nearest first: the eight directions at each
 * ring, then stacks of rows above and below to the right and to the left, one line apart, for
 * crowded corners (such a label gets a leader line).
 */
function positions(fontSize: number): Array<Array<[number, number, LabelPlacement['align']]>> {
  const groups: Array<Array<[number, number, LabelPlacement['align']]>> = RINGS.map((ring) => {
    const diagonal = ring * 0.7;
    return [
      [ring, 0, 'left'],
      [-ring, 0, 'right'],
      [0, -ring - 2, 'center'],
      [0, ring + 2, 'center'],
      [diagonal, -diagonal, 'left'],
      [diagonal, diagonal, 'left'],
      [-diagonal, -diagonal, 'right'],
      [-diagonal, diagonal, 'right'],
    ];
  });
  const line = fontSize + 2;
  for (let row = 1; row <= 40; row++) {
    groups.push([
      [RINGS[1], -row * line, 'left'],
      [RINGS[1], row * line, 'left'],
      [-RINGS[1], -row * line, 'right'],
      [-RINGS[1], row * line, 'right'],
      [RINGS[2] * 2, -row * line, 'left'],
      [RINGS[2] * 2, row * line, 'left'],
    ]);
  }
  return groups;
}

/** The area two boxes share (0 when they do not meet). */
function area(a: readonly number[], b: readonly number[]): number {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  return w > 0 && h > 0 ? w * h : 0;
}
