import { describe, expect, it } from 'vitest';
import { cli, pkg } from './spawnCli.js';

/** End-to-end tests of collabsim: spawn `node bin/collabsim.mjs` as a user would (helpers in spawnCli.ts). */
describe.concurrent('collabsim', { timeout: 120_000 }, () => {
  it('--help lists the commands and the exit statuses', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    for (const command of ['run [scenario]', 'validate <files..>', 'presets', 'init <file>']) expect(stdout).toContain(command);
    expect(stdout).toContain('exit status: 0 ok, 1 failure (a bug, a full disk, every run failed), 2 usage or input error,');
    expect(stdout).toContain('130 or 143 stopped by SIGINT (Ctrl-C) or SIGTERM');
  });

  it('--version prints the package version', async () => {
    expect(await cli('--version')).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });
});
