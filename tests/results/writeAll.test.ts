import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeAll, type WriteCall } from '../../src/results/writeAll.js';

const root = mkdtempSync(join(tmpdir(), 'collabsim-write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeAll', () => {
  it('writes every byte when each write(2) writes only a few', () => {
    const file = join(root, 'short.txt');
    const text = 'run,point,replicate\n0,0,0,é\n'.repeat(50);
    const threeAtATime: WriteCall = (fd, bytes, offset, length) => writeSync(fd, bytes, offset, Math.min(3, length));
    const fd = openSync(file, 'w');
    writeAll(fd, text, file, threeAtATime);
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('throws the disk-full error of a write after a short one, naming the file', () => {
    const file = join(root, 'full.txt');
    let calls = 0;
    const fillsUp: WriteCall = (fd, bytes, offset, length) => {
      if (calls++ === 0) return writeSync(fd, bytes, offset, Math.min(10, length));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
    };
    const fd = openSync(file, 'w');
    try {
      expect(() => writeAll(fd, 'x'.repeat(100), file, fillsUp)).toThrow(expect.objectContaining({ code: 'ENOSPC', path: file }));
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(file, 'utf8')).toBe('x'.repeat(10));
  });
});
