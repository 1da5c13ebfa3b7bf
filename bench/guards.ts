/**
 * What used to be wall-time assertions in unit tests, as a benchmark that asserts nothing:
 * the Sobol' bootstrap at N = 65 536 (3 factors, 1000 resamples; about 1.2 s on an idle core)
 * and the scenario parser's refusal of an alias bomb and of pathological nesting (each well
 * under a second). The unit tests keep what these compute (same results, same refusals); how
 * long they take depends on the machine, so it is measured here and printed as markdown.
 *
 *   npx tsx bench/guards.ts
 */
import { median } from 'simple-statistics';
import { sobolIndices } from '../src/methods/sobol/sobolIndices.js';
import { createRng } from '../src/random/rng.js';
import { parseScenarioText } from '../src/scenario/parseScenarioText.js';

const ROUNDS = 5;

/** Median milliseconds of `work` over `ROUNDS` rounds. */
function time(work: () => void): number {
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** The Sobol' layout of 3 factors and N base samples without second order. */
function sobolLayout(n: number) {
  return {
    samples: n,
    secondOrder: false,
    scramble: true,
    blockSize: 5,
    factorNames: ['a', 'b', 'c'],
    block: [
      { matrix: 'A', factor: null },
      { matrix: 'AB', factor: 'a' },
      { matrix: 'AB', factor: 'b' },
      { matrix: 'AB', factor: 'c' },
      { matrix: 'B', factor: null },
    ],
  };
}

function aliasBomb(): string {
  const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 12; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
  }
  return lines.join('\n');
}

/**
 * Runs the guards and returns the markdown report.
 *
 * @example
 * process.stdout.write(runGuardsBenchmark());
 */
export function runGuardsBenchmark(): string {
  const n = 65536;
  const rng = createRng(99);
  const Y = Float64Array.from({ length: n * 5 }, () => rng());
  const layout = sobolLayout(n);
  const rows: Array<[string, number]> = [
    ['sobolIndices, N = 65 536, k = 3, 1000 bootstrap resamples', time(() => sobolIndices(Y, layout, { bootstrap: 1000, seed: 5 }))],
    ['parseScenarioText refuses an alias bomb', time(() => parseScenarioText(aliasBomb(), 'bomb.yaml'))],
    [
      'parseScenarioText refuses 200 000 nested brackets (YAML and JSON) and 5000 nested lists',
      time(() => {
        parseScenarioText(`a: ${'['.repeat(200_000)}`, 'a.yaml');
        parseScenarioText(`{"a": ${'['.repeat(200_000)}`, 'a.json');
        parseScenarioText(`${'- '.repeat(5000)}1`, 'a.yaml');
      }),
    ],
  ];
  const lines = ['## Guards (median of 5 rounds)', '', '| what | ms |', '|---|---|', ...rows.map(([what, ms]) => `| ${what} | ${ms.toFixed(0)} |`)];
  return `${lines.join('\n')}\n`;
}

if (process.argv[1]?.endsWith('guards.ts')) process.stdout.write(runGuardsBenchmark());
