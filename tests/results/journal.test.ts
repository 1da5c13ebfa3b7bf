import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalIndex } from '../../src/results/JournalIndex.js';
import { JournalReader } from '../../src/results/JournalReader.js';
import { JournalWriter } from '../../src/results/JournalWriter.js';
import { formatJournalLine, type JournalEntry } from '../../src/results/journalLine.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'collabsim-journal-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Entries in a shuffled completion order, with failures, multi-byte text and a long weekly block. */
function entries(total: number): JournalEntry[] {
  const order = Array.from({ length: total }, (_, i) => (i * 7) % total);
  return order.map((run) =>
    run % 5 === 3
      ? { run, status: 'failed', metrics: [null, null], error: `ontbrekende waarde — ‘${run}’ ✗` }
      : { run, status: 'ok', metrics: [run / 3, -run], weekly: run % 11 === 0 ? Array.from({ length: 300 }, (_, w) => [w, w / 7]) : undefined },
  );
}

/** Writes the entries through a `JournalWriter` in batches of `batch`, indexing as it appends, as a sweep does. */
function writeJournal(file: string, list: JournalEntry[], index: JournalIndex, batch: number): void {
  const writer = new JournalWriter(file);
  const indexAppended = index.appendingTo(file);
  for (let i = 0; i < list.length; i += batch) {
    const bytes = Buffer.from(list.slice(i, i + batch).map(formatJournalLine).join(''), 'utf8');
    indexAppended(bytes, writer.append(bytes));
  }
  writer.close();
}

describe('journal: indexing while appending, and reading back', () => {
  it('keeps the same index while appending as a scan of the written files finds', () => {
    const list = entries(97);
    const kept = new JournalIndex(97);
    writeJournal(join(dir, 'journal-0.jsonl'), list.slice(0, 40), kept, 6);
    writeJournal(join(dir, 'journal-1.jsonl'), list.slice(40), kept, 9);
    const scanned = JournalIndex.scan(dir, 97);
    expect(kept.done).toBe(97);
    expect(kept.failed).toBe(list.filter((e) => e.status === 'failed').length);
    expect([scanned.done, scanned.failed]).toEqual([kept.done, kept.failed]);
    for (let run = 0; run < 97; run++) expect(kept.locate(run)).toEqual(scanned.locate(run));
  });

  it('gives the byte offset each append starts at, from the end of an existing file', () => {
    const file = join(dir, 'journal-0.jsonl');
    writeFileSync(file, 'één\n');
    const writer = new JournalWriter(file);
    expect(writer.append('{"run":0}\n')).toBe(6); // 'één\n' is 6 bytes in UTF-8
    expect(writer.append(Buffer.from('x\n'))).toBe(16);
    writer.close();
  });

  it('parses a line whole when its head is not the one formatJournalLine writes, and skips one that is no entry', () => {
    const index = new JournalIndex(5);
    const indexAppended = index.appendingTo(join(dir, 'journal-0.jsonl'));
    const text = '{"status":"failed","run":2,"metrics":[]}\n{"run":01,"status":"ok","metrics":[]}\nnot json\n{"run":4,"status":"ok","metrics":[1]}\n';
    indexAppended(Buffer.from(text), 100);
    expect([index.has(0), index.has(1), index.has(2), index.has(4)]).toEqual([false, false, true, true]);
    expect(index.failed).toBe(1);
    expect(index.locate(4)).toEqual({ file: 0, offset: 100 + text.indexOf('{"run":4'), bytes: '{"run":4,"status":"ok","metrics":[1]}'.length });
  });

  it('keeps the first line of a run that is appended twice', () => {
    const index = new JournalIndex(3);
    const indexAppended = index.appendingTo(join(dir, 'journal-0.jsonl'));
    indexAppended(Buffer.from('{"run":1,"status":"ok","metrics":[1]}\n{"run":1,"status":"failed","metrics":[null]}\n'), 0);
    expect([index.done, index.failed]).toEqual([1, 0]);
  });

  it('reads every entry back in run order, whatever the window size, lines longer than the window included', () => {
    const list = entries(97);
    const index = new JournalIndex(97);
    writeJournal(join(dir, 'journal-0.jsonl'), list.slice(0, 50), index, 4);
    writeJournal(join(dir, 'journal-1.jsonl'), list.slice(50), index, 4);
    const byRun = new Map(list.map((e) => [e.run, JSON.parse(formatJournalLine(e)) as JournalEntry]));
    for (const windowBytes of [64, 1000, 1 << 20]) {
      const reader = new JournalReader(index, windowBytes);
      try {
        for (let run = 0; run < 97; run++) expect(reader.entry(run)).toEqual(byRun.get(run));
        for (let run = 96; run >= 0; run -= 13) expect(reader.entry(run)).toEqual(byRun.get(run));
      } finally {
        reader.close();
      }
    }
  });

  it('refuses a run that is not in the index, and a line that no longer reads as an entry', () => {
    const file = join(dir, 'journal-0.jsonl');
    const index = new JournalIndex(3);
    writeJournal(file, [{ run: 0, status: 'ok', metrics: [1] }], index, 1);
    writeFileSync(file, '{"run":0,"status":"ok","metrics":[1]'.padEnd(38, '#') + '\n');
    const reader = new JournalReader(index);
    try {
      expect(() => reader.entry(1)).toThrow('run 1 is not in the journal');
      expect(() => reader.entry(0)).toThrow('journal line of run 0 cannot be read');
    } finally {
      reader.close();
    }
  });
});
