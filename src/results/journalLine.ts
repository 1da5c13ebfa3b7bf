/**
 * One finished run as stored in the journal (`.partial/journal-K.jsonl`): one JSON object per
 * line, written in completion order and only ever appended. Metric values are in the order of
 * the experiment's `metrics`; null stands for a failed run or a non-finite value. `weekly`
 * holds `[week, ...weeklyMetrics]` rows when weekly rows are kept.
 */
export interface JournalEntry {
  run: number;
  status: 'ok' | 'failed';
  metrics: (number | null)[];
  error?: string;
  weekly?: (number | null)[][];
  /** Per-organisation rows (columns of `ORGANISATION_COLUMNS`), when the experiment's `output` asks. */
  organisations?: (number | string | null)[][];
  /** Trust snapshots (columns of `TRUST_SNAPSHOT_COLUMNS`), when the experiment's `output` asks. */
  trustSnapshots?: (number | string)[][];
}

/**
 * Formats an entry as one journal line, ending in a newline. `JSON.stringify` writes the
 * shortest text that reads back to the same double, so values survive the journal exactly.
 *
 * @example
 * formatJournalLine({ run: 3, status: 'ok', metrics: [0.5] }); // '{"run":3,"status":"ok","metrics":[0.5]}\n'
 */
export function formatJournalLine(entry: JournalEntry): string {
  return JSON.stringify(entry) + '\n';
}

/**
 * Reads one journal line back; returns null for a line that is not a complete entry (a write
 * torn by a crash).
 *
 * @example
 * parseJournalLine('{"run":3,"status":"ok","metrics":[0.5]}'); // { run: 3, status: 'ok', metrics: [0.5] }
 * parseJournalLine('{"run":3,"sta'); // null
 */
export function parseJournalLine(line: string): JournalEntry | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  const entry = value as JournalEntry;
  if (!Number.isSafeInteger(entry.run) || entry.run < 0) return null;
  if (entry.status !== 'ok' && entry.status !== 'failed') return null;
  if (!Array.isArray(entry.metrics)) return null;
  return entry;
}
