import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * `collabsim calibrate` spawned as a user runs it: killed with SIGKILL in the middle of a
 * generation (once that generation's journal has lines), resumed, and compared byte for byte
 * with uninterrupted runs on 1 and 2 workers. normal-mean with n = 40,000 draws makes each
 * simulation take milliseconds, so the kill lands mid-run.
 */
const root = mkdtempSync(join(tmpdir(), 'collabsim-calibrate-kill-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const file = join(root, 'calibration.yaml');
writeFileSync(
  file,
  'model: normal-mean\nconstants: { sigma: 1, n: 40000 }\nseed: 3\nparameters:\n  mu: { prior: uniform, range: [-1, 1] }\n' +
    'targets:\n  - { metric: y, observed: 0.002, scale: 0.005 }\npopulation: 100\ngenerations: 4\npredictive: 20\n',
);
const OUTPUTS = ['particles.csv', 'generations.csv', 'posterior.csv', 'predictive.csv', 'charts/marginals.vl.json', 'charts/tolerance.vl.json', 'stop.json'];

/** Runs the CLI; with `killWhen`, sends SIGKILL as soon as it returns true (polled every 5 ms). */
function calibrate(out: string, workers: number, options: { resume?: boolean; killWhen?: () => boolean } = {}): Promise<{ killed: boolean; stdout: string }> {
  return new Promise((resolve, reject) => {
    const args = ['bin/collabsim.mjs', 'calibrate', file, '--out', out, '--workers', String(workers), '--quiet', ...(options.resume ? ['--resume'] : [])];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const timer = options.killWhen
      ? setInterval(() => {
          if (options.killWhen!()) child.kill('SIGKILL');
        }, 5)
      : undefined;
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearInterval(timer);
      if (signal === 'SIGKILL') resolve({ killed: true, stdout });
      else if (code === 0) resolve({ killed: false, stdout });
      else reject(new Error(`calibrate exited with ${code ?? signal}: ${stderr}`));
    });
  });
}

function journalLines(out: string): number {
  const state = join(out, 'state');
  if (!existsSync(state)) return 0;
  return readdirSync(state)
    .filter((name) => name.startsWith('journal-') && name !== 'journal-0.jsonl')
    .reduce((sum, name) => sum + readFileSync(join(state, name), 'utf8').split('\n').length - 1, 0);
}

describe('collabsim calibrate: kill -9, resume and workers', () => {
  it('resumes after SIGKILL mid-generation with byte-identical results, and 1 and 2 workers agree', async () => {
    const killed = join(root, 'killed');
    const one = join(root, 'one');
    const two = join(root, 'two');
    const [interrupted] = await Promise.all([calibrate(killed, 2, { killWhen: () => journalLines(killed) > 0 }), calibrate(one, 1)]);
    expect(interrupted.killed).toBe(true);
    expect(existsSync(join(killed, 'particles.csv'))).toBe(false);
    expect(readdirSync(join(killed, 'state')).some((name) => name.startsWith('journal-'))).toBe(true);
    const resumed = await calibrate(killed, 2, { resume: true });
    expect(resumed.killed).toBe(false);
    await calibrate(two, 2);
    for (const name of OUTPUTS) {
      const expected = readFileSync(join(one, name));
      expect(readFileSync(join(killed, name)).equals(expected), `${name} after kill + resume`).toBe(true);
      expect(readFileSync(join(two, name)).equals(expected), `${name} with 2 workers`).toBe(true);
    }
    expect(readFileSync(join(one, 'particles.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(1 + 4 * 100);
  }, 300_000);

  it('refuses to resume a folder holding another calibration, and to start in a folder that is not empty', async () => {
    const other = join(root, 'other.yaml');
    writeFileSync(other, readFileSync(file, 'utf8').replace('seed: 3', 'seed: 4'));
    const out = join(root, 'one');
    const before = readFileSync(join(out, 'particles.csv'));
    const resume = await runExpectingFailure(['calibrate', other, '--out', out, '--resume', '--workers', '0']);
    expect(resume.code).toBe(2);
    expect(resume.stderr).toMatch(/cannot resume: .*calibration\.json records another calibration \(it differs at calibration\.seed\)/);
    const fresh = await runExpectingFailure(['calibrate', file, '--out', out, '--workers', '0']);
    expect(fresh.code).toBe(2);
    expect(fresh.stderr).toMatch(/already exists and is not empty/);
    expect(readFileSync(join(out, 'particles.csv')).equals(before)).toBe(true);
  }, 120_000);
});

function runExpectingFailure(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/collabsim.mjs', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}
