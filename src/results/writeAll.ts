import { writeSync } from 'node:fs';
import { withPath } from '../errors/environmentError.js';

/**
 * Writes every byte of `data` to an open file, however many calls that takes: `write(2)` may
 * write fewer bytes than asked (a nearly full disk, a signal), and a caller that ignores the
 * count loses the rest without an error. A write that fails (the disk is full: `ENOSPC`)
 * throws, with the error given `file`'s path so the message can name it.
 *
 * @example
 * writeAll(fd, 'run,point\n', 'results/demo/runs.csv');
 */
export function writeAll(fd: number, data: string | Uint8Array, file: string): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  try {
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
  } catch (error) {
    throw withPath(error, file);
  }
}
