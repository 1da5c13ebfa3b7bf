import { closeSync, openSync, readSync } from 'node:fs';
import type { JournalIndex } from './JournalIndex.js';
import { parseJournalLine, type JournalEntry } from './journalLine.js';

/**
 * Reads finished runs back from a sweep's journals, in any order, through its `JournalIndex`.
 * Each journal has one read window (`windowBytes`, 1 MiB unless told): a line inside the
 * current window costs no system call, and a line outside moves the window to start at that
 * line; a line longer than the window is read on its own. Journals are written in
 * completion order, which is close to run order, so reading the runs in order takes about one
 * read per MiB rather than one per run. Memory: one window per journal file, plus the longest
 * line. Close it when done.
 *
 * @example
 * const reader = new JournalReader(JournalIndex.scan('results/demo/.partial', 5120));
 * try { reader.entry(0).metrics; } finally { reader.close(); }
 */
export class JournalReader {
  private readonly fds: number[] = [];
  private readonly windows: { buffer: Buffer; start: number; end: number }[];

  constructor(
    private readonly index: JournalIndex,
    windowBytes = 1 << 20,
  ) {
    try {
      for (const file of index.files) this.fds.push(openSync(file, 'r'));
    } catch (error) {
      this.close();
      throw error;
    }
    this.windows = index.files.map(() => ({ buffer: Buffer.allocUnsafe(windowBytes), start: 0, end: 0 }));
  }

  /** The journal entry of a finished run; throws if the run is not in the index or its line does not read as an entry. */
  entry(run: number): JournalEntry {
    const where = this.index.locate(run);
    const entry = parseJournalLine(this.text(where.file, where.offset, where.bytes));
    if (!entry) throw new Error(`journal line of run ${run} cannot be read`);
    return entry;
  }

  close(): void {
    for (const fd of this.fds.splice(0)) closeSync(fd);
  }

  private text(file: number, offset: number, bytes: number): string {
    const window = this.windows[file];
    if (offset < window.start || offset + bytes > window.end) {
      if (bytes > window.buffer.length) return readExactly(this.fds[file], Buffer.allocUnsafe(bytes), offset, bytes).toString('utf8');
      window.start = offset;
      window.end = offset + readUpTo(this.fds[file], window.buffer, offset);
      if (window.end < offset + bytes) throw new Error(`unexpected end of file at byte ${window.end}`);
    }
    return window.buffer.toString('utf8', offset - window.start, offset - window.start + bytes);
  }
}

/** Reads `bytes` bytes at `offset` into `buffer`, or throws at the end of the file. */
function readExactly(fd: number, buffer: Buffer, offset: number, bytes: number): Buffer {
  let done = 0;
  while (done < bytes) {
    const n = readSync(fd, buffer, done, bytes - done, offset + done);
    if (n === 0) throw new Error(`unexpected end of file at byte ${offset + done}`);
    done += n;
  }
  return buffer;
}

/** Fills `buffer` from `offset` as far as the file goes; returns the number of bytes read. */
function readUpTo(fd: number, buffer: Buffer, offset: number): number {
  let done = 0;
  while (done < buffer.length) {
    const n = readSync(fd, buffer, done, buffer.length - done, offset + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}
