import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/scenario/loadScenarioFile.js';
import { ScenarioInputError } from '../../src/scenario/ScenarioInputError.js';

const valid = 'tests/fixtures/valid';

function problemsOf(file: string): string[] {
  try {
    loadScenarioFile(file);
  } catch (error) {
    if (error instanceof ScenarioInputError) return error.message.split('\n');
    throw error;
  }
  return [];
}

function tempScenario(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'collabsim-scenario-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('loadScenarioFile', () => {
  it('returns the scenario of a valid file without $schema', () => {
    const scenario = loadScenarioFile(`${valid}/small-network.yaml`);
    expect(scenario.name).toBe('small-network');
    expect(scenario.organisations).toHaveLength(6);
    expect(scenario).not.toHaveProperty('$schema');
  });

  it('composes extends: organisations matched by id, new ones appended, the rest inherited', () => {
    const scenario = loadScenarioFile(`${valid}/extends-small.yaml`);
    expect(scenario).not.toHaveProperty('extends');
    expect(scenario.name).toBe('small-network-unstable');
    expect(scenario.weeks).toBe(52);
    expect(scenario.preconditions).toEqual({ staffStability: 0.2, informationSharing: 0.6 });
    expect(scenario.organisations?.map((o) => o.id)).toEqual(['office', 'police', 'prosecution', 'municipality', 'care', 'youth', 'school']);
    expect(scenario.organisations?.[1]).toEqual({ id: 'police', domain: 'security', staff: 8 });
    expect(scenario.events).toHaveLength(1);
  });

  it('extends a preset by name', () => {
    const file = tempScenario('unstable.yaml', 'extends: safety-house\npreconditions: { staffStability: 0.1 }\n');
    const scenario = loadScenarioFile(file);
    expect(scenario.name).toBe('safety-house');
    expect(scenario.preconditions?.staffStability).toBe(0.1);
    expect(scenario.organisations?.length).toBeGreaterThan(5);
  });

  it('reads JSON files', () => {
    const file = tempScenario('net.json', JSON.stringify({ organisations: [{ id: 'office', domain: 'coordination' }, { id: 'police', domain: 'security' }, { id: 'municipality', domain: 'municipal' }, { id: 'care', domain: 'care' }, { id: 'prosecution', domain: 'justice' }] }));
    expect(loadScenarioFile(file).organisations).toHaveLength(5);
  });

  it('reports a missing file as a problem, not an exception', () => {
    expect(problemsOf('no/such/file.yaml')).toEqual(['no/such/file.yaml: file not found']);
  });

  it('refuses a file over the size limit from its size', () => {
    const file = tempScenario('huge.yaml', `weeks: 52\n${'#'.repeat(1_100_000)}`);
    expect(problemsOf(file)).toEqual([`${file}: file is 1100010 bytes; scenario files are limited to 1048576 bytes`]);
  });

  it('reports a folder given as a file', () => {
    expect(problemsOf('tests/fixtures')).toEqual(['tests/fixtures: not a file']);
  });
});
