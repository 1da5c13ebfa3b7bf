import { closeSync, fstatSync, fsyncSync, openSync } from 'node:fs';
import { withPath } from '../errors/environmentError.js';
import { writeAll } from './writeAll.js';

/**
 * Appends finished runs to one journal file. Text goes to the file as soon as it arrives
 * (so a killed process loses nothing it had written) and is flushed to the disk (`fsync`) at
 * most every `syncMs` milliseconds and on close, so a power cut loses at most that window.
 *
 * @example
 * const journal = new JournalWriter('results/demo/.partial/journal-0.jsonl');
 * journal.append('{"run":0,"status":"ok","metrics":[1]}\n'); // 0, the byte offset it went to
 * journal.close();
 */
export class JournalWriter {
  private readonly fd: number;
  private lastSync = Date.now();
  private dirty = false;
  /** The file's length in bytes: where the next append goes. */
  private size: number;

  constructor(
    readonly file: string,
    private readonly syncMs = 1000,
  ) {
    this.fd = openSync(file, 'a');
    this.size = fstatSync(this.fd).size;
  }

  /** Appends text (UTF-8 bytes, or a string written as UTF-8); returns the byte offset it starts at. */
  append(text: string | Uint8Array): number {
    const offset = this.size;
    if (text.length === 0) return offset;
    const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    writeAll(this.fd, bytes, this.file);
    this.size += bytes.length;
    this.dirty = true;
    if (Date.now() - this.lastSync >= this.syncMs) this.sync();
    return offset;
  }

  sync(): void {
    try {
      if (this.dirty) fsyncSync(this.fd);
    } catch (error) {
      throw withPath(error, this.file);
    }
    this.dirty = false;
    this.lastSync = Date.now();
  }

  close(): void {
    this.sync();
    closeSync(this.fd);
  }
}
