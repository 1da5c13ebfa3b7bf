import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./fixtures/sweepScript.ts', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'collabsim-kill-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the sweep script; resolves with its output once it exits, or kills it after `killAt` runs. */
function sweep(out: string, workers: number, options: { resume?: boolean; killAt?: number } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, 'slow', out, String(workers), options.resume ? 'resume' : ''], {
      env: { ...process.env, SLOW_MS: '10' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
      const done = Number(stdout.trimEnd().split('\n').pop());
      if (options.killAt !== undefined && done >= options.killAt) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (options.killAt !== undefined ? signal === 'SIGKILL' : code === 0) resolve(stdout);
      else reject(new Error(`sweep exited with ${code ?? signal}: ${stderr}`));
    });
  });
}

describe('kill -9', () => {
  it('loses at most the runs in flight; the resumed result is byte-identical', async () => {
    const killed = join(root, 'killed');
    const whole = join(root, 'whole');
    await Promise.all([sweep(killed, 2, { killAt: 60 }), sweep(whole, 1)]);
    expect(readdirSync(killed)).toContain('.partial');
    expect(readdirSync(killed)).not.toContain('runs.csv');
    // the lock of the killed process is stale (its pid is gone) and is taken over
    const output = await sweep(killed, 2, { resume: true });
    expect(output).toContain('complete');
    const firstDone = Number(output.split('\n')[0]);
    expect(firstDone).toBeGreaterThan(60);
    expect(readFileSync(join(killed, 'runs.csv'), 'utf8')).toBe(readFileSync(join(whole, 'runs.csv'), 'utf8'));
    expect(readFileSync(join(killed, 'runs.parquet'))).toEqual(readFileSync(join(whole, 'runs.parquet')));
    expect(readdirSync(killed).sort()).toEqual(['experiment.json', 'runs.csv', 'runs.parquet', 'tables.json']);
  });
});
