import { readFileSync } from 'node:fs';
import type { Design, DesignPoint } from '../experiment/designs/types.js';
import { resultsMessages } from '../errors/messages.js';
import type { ExperimentRecord } from './experimentRecord.js';
import { ResultsFolderError } from './ResultsFolderError.js';

const POINTS_START = '\n    "points": [';
const POINTS_END = '\n    ]';
const SEEDS_START = ',\n  "seeds": {';

/**
 * Reads a results folder's `experiment.json`: the one reader of that file, for analysis,
 * charts, reports, merging and extending. The file holds every design point and, without
 * common random numbers, every run's seed: 39 MB for a Sobol' design of 327 680 points,
 * whose parsing would cost more than the analysis. So the design points and the seeds are
 * parsed only when first read (`design.points`, `seeds`); Sobol' and Morris analyses never
 * read the points (they use the layout) and no analysis reads the seeds. The skip relies on
 * the layout `sweep` writes (`JSON.stringify(record, null, 2)`, where a line break followed
 * by four spaces and `]` can only close the points list, since line breaks inside strings
 * are escaped); for any other layout it parses the whole file. A file that is missing, is not
 * JSON or is not the record of an experiment throws a `ResultsFolderError` naming it. Cost
 * O(file size) for the scan, plus each lazy part's parse when it is read.
 *
 * @example
 * const { experiment, design } = readExperimentRecord('results/demo/experiment.json');
 * design.layout.samples; // no points parsed yet
 */
export function readExperimentRecord(file: string): ExperimentRecord {
  return parseExperimentRecord(readExperimentText(file), file);
}

/**
 * The record of an experiment from the text of its `experiment.json` (read by
 * `readExperimentText`), parsed as `readExperimentRecord` does; `file` names it in errors.
 *
 * @example
 * parseExperimentRecord(readExperimentText(paths.experiment), paths.experiment).runs.total;
 */
export function parseExperimentRecord(text: string, file: string): ExperimentRecord {
  let record: ExperimentRecord;
  try {
    record = parseLazily(text);
  } catch (error) {
    throw new ResultsFolderError(resultsMessages.unreadable(file, (error as Error).message), { file });
  }
  if (typeof record?.experiment?.factors !== 'object' || typeof record.design?.method !== 'string') {
    throw new ResultsFolderError(resultsMessages.unreadable(file, 'expected the record of an experiment'), {
      file,
      expected: 'the record of an experiment',
    });
  }
  return record;
}

/**
 * The exact text of an `experiment.json` (compared byte for byte when resuming or merging).
 *
 * @example
 * readExperimentText('results/demo/experiment.json') === plan.record; // same experiment
 */
export function readExperimentText(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    throw new ResultsFolderError(resultsMessages.unreadable(file, detail), { file });
  }
  if (!isWhole(text)) throw new ResultsFolderError(resultsMessages.experimentTorn(file), { file, expected: 'a whole experiment.json' });
  return text;
}

/**
 * Whether the text of an `experiment.json` is whole: as `sweep` writes it, it ends with the
 * closing brace of the record on a line of its own (`JSON.stringify(record, null, 2)`, where
 * only the outermost brace stands at the start of a line), which a file cut short (a full
 * disk, a crash while an older version wrote it, a bad copy) does not; text of any other
 * layout must parse as JSON. O(1) for a file `sweep` wrote.
 */
function isWhole(text: string): boolean {
  if (text.endsWith('\n}\n')) return true;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function parseLazily(text: string): ExperimentRecord {
  const start = text.indexOf(POINTS_START);
  const end = start < 0 ? -1 : text.indexOf(POINTS_END, start);
  const seeds = text.lastIndexOf(SEEDS_START);
  if (start < 0 || end < 0 || seeds < end) return JSON.parse(text) as ExperimentRecord;
  const listStart = start + POINTS_START.length - 1;
  const listEnd = end + POINTS_END.length;
  const record = JSON.parse(`${text.slice(0, listStart)}null${text.slice(listEnd, seeds)}}`) as ExperimentRecord;
  const design: Design = record.design;
  let points: DesignPoint[] | undefined;
  Object.defineProperty(design, 'points', {
    enumerable: true,
    get: () => (points ??= JSON.parse(text.slice(listStart, listEnd)) as DesignPoint[]),
  });
  let seedsRecord: ExperimentRecord['seeds'] | undefined;
  Object.defineProperty(record, 'seeds', {
    enumerable: true,
    get: () => (seedsRecord ??= (JSON.parse(`{${text.slice(seeds + 1)}`) as Pick<ExperimentRecord, 'seeds'>).seeds),
  });
  return record;
}
