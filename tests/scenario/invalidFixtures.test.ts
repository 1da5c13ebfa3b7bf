import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/scenario/loadScenarioFile.js';
import { ScenarioInputError } from '../../src/scenario/ScenarioInputError.js';

/**
 * The corpus of invalid scenario files: each `tests/fixtures/invalid/<name>.yaml` (or `.json`)
 * has a `<name>.yaml.expected.txt` beside it with the exact problems, one per line, as
 * `collabsim validate` prints them from the repository root.
 */
const dir = 'tests/fixtures/invalid';
const files = readdirSync(dir)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort();

describe('invalid scenario files', () => {
  it('every file in the corpus has its expected message', () => {
    const expected = new Set(readdirSync(dir).filter((f) => f.endsWith('.expected.txt')));
    for (const f of files) expect(expected, f).toContain(`${f}.expected.txt`);
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files)('%s is refused with the exact message', (f) => {
    const file = `${dir}/${f}`;
    const expected = readFileSync(`${file}.expected.txt`, 'utf8').trimEnd();
    let error: unknown;
    try {
      loadScenarioFile(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioInputError);
    expect((error as ScenarioInputError).message).toBe(expected);
  });
});
