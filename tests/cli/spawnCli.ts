import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * End-to-end: spawn `node bin/collabsim.mjs` as a user would, and check the output, the files
 * and the exit status. Each spawn costs about a second (tsx registration), so the cases are
 * few and each command file runs its own concurrently; main.test.ts covers the other usage
 * errors in-process.
 */
const run = promisify(execFile);

export async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/collabsim.mjs', ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

export const scratch = () => mkdtempSync(join(tmpdir(), 'collabsim-cli-'));
export const fixture = 'tests/fixtures/valid/small-network.yaml';
export const expected = (name: string) => readFileSync(`tests/fixtures/invalid/${name}.expected.txt`, 'utf8');
export const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

