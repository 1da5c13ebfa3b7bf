import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputFolder } from '../../src/results/checkOutputFolder.js';
import { writeFileAtomic } from '../../src/results/writeFileAtomic.js';
import { writeOutputFolder } from '../../src/results/writeOutputFolder.js';
import { UsageError } from '../../src/errors/UsageError.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'collabsim-out-'));

describe('writeOutputFolder', () => {
  it('creates a new folder, including missing parents, with every file', () => {
    const dir = join(scratch(), 'a', 'run1');
    expect(writeOutputFolder(dir, { 'x.json': '{}', 'y.csv': 'a\n1\n' })).toEqual([join(dir, 'x.json'), join(dir, 'y.csv')]);
    expect(readdirSync(dir).sort()).toEqual(['x.json', 'y.csv']);
    expect(readdirSync(join(dir, '..'))).toEqual(['run1']);
  });

  it('writes into an existing empty folder', () => {
    const dir = scratch();
    writeOutputFolder(dir, { 'x.json': '1' });
    expect(readFileSync(join(dir, 'x.json'), 'utf8')).toBe('1');
  });

  it('refuses a non-empty folder without force, and leaves it as it was', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'x.json'), 'old');
    expect(() => writeOutputFolder(dir, { 'x.json': 'new' })).toThrow(UsageError);
    expect(() => writeOutputFolder(dir, { 'x.json': 'new' })).toThrow(
      `output folder ${dir} already exists and is not empty; use --force to write into it`,
    );
    expect(readFileSync(join(dir, 'x.json'), 'utf8')).toBe('old');
  });

  it('with force replaces the named files and keeps the others', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'x.json'), 'old');
    writeFileSync(join(dir, 'keep.csv'), 'kept');
    writeOutputFolder(dir, { 'x.json': 'new' }, { force: true });
    expect(readFileSync(join(dir, 'x.json'), 'utf8')).toBe('new');
    expect(readFileSync(join(dir, 'keep.csv'), 'utf8')).toBe('kept');
    expect(readdirSync(dir).sort()).toEqual(['keep.csv', 'x.json']);
  });

  it('leaves neither a half-written folder nor temporary files when a write fails', () => {
    const parent = scratch();
    const dir = join(parent, 'run');
    expect(() => writeOutputFolder(dir, { 'ok.json': '1', 'missing/sub.json': '2' })).toThrow();
    expect(readdirSync(parent)).toEqual([]);
  });

  it('keeps earlier results when a forced write fails', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'x.json'), 'old');
    expect(() => writeOutputFolder(dir, { 'missing/sub.json': '2' }, { force: true })).toThrow();
    expect(readdirSync(dir)).toEqual(['x.json']);
    expect(readFileSync(join(dir, 'x.json'), 'utf8')).toBe('old');
  });

  it('refuses a path that is a file', () => {
    const file = join(scratch(), 'f');
    writeFileSync(file, '');
    expect(() => checkOutputFolder(file, true)).toThrow(`output path ${file} exists and is not a folder`);
  });
});

describe('writeFileAtomic', () => {
  it('replaces a file and leaves no temporary file behind', () => {
    const dir = scratch();
    const file = join(dir, 'a.txt');
    writeFileAtomic(file, 'one');
    writeFileAtomic(file, 'two');
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('leaves the target untouched on failure', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'target'));
    expect(() => writeFileAtomic(join(dir, 'target'), 'x')).toThrow();
    expect(readdirSync(dir)).toEqual(['target']);
    expect(existsSync(join(dir, 'target'))).toBe(true);
  });
});
