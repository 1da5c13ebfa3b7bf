import { readFileSync } from 'node:fs';
import type { Design, DesignPoint } from '../../experiment/designs/types.js';
import type { ExperimentRecord } from '../../experiment/experimentRecord.js';

/** `experiment.json` without its seeds, the design points parsed only when first read. */
export type ExperimentHeader = Omit<ExperimentRecord, 'seeds'>;

const POINTS_START = '\n    "points": [';
const POINTS_END = '\n    ]';
const SEEDS_START = ',\n  "seeds": {';

/**
 * Reads a results folder's `experiment.json` for analysis. The file holds every design point
 * and, without common random numbers, every run's seed: 39 MB for a Sobol' design of
 * 327 680 points, whose parsing would cost more than the analysis. This skips the seeds and
 * parses the design points only when `design.points` is first read (Sobol' and Morris
 * analyses never read them; they use the layout). The skip relies on the layout `sweep`
 * writes (`JSON.stringify(record, null, 2)`, where a line break followed by four spaces and
 * `]` can only close the points list, since line breaks inside strings are escaped); for any
 * other layout it parses the whole file. Cost O(file size) for the scan, plus the points'
 * parse when they are read.
 *
 * @example
 * const { experiment, design } = readExperimentRecord('results/demo/experiment.json');
 * design.layout.samples; // no points parsed yet
 */
export function readExperimentRecord(file: string): ExperimentHeader {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(POINTS_START);
  const end = start < 0 ? -1 : text.indexOf(POINTS_END, start);
  const seeds = text.lastIndexOf(SEEDS_START);
  if (start < 0 || end < 0 || seeds < end) return JSON.parse(text) as ExperimentRecord;
  const listStart = start + POINTS_START.length - 1;
  const listEnd = end + POINTS_END.length;
  const header = JSON.parse(`${text.slice(0, listStart)}null${text.slice(listEnd, seeds)}}`) as ExperimentHeader;
  const design: Design = header.design;
  let points: DesignPoint[] | undefined;
  Object.defineProperty(design, 'points', {
    enumerable: true,
    get: () => (points ??= JSON.parse(text.slice(listStart, listEnd)) as DesignPoint[]),
  });
  return header;
}
