import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

/** Runs the CLI in this process and captures what it prints. */
export async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/**
 * Writes each experiment to `<root>/<name>.yaml` and sweeps it with the CLI into the results
 * folder `<root>/<name>` (in this thread, no workers), expecting every sweep to succeed.
 */
export async function sweepExperiments(root: string, experiments: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(experiments)) {
    writeFileSync(join(root, `${name}.yaml`), text);
    const swept = await cli('sweep', join(root, `${name}.yaml`), '--out', join(root, name), '--workers', '0', '--quiet');
    expect(swept.code).toBe(0);
  }
}
