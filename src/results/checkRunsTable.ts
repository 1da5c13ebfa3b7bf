import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { resultsMessages } from '../errors/messages.js';
import { readCsvRows } from './readCsvRows.js';
import { ResultsFolderError } from './ResultsFolderError.js';
import { shardRuns, shardSize, type Shard } from './shard.js';

/**
 * That a finished `runs.csv` is whole, cheaply: it is not empty and its last byte is the line
 * break every row collabsim writes ends with. A file cut mid-row (a copy stopped short, a full
 * disk, `truncate`) fails here, before a cut number could be read as a value. A cut exactly
 * between two rows passes; the row count (`checkRunsTable`, or the readers comparing the
 * rows they read with `runs.total`) catches that. Throws a `ResultsFolderError`. Cost O(1).
 *
 * @example
 * checkRunsTail('results/demo/runs.csv');
 */
export function checkRunsTail(file: string): void {
  const size = statSync(file).size;
  const last = Buffer.alloc(1);
  if (size > 0) {
    const fd = openSync(file, 'r');
    try {
      readSync(fd, last, 0, 1, size - 1);
    } finally {
      closeSync(fd);
    }
  }
  if (size === 0 || last[0] !== 10) throw new ResultsFolderError(resultsMessages.runsCut(file), { file, expected: 'a line break at the end' });
}

/**
 * That a finished `runs.csv` holds exactly the rows of its sweep (or shard): the tail is whole
 * (`checkRunsTail`), every row has as many fields as the header, and the rows are the runs of
 * the shard, each once and in order (`shardRuns(total, shard)`). The row count is recorded
 * by the folder itself: `runs.total` in `experiment.json` and the shard in `shard.json`, both
 * written before any run. Called before a resumed folder is called complete, so a damaged
 * table is refused (exit 2) and nothing in the folder is touched. Returns the number of
 * failed runs, read on the way. Cost O(file size), memory O(longest row).
 *
 * @example
 * const { failed } = checkRunsTable('results/demo/runs.csv', 40, { index: 1, count: 1 });
 */
export function checkRunsTable(file: string, total: number, shard: Shard): { failed: number } {
  checkRunsTail(file);
  const expected = shardRuns(total, shard);
  let header: string[] | undefined;
  let rows = 0;
  let failed = 0;
  readCsvRows(file, (fields) => {
    if (!header) {
      header = fields;
      return;
    }
    const next = expected.next();
    if (next.done || fields.length !== header.length || fields[0] !== String(next.value)) {
      throw new ResultsFolderError(resultsMessages.runsDamaged(file, rows + 2), { file });
    }
    rows++;
    if (fields[header.indexOf('status')] === 'failed') failed++;
  });
  const want = shardSize(total, shard);
  if (rows !== want) throw new ResultsFolderError(resultsMessages.runsShort(file, rows, want), { file, expected: `${want} rows`, found: `${rows}` });
  return { failed };
}
