import { closeSync, fsyncSync, openSync } from 'node:fs';
import { withPath } from '../errors/environmentError.js';
import { writeAll } from './writeAll.js';

/**
 * Appends finished runs to one journal file. Text goes to the file as soon as it arrives
 * (so a killed process loses nothing it had written) and is flushed to the disk (`fsync`) at
 * most every `syncMs` milliseconds and on close, so a power cut loses at most that window.
 *
 * @example
 * const journal = new JournalWriter('results/demo/.partial/journal-0.jsonl');
 * journal.append('{"run":0,"status":"ok","metrics":[1]}\n');
 * journal.close();
 */
export class JournalWriter {
  private readonly fd: number;
  private lastSync = Date.now();
  private dirty = false;

  constructor(
    readonly file: string,
    private readonly syncMs = 1000,
  ) {
    this.fd = openSync(file, 'a');
  }

  append(text: string): void {
    if (text.length === 0) return;
    writeAll(this.fd, text, this.file);
    this.dirty = true;
    if (Date.now() - this.lastSync >= this.syncMs) this.sync();
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
