import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'collabsim-read-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * Runs `collabsim validate` in a child process with a time limit: a read that blocks (the
 * failure this guards against) would otherwise hang the test runner itself.
 */
async function validate(file: string): Promise<{ code: number | null; stderr: string }> {
  try {
    await promisify(execFile)(process.execPath, ['bin/collabsim.mjs', 'validate', file], { encoding: 'utf8', timeout: 20_000 });
    return { code: 0, stderr: '' };
  } catch (error) {
    const e = error as { code: number | null; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

describe('readScenarioFile reads regular files only (issue 15, item 9)', () => {
  it.runIf(process.platform !== 'win32')('refuses a named pipe at once, as the file or as an extends target', async () => {
    const pipe = join(root, 'pipe.yaml');
    execFileSync('mkfifo', [pipe]);
    const extending = join(root, 'extends-pipe.yaml');
    writeFileSync(extending, 'extends: ./pipe.yaml\n');
    const [direct, extended] = await Promise.all([validate(pipe), validate(extending)]);
    expect(direct).toEqual({ code: 2, stderr: `${pipe}: not a file\n` });
    expect(extended).toEqual({ code: 2, stderr: `${pipe}: not a file\n` });
  }, 60_000);
});
