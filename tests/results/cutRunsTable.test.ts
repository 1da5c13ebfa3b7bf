import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempRoot } from '../analysis/results/fixtures.js';
import { cli } from '../cli/runCli.js';

/**
 * A finished `runs.csv` damaged afterwards (cut mid-row, or missing its last rows) is never
 * taken as complete: `sweep --resume` and the readers (`analyze`, `report`) refuse it with
 * exit 2 and a message naming the file, and the folder's files are left exactly as they were.
 */
const root = tempRoot('cut-runs');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const at = (name: string) => join(root, name);
const experiment = at('ish.yaml');
let whole = '';

beforeAll(async () => {
  writeFileSync(experiment, 'model: ishigami\nseed: 9\nreplications: 2\ndesign: { method: lhs, samples: 5 }\n');
  const result = await cli('sweep', experiment, '--out', at('good'), '--workers', '0', '--quiet');
  expect(result.code).toBe(0);
  whole = readFileSync(join(at('good'), 'runs.csv'), 'utf8');
});

/** A copy of the good folder whose runs.csv is `text`, optionally without runs.parquet. */
function damaged(name: string, text: string, options: { parquet?: boolean } = {}): string {
  cpSync(at('good'), at(name), { recursive: true });
  writeFileSync(join(at(name), 'runs.csv'), text);
  if (options.parquet === false) rmSync(join(at(name), 'runs.parquet'));
  return at(name);
}

/** The bytes of every file of a folder, to show nothing was touched. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(['experiment.json', 'runs.csv', 'runs.parquet'].map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
}

describe('a damaged runs.csv', () => {
  it('cut mid-row: refused by --resume, analyze and report, and left as it is', async () => {
    const dir = damaged('cut', whole.slice(0, whole.length - 4));
    const before = snapshot(dir);
    const message = `${join(dir, 'runs.csv')} is cut short (its last row does not end with a line break)`;
    for (const args of [
      ['sweep', experiment, '--out', dir, '--resume', '--workers', '0', '--quiet'],
      ['analyze', dir, '--method', 'summary'],
      ['report', dir],
    ]) {
      const result = await cli(...args);
      expect(result.code, args[0]).toBe(2);
      expect(result.stderr).toContain(message);
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it('without its last rows: refused by --resume, and by the readers when they read it', async () => {
    const lines = whole.split('\n');
    const short = lines.slice(0, -3).join('\n') + '\n'; // header + 8 of 10 rows
    const dir = damaged('short', short);
    const before = snapshot(dir);
    const resumed = await cli('sweep', experiment, '--out', dir, '--resume', '--workers', '0', '--quiet');
    expect(resumed.code).toBe(2);
    expect(resumed.stderr).toContain(`${join(dir, 'runs.csv')} holds 8 of its 10 rows`);
    expect(snapshot(dir)).toEqual(before);
    const csvOnly = damaged('short-csv', short, { parquet: false });
    for (const args of [['analyze', csvOnly, '--method', 'summary'], ['report', csvOnly]]) {
      const result = await cli(...args);
      expect(result.code, args[0]).toBe(2);
      expect(result.stderr).toContain(`${join(csvOnly, 'runs.csv')} holds 8 of its 10 rows`);
    }
  });

  it('a whole folder still resumes as complete with the same bytes', async () => {
    const result = await cli('sweep', experiment, '--out', at('good'), '--resume', '--workers', '0', '--quiet');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('10 runs (0 failed, 10 found from before)');
    expect(readFileSync(join(at('good'), 'runs.csv'), 'utf8')).toBe(whole);
  });
});
