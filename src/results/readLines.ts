import { closeSync, openSync, readSync } from 'node:fs';

/**
 * Reads a text file line by line in 1 MiB chunks, so memory does not grow with the file.
 * Calls `onLine(text, offset, bytes)` for every line that ends with a newline, with its byte
 * offset and length (newline excluded); a last line without a newline (a write torn by a
 * crash) is skipped. Returns the byte length of the complete lines.
 *
 * @example
 * readLines('journal.jsonl', (line, offset) => console.log(offset, line));
 */
export function readLines(file: string, onLine: (text: string, offset: number, bytes: number) => void): number {
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.allocUnsafe(1 << 20);
    let carry: Buffer = Buffer.alloc(0);
    let position = 0;
    let lineStart = 0;
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, position);
      if (read === 0) break;
      position += read;
      const data = carry.length ? Buffer.concat([carry, chunk.subarray(0, read)]) : chunk.subarray(0, read);
      let start = 0;
      for (let nl = data.indexOf(10, start); nl !== -1; nl = data.indexOf(10, start)) {
        onLine(data.toString('utf8', start, nl), lineStart, nl - start);
        lineStart += nl - start + 1;
        start = nl + 1;
      }
      carry = Buffer.from(data.subarray(start));
    }
    return lineStart;
  } finally {
    closeSync(fd);
  }
}
