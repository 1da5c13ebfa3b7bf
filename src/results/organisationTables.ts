import type { OrganisationWeekRow } from '../model/metrics/organisationObserver.js';
import type { TrustSnapshotRow } from '../model/metrics/trustSnapshotObserver.js';
import { parquetBytes } from './parquetBytes.js';
import type { ResultColumn } from './resultColumns.js';
import { toCsv } from './toCsv.js';

/** Columns of `organisations.csv` / `.parquet` (a sweep's tables start with `run`). */
export const ORGANISATION_COLUMNS: ResultColumn[] = [
  { name: 'week', type: 'BIGINT' },
  { name: 'organisation', type: 'VARCHAR' },
  { name: 'domain', type: 'VARCHAR' },
  { name: 'staffPresent', type: 'BIGINT' },
  { name: 'vacancies', type: 'BIGINT' },
  { name: 'trustGiven', type: 'DOUBLE' },
  { name: 'trustReceived', type: 'DOUBLE' },
  { name: 'networkHoursUsed', type: 'DOUBLE' },
  { name: 'networkHoursAvailable', type: 'DOUBLE' },
];

/** Columns of `trust.csv` / `.parquet`, the trust-matrix snapshots (a sweep's start with `run`). */
export const TRUST_SNAPSHOT_COLUMNS: ResultColumn[] = [
  { name: 'week', type: 'BIGINT' },
  { name: 'from', type: 'VARCHAR' },
  { name: 'to', type: 'VARCHAR' },
  { name: 'trust', type: 'DOUBLE' },
];

const RUN: ResultColumn = { name: 'run', type: 'BIGINT' };

/**
 * The per-organisation rows and trust snapshots of a run or sweep as files, CSV and Parquet
 * (`organisations.csv`, `organisations.parquet`, `trust.csv`, `trust.parquet`), each table
 * only when asked for (rows given). With `sweep`, every row has a leading `run` column.
 *
 * @example
 * const files = await organisationTables(orgs.rows, undefined);
 * Object.keys(files); // ['organisations.csv', 'organisations.parquet']
 */
export async function organisationTables(
  organisations: readonly (OrganisationWeekRow & { run?: number })[] | undefined,
  trust: readonly (TrustSnapshotRow & { run?: number })[] | undefined,
  sweep = false,
): Promise<Record<string, string | Uint8Array>> {
  const files: Record<string, string | Uint8Array> = {};
  const add = async (name: string, rows: readonly object[], columns: ResultColumn[]) => {
    const all = sweep ? [RUN, ...columns] : columns;
    const csv = toCsv(rows, all.map((c) => c.name));
    files[`${name}.csv`] = csv;
    files[`${name}.parquet`] = await parquetBytes(csv, all);
  };
  if (organisations !== undefined) await add('organisations', organisations, ORGANISATION_COLUMNS);
  if (trust !== undefined) await add('trust', trust, TRUST_SNAPSHOT_COLUMNS);
  return files;
}
