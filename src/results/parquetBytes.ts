import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResultColumn } from './resultColumns.js';
import { writeParquet } from './writeParquet.js';

/**
 * The bytes of a Parquet file holding a CSV table written by collabsim (`toCsv`), with the
 * given column types: converted by `writeParquet` in a private temporary folder that is
 * removed afterwards, so the caller can write the bytes with the folder's other files in
 * one step (`writeOutputFolder`). Same CSV, same bytes.
 *
 * @example
 * const bytes = await parquetBytes(toCsv(rows), [{ name: 'week', type: 'BIGINT' }, { name: 'trust', type: 'DOUBLE' }]);
 */
export async function parquetBytes(csv: string, columns: ResultColumn[]): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'collabsim-parquet-'));
  try {
    writeFileSync(join(dir, 'table.csv'), csv);
    await writeParquet(join(dir, 'table.csv'), join(dir, 'table.parquet'), columns);
    return readFileSync(join(dir, 'table.parquet'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
