import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

/**
 * The CLI in-process, through `main(argv)`: usage errors, help texts and exit statuses,
 * without the cost of spawning a process (see cli.test.ts for the end-to-end runs).
 */
async function call(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true)),
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true)),
    vi.spyOn(console, 'log').mockImplementation((...parts) => void (stdout += `${parts.join(' ')}\n`)),
    vi.spyOn(console, 'error').mockImplementation((...parts) => void (stderr += `${parts.join(' ')}\n`)),
  ];
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('main', () => {
  it.each(['run', 'validate', 'presets', 'init'])('%s --help shows its usage and an example', async (command) => {
    const { code, stdout } = await call(command, '--help');
    expect(code).toBe(0);
    expect(stdout).toContain(`collabsim ${command}`);
    expect(stdout).toMatch(/Examples:\n\s+collabsim /);
  });

  it('suggests the option meant', async () => {
    expect(await call('run', 'safety-house', '--wekes', '3')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'unknown option --wekes; did you mean --weeks?\nrun "collabsim run --help" for usage\n',
    });
  });

  it('reports a missing argument', async () => {
    expect(await call('validate')).toMatchObject({ code: 2, stderr: 'missing argument <files>\nrun "collabsim validate --help" for usage\n' });
  });

  it('checks option values before loading anything', async () => {
    expect(await call('run', 'no-such-file.yaml', '--seed', '-1')).toMatchObject({
      code: 2,
      stderr: '--seed: expected an integer from 0 to 4294967295, found -1\nrun "collabsim run --help" for usage\n',
    });
    expect(await call('run', 'safety-house', '--format', 'xml')).toMatchObject({
      code: 2,
      stderr: '--format: expected one of csv, json, found "xml"\nrun "collabsim run --help" for usage\n',
    });
  });

  it('reports a scenario problem with exit status 2', async () => {
    expect(await call('run', 'tests/fixtures/invalid/unknown-key.yaml')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tests/fixtures/invalid/unknown-key.yaml: preconditions.staffStabilty: unknown key; did you mean "staffStability"?\n',
    });
  });

  it('init refuses an unknown preset', async () => {
    expect(await call('init', '/tmp/never-written.yaml', '--from', 'top60')).toMatchObject({
      code: 2,
      stderr: 'collabsim: unknown preset "top60"; did you mean "top600"?\n',
    });
  });
});
