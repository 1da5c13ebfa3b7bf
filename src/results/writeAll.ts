import { writeSync } from 'node:fs';
import { withPath } from '../errors/environmentError.js';

/** One `write(2)`: writes up to `length` bytes of `bytes` from `offset`, returns how many it wrote. */
export type WriteCall = (fd: number, bytes: Uint8Array, offset: number, length: number) => number;

/**
 * Writes every byte of `data` to an open file, however many calls that takes: `write(2)` may
 * write fewer bytes than asked (a nearly full disk, a signal), and a caller that ignores the
 * count loses the rest without an error. `write` is `fs.writeSync` (tests pass one that
 * writes less, to check that nothing is lost). A write that fails (the disk is full: `ENOSPC`)
 * throws, with the error given `file`'s path so the message can name it.
 *
 * @example
 * writeAll(fd, 'run,point\n', 'results/demo/runs.csv');
 */
export function writeAll(fd: number, data: string | Uint8Array, file: string, write: WriteCall = writeSync): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  try {
    for (let done = 0; done < bytes.length; ) done += write(fd, bytes, done, bytes.length - done);
  } catch (error) {
    throw withPath(error, file);
  }
}
