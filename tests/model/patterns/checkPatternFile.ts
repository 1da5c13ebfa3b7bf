/**
 * Runs one of the model's pattern files (patterns/model/*.yaml) through the same code as
 * `collabsim patterns check` (`readPatternFile`, `checkPatterns`) and makes one test per claim:
 * a claim that fails fails its test, unless the file marks it a known gap (`knownGap`, with the
 * measured reason); a known gap that now holds fails too, so that the file stays true. Every
 * claim prints one line: `[pattern | scenario] metric, contrast: effect [low, high] (interval,
 * n) claim … → verdict`, as the harness's claims do.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPatterns, type PatternCheck, type PatternResult } from '../../../src/workflows/patterns/checkPatterns.js';
import { readPatternFile } from '../../../src/workflows/patterns/readPatternFile.js';

const fmt = (x: number): string => (Math.abs(x) >= 100 ? x.toFixed(1) : Math.abs(x) >= 1 ? x.toFixed(3) : x.toFixed(4));
const OUTCOME = { pass: 'holds', fail: 'FAILS', 'known-gap': 'FAILS (known gap)', 'gap-holds': 'holds (listed as a known gap)' } as const;

function line(r: PatternResult): string {
  return `[${r.pattern} | ${r.scenario}] ${r.metric}, ${r.contrast}: ${fmt(r.effect)} [${fmt(r.low)}, ${fmt(r.high)}] (${r.interval}, n = ${r.n}) ${r.rule} → ${OUTCOME[r.status]}`;
}

/** Declares the tests of pattern file `name` in patterns/model/. */
export function checkPatternFile(name: string): void {
  const file = join('patterns', 'model', name);
  const plan = readPatternFile(file);
  describe(`${plan.name} (${file})`, () => {
    const out = mkdtempSync(join(tmpdir(), 'collabsim-patterns-'));
    let check: PatternCheck;
    beforeAll(async () => {
      check = await checkPatterns(plan, { out, workers: 0 });
      for (const r of check.results) console.log(line(r));
    }, 3_600_000);
    afterAll(() => rmSync(out, { recursive: true, force: true }));
    plan.claims.forEach((claim, i) => {
      it(`${claim.pattern} | ${claim.scenario} | ${claim.metric}`, () => {
        const r = check.results[i];
        if (r.status === 'gap-holds') throw new Error(`${line(r)}: remove its knownGap in ${file}`);
        expect(r.status, line(r)).not.toBe('fail');
      });
    });
  });
}
