import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeEnvironmentError } from '../../src/errors/environmentError.js';
import { cli } from './runCli.js';

const root = mkdtempSync(join(tmpdir(), 'collabsim-env-'));
const mounts: string[] = [];
afterAll(() => {
  for (const mount of mounts) spawnSync('umount', [mount]);
  rmSync(root, { recursive: true, force: true });
});
const at = (name: string) => join(root, name);
const scenario = 'tests/fixtures/valid/small-network.yaml';
const experiment = at('ish.yaml');
writeFileSync(experiment, 'model: ishigami\nseed: 7\nreplications: 2\ndesign: { method: sobol, samples: 16 }\n');

/** Mounts a tmpfs of `kib` KiB at `<root>/<name>` (read-only if asked); null with the reason when this machine cannot. */
function tmpfs(name: string, kib: number, readOnly = false): string | null {
  const dir = at(name);
  mkdirSync(dir);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kib}k${readOnly ? ',ro' : ''}`, 'tmpfs', dir], { encoding: 'utf8' });
  if (mounted.status !== 0) {
    console.warn(`skipped: cannot mount a tmpfs here (${(mounted.stderr || mounted.error?.message || '').trim()})`);
    return null;
  }
  mounts.push(dir);
  return dir;
}

/** Runs the CLI with its stdout into a reader that has already gone; returns the CLI's exit status and stderr. */
function intoClosedPipe(...args: string[]): { status: string; stderr: string } {
  const quoted = args.map((a) => `'${a}'`).join(' ');
  const out = execFileSync('bash', ['-c', `node bin/collabsim.mjs ${quoted} 2>"${at('stderr.txt')}" | true; echo "\${PIPESTATUS[0]}"; cat "${at('stderr.txt')}"`], {
    encoding: 'utf8',
  });
  const [status, ...rest] = out.split('\n');
  return { status, stderr: rest.join('\n').trim() };
}

describe('environment errors and output paths', () => {
  it('sweep and explore --out <a file> exit 2 naming the file', async () => {
    writeFileSync(at('a-file'), 'not a folder\n');
    const sweep = await cli('sweep', experiment, '--out', at('a-file'), '--workers', '0', '--quiet');
    expect(sweep.code).toBe(2);
    expect(sweep.stderr).toBe(`results folder ${at('a-file')} is a file, not a folder; choose another --out\nrun "collabsim sweep --help" for usage\n`);
    const under = await cli('sweep', experiment, '--out', join(at('a-file'), 'sub'), '--workers', '0', '--quiet');
    expect(under.code).toBe(2);
    expect(under.stderr).toContain(`results folder ${join(at('a-file'), 'sub')} cannot be made: ${at('a-file')} is a file, not a folder`);
    const explore = await cli('explore', scenario, '--out', at('a-file'), '--workers', '0', '--quiet', '--trajectories', '2', '--replications', '1');
    expect(explore.code).toBe(2);
    expect(explore.stderr).toContain(`results folder ${at('a-file')} is a file, not a folder; choose another --out`);
  });

  it('run and analyze end quietly when their reader has gone (EPIPE)', async () => {
    expect((await cli('sweep', experiment, '--out', at('ish'), '--workers', '0', '--quiet')).code).toBe(0);
    const run = intoClosedPipe('run', scenario, '--out', at('piped-run'));
    expect(run).toEqual({ status: '0', stderr: '' });
    expect(readdirSync(at('piped-run')).sort()).toEqual(['scenario.normalized.json', 'summary.json', 'weekly.csv']);
    expect(intoClosedPipe('analyze', at('ish'))).toEqual({ status: '0', stderr: '' });
  }, 30_000);

  it('run refuses a read-only folder before simulating: exit 1, one plain line', async () => {
    const readOnly = tmpfs('ro', 64, true);
    if (!readOnly) return;
    const result = await cli('run', scenario, '--out', join(readOnly, 'x'));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `cannot create or change ${join(readOnly, 'x')}: the file system is read-only (EROFS); choose a folder you can write (--out), or change its permissions\n`,
    );
  });

  it('a sweep that fills the disk exits 1 naming the file, with no stack, frees its lock, and resumes once there is room', async () => {
    const small = tmpfs('full', 64);
    if (!small) return;
    const sized = at('sized.yaml');
    // experiment.json (21 KB) and the journal (18 KB) fit in 64 KiB; runs.csv (25 KB) does not
    writeFileSync(sized, 'model: ishigami\nseed: 7\nreplications: 2\ndesign: { method: sobol, samples: 32 }\n');
    const out = join(small, 'sweep');
    const result = await cli('sweep', sized, '--out', out, '--workers', '0', '--quiet');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `cannot write ${out}/runs.csv: no space is left on the disk (ENOSPC); free some space, then run the command again (a sweep continues with --resume)\n`,
    );
    expect(readdirSync(out).sort()).toEqual(['.partial', 'experiment.json']);
    spawnSync('mount', ['-o', 'remount,size=2m', small]);
    expect((await cli('sweep', sized, '--out', out, '--workers', '0', '--quiet', '--resume')).code).toBe(0);
    expect((await cli('sweep', sized, '--out', at('roomy'), '--workers', '0', '--quiet')).code).toBe(0);
    expect(readFileSync(join(out, 'runs.csv'), 'utf8')).toBe(readFileSync(at('roomy/runs.csv'), 'utf8'));
  });

  it('sweep and run into a folder the user may not write: exit 1, one plain line, nothing left behind', () => {
    // as root every folder is writable, so the command runs as the unprivileged user "nobody"
    const asRoot = process.getuid?.() === 0;
    chmodSync(root, 0o755);
    chmodSync(experiment, 0o644);
    const locked = at('locked');
    mkdirSync(locked, { mode: 0o755 });
    if (!asRoot) chmodSync(locked, 0o555);
    const command = (...args: string[]) =>
      spawnSync(process.execPath, ['bin/collabsim.mjs', ...args], { encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    const sweep = command('sweep', experiment, '--out', join(locked, 'sweep'), '--workers', '0', '--quiet');
    expect(sweep.stderr).toBe(
      `cannot create or change ${join(locked, 'sweep')}: permission denied (EACCES); choose a folder you can write (--out), or change its permissions\n`,
    );
    expect(sweep.status).toBe(1);
    const run = command('run', scenario, '--out', join(locked, 'run'));
    expect(run.stderr).toBe(
      `cannot create or change ${join(locked, 'run')}: permission denied (EACCES); choose a folder you can write (--out), or change its permissions\n`,
    );
    expect([run.status, run.stdout]).toEqual([1, '']);
    expect(existsSync(join(locked, 'sweep')) || existsSync(join(locked, 'run'))).toBe(false);
  }, 60_000);

  it('classifies environment errors in one place', () => {
    const system = (code: string, path?: string, syscall?: string) => Object.assign(new Error(code), { code, path, syscall });
    expect(describeEnvironmentError(system('EACCES', 'results/a', 'open'))).toBe(
      'cannot create or change results/a: permission denied (EACCES); choose a folder you can write (--out), or change its permissions',
    );
    expect(describeEnvironmentError(system('EDQUOT', 'results/a/runs.csv', 'write'))).toContain('cannot write results/a/runs.csv: the disk quota is used up (EDQUOT)');
    expect(describeEnvironmentError(system('EPERM', 'x', 'rename'))).toContain('(EPERM)');
    expect(describeEnvironmentError(new Error('IO Error: Could not write file "results/a/runs.parquet.tmp": No space left on device'))).toContain(
      'cannot write results/a/runs.parquet.tmp: no space is left on the disk (ENOSPC)',
    );
    expect(describeEnvironmentError(system('ENOENT', 'x'))).toBeUndefined();
    expect(describeEnvironmentError(new TypeError('x is undefined'))).toBeUndefined();
  });
});
