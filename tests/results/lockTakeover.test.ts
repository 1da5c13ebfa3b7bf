import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const taker = fileURLToPath(new URL('./fixtures/lockTaker.ts', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'collabsim-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const run = promisify(execFile);

/** The pid of a process that has exited (so a lock naming it is stale). */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('stale lock takeover', () => {
  it('two processes racing for the same stale lock: exactly one wins, every round', async () => {
    const rounds = 1000;
    const gone = deadPid();
    for (let r = 0; r < rounds; r++) {
      mkdirSync(join(root, `r${r}`));
      // odd rounds: a lock as written before locks had a token
      const token = r % 2 === 0 ? { token: `${r.toString(16)}0abc` } : {};
      writeFileSync(join(root, `r${r}`, '.lock'), JSON.stringify({ pid: gone, host: hostname(), ...token }) + '\n');
    }
    const [a, b] = await Promise.all(
      ['a', 'b'].map((id) => run(process.execPath, ['--import', 'tsx', taker, root, String(rounds), id], { encoding: 'utf8' })),
    );
    const outcome = (text: string) => text.trimEnd().split('\n').map((line) => line.split(' ')[1]);
    const first = outcome(a.stdout);
    const second = outcome(b.stdout);
    expect(first).toHaveLength(rounds);
    const doubleWins = first.map((x, r) => (x === 'won' && second[r] === 'won' ? r : -1)).filter((r) => r >= 0);
    const noWinner = first.map((x, r) => (x === 'locked' && second[r] === 'locked' ? r : -1)).filter((r) => r >= 0);
    expect({ doubleWins, noWinner }).toEqual({ doubleWins: [], noWinner: [] });
    // what a takeover leaves beside the lock is cleared once it is done
    for (let r = 0; r < rounds; r++) expect(readdirSync(join(root, `r${r}`))).toEqual(['.lock']);
  }, 60_000);
});
