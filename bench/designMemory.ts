/**
 * Memory of a design, per design point (issue 15, item 18): the heap a generated design
 * holds (points and layout) and the bytes of its `experiment.json`, for the designs whose
 * points sweeps hold. Run with `--expose-gc` so each measurement starts from a collected heap:
 *
 *   node --expose-gc --import tsx bench/designMemory.ts > bench/design-memory-report.md
 */
import { generateDesign } from '../src/methods/generateDesign.js';
import { normalizeExperiment } from '../src/experiment/normalizeExperiment.js';
import { experimentRecord } from '../src/results/experimentRecord.js';
import type { DesignSpec } from '../src/experiment/designs/types.js';

const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('run with node --expose-gc');

const CASES: Array<[string, DesignSpec, number]> = [
  ['sobol, N = 4096', { method: 'sobol', samples: 4096 }, 14],
  ['morris, 4000 trajectories', { method: 'morris', trajectories: 4000 }, 14],
  ['lhs, 50,000 samples', { method: 'lhs', samples: 50_000 }, 14],
  ['grid, 10 levels', { method: 'grid', levels: 10 }, 5],
];

export function runDesignMemoryBenchmark(): string {
  const rows: string[] = [];
  const kept: unknown[] = [];
  for (const [label, spec, k] of CASES) {
    const coefficients = Array.from({ length: k }, () => 1);
    const normalized = normalizeExperiment({ model: 'sobol-g', constants: { a: coefficients }, design: { method: 'lhs', samples: 2 } } as never, { name: 'bench' }).experiment;
    if (!normalized) throw new Error('bench experiment invalid');
    collect!();
    collect!();
    const before = process.memoryUsage().heapUsed;
    const design = generateDesign(spec, normalized.factors, 1);
    kept.push(design);
    collect!();
    collect!();
    const heap = process.memoryUsage().heapUsed - before;
    const record = experimentRecord({ ...normalized, design: spec }, design);
    const points = design.points.length;
    rows.push(`| ${label} | ${k} | ${points.toLocaleString('en-US')} | ${Math.round(heap / points)} | ${Math.round(Buffer.byteLength(record) / points)} |`);
  }
  kept.length = 0;
  return [
    '# Memory per design point',
    '',
    `Heap held by a generated design (points and layout, after a full collection) and bytes of its experiment.json, per point. Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
    '',
    '| design | factors | points | heap bytes / point | experiment.json bytes / point |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(runDesignMemoryBenchmark());
