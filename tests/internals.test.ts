import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as internals from '../src/internals.js';

describe('entry points', () => {
  it('keep the state layout out of the main entry point and in collabsim/internals', () => {
    for (const name of ['TASK_FIELDS', 'SIGNAL_FIELDS', 'TaskQueue', 'TieStore', 'CaseRecord', 'createInitialState', 'releaseSlot', 'networkTimeShare', 'scaleByPrecondition']) {
      expect(name in api, name).toBe(false);
      expect(name in internals, name).toBe(true);
    }
    for (const name of ['simulate', 'createSimulation', 'defaultMechanisms', 'replaceMechanism', 'insertMechanism', 'mechanisms', 'CaseStatus', 'queueTrust']) {
      expect(name in api, name).toBe(true);
    }
    expect(Object.keys(api.mechanisms)).toEqual(expect.arrayContaining(['urgency', 'sharing', 'narrative']));
  });

  it('are both listed in package.json exports', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(pkg.exports['./internals']).toEqual({ types: './dist/internals.d.ts', default: './dist/internals.js' });
  });
});

describe('patterns', () => {
  it('checkPatterns is in collabsim/internals, not in the main entry point', () => {
    expect('checkPatterns' in internals).toBe(true);
    expect('checkPatterns' in api).toBe(false);
  });
});
