import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseJournalLine } from './journalLine.js';
import { readLines } from './readLines.js';

/**
 * Where each finished run of a sweep sits in its journal files: for run r, the file, byte
 * offset and length of its line. Built by scanning the journals (`.partial/journal-K.jsonl`);
 * it takes 16 bytes per run whatever the size of the lines, so finishing a sweep of any size
 * needs little memory. A torn last line is skipped; if a run appears twice the first line wins.
 */
export class JournalIndex {
  readonly files: string[] = [];
  private readonly file: Int32Array;
  private readonly offset: Float64Array;
  private readonly bytes: Int32Array;
  /** Finished runs, and how many of them failed. */
  done = 0;
  failed = 0;

  constructor(readonly total: number) {
    this.file = new Int32Array(total).fill(-1);
    this.offset = new Float64Array(total);
    this.bytes = new Int32Array(total);
  }

  /**
   * Scans every journal in a `.partial` folder, in the order of their numbers.
   *
   * @example
   * JournalIndex.scan('results/demo/.partial', 5120).done; // runs finished so far
   */
  static scan(partial: string, total: number): JournalIndex {
    const index = new JournalIndex(total);
    for (const name of journalFiles(partial)) index.add(join(partial, name));
    return index;
  }

  /** Adds one journal file's complete lines. */
  add(path: string): void {
    const f = this.files.length;
    this.files.push(path);
    readLines(path, (text, offset, bytes) => {
      const entry = parseJournalLine(text);
      if (!entry || entry.run >= this.total || this.file[entry.run] !== -1) return;
      this.file[entry.run] = f;
      this.offset[entry.run] = offset;
      this.bytes[entry.run] = bytes;
      this.done++;
      if (entry.status === 'failed') this.failed++;
    });
  }

  has(run: number): boolean {
    return this.file[run] !== -1;
  }

  /** The file number, offset and length of a run's line; throws if the run is not finished. */
  locate(run: number): { file: number; offset: number; bytes: number } {
    if (this.file[run] === -1) throw new Error(`run ${run} is not in the journal`);
    return { file: this.file[run], offset: this.offset[run], bytes: this.bytes[run] };
  }
}

/**
 * The journal file names of a `.partial` folder in the order they were written.
 *
 * @example
 * journalFiles('results/demo/.partial'); // ['journal-0.jsonl', 'journal-1.jsonl']
 */
export function journalFiles(partial: string): string[] {
  let names: string[];
  try {
    names = readdirSync(partial);
  } catch {
    return [];
  }
  return names
    .map((name) => /^journal-(\d+)\.jsonl$/.exec(name))
    .filter((match): match is RegExpExecArray => match !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((match) => match[0]);
}
