import { readFileSync } from 'node:fs';

const FIXTURES = new URL('../../fixtures/discovery/', import.meta.url);

/** R's quakes data (tests/fixtures/discovery/quakes.csv), column by column. */
export function readQuakes(): Record<'lat' | 'long' | 'depth' | 'mag' | 'stations', number[]> {
  const [header, ...lines] = readFileSync(new URL('quakes.csv', FIXTURES), 'utf8').trim().split('\n');
  const names = header.split(',').map((h) => JSON.parse(h) as string);
  const rows = lines.map((line) => line.split(',').map(Number));
  return Object.fromEntries(names.map((name, j) => [name, rows.map((row) => row[j])])) as ReturnType<typeof readQuakes>;
}

export interface ReferenceEntry {
  n: number;
  k: number;
  coverage: number;
  density: number;
  mass: number;
  restricted: number;
  limits: Record<string, number[] | string[]>;
  qp: Record<string, number[]>;
}

export interface ReferenceCase {
  name: string;
  options: { obj_function?: 'original' | 'lenient1' | 'lenient2'; peel_alpha?: number };
  columns: Record<string, string>;
  boxes: ReferenceEntry[][];
}

/** EMA Workbench's trajectories (scripts/reference/prim-quakes.py). */
export function readReference(): { source: string; cases: ReferenceCase[] } {
  return JSON.parse(readFileSync(new URL('prim-quakes-reference.json', FIXTURES), 'utf8'));
}
