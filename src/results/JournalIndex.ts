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
      if (entry) this.record(entry.run, entry.status === 'failed', f, offset, bytes);
    });
  }

  /**
   * Registers a journal file this process is appending to, and returns the function that
   * indexes each piece it appends: the bytes as written (whole `formatJournalLine` lines) and
   * the file offset they were written at. The sweep keeps its index up to date this way rather
   * than reading the journal back when it finishes. The lines are read from memory, so none is
   * torn; the run and status are taken from the line's head (`{"run":N,"status":"…"`, the order
   * `formatJournalLine` writes them in), and any other line is parsed whole.
   *
   * @example
   * const indexAppended = index.appendingTo('results/demo/.partial/journal-1.jsonl');
   * indexAppended(Buffer.from('{"run":7,"status":"ok","metrics":[0.5]}\n'), 0);
   */
  appendingTo(path: string): (bytes: Uint8Array, offset: number) => void {
    const f = this.files.length;
    this.files.push(path);
    return (bytes, offset) => {
      for (let start = 0, end = bytes.indexOf(NEWLINE); end !== -1; start = end + 1, end = bytes.indexOf(NEWLINE, start)) {
        const head = lineHead(bytes, start) ?? fullEntryHead(bytes, start, end);
        if (head) this.record(head.run, head.failed, f, offset + start, end - start);
      }
    };
  }

  private record(run: number, failed: boolean, file: number, offset: number, bytes: number): void {
    if (run >= this.total || this.file[run] !== -1) return;
    this.file[run] = file;
    this.offset[run] = offset;
    this.bytes[run] = bytes;
    this.done++;
    if (failed) this.failed++;
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

const NEWLINE = 0x0a;
const RUN_HEAD = Buffer.from('{"run":');
const STATUS_OK = Buffer.from(',"status":"ok"');
const STATUS_FAILED = Buffer.from(',"status":"failed"');

/** The run number and status of a line that starts as `formatJournalLine` writes it; null otherwise. */
function lineHead(bytes: Uint8Array, start: number): { run: number; failed: boolean } | null {
  if (!startsWith(bytes, start, RUN_HEAD)) return null;
  let at = start + RUN_HEAD.length;
  let run = 0;
  const first = at;
  for (; at < bytes.length && bytes[at] >= 0x30 && bytes[at] <= 0x39 && at - first < 15; at++) run = run * 10 + bytes[at] - 0x30;
  if (at === first || (bytes[first] === 0x30 && at - first > 1)) return null;
  if (startsWith(bytes, at, STATUS_OK)) return { run, failed: false };
  if (startsWith(bytes, at, STATUS_FAILED)) return { run, failed: true };
  return null;
}

function fullEntryHead(bytes: Uint8Array, start: number, end: number): { run: number; failed: boolean } | null {
  const entry = parseJournalLine(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8'));
  return entry && { run: entry.run, failed: entry.status === 'failed' };
}

function startsWith(bytes: Uint8Array, at: number, prefix: Uint8Array): boolean {
  if (at + prefix.length > bytes.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
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
