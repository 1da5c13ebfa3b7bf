import { describe, expect, it } from 'vitest';
import { listPresetNames } from '../../src/scenario/listPresetNames.js';
import { listPresets } from '../../src/scenario/listPresets.js';
import { loadPreset } from '../../src/scenario/loadPreset.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { ScenarioInputError } from '../../src/scenario/ScenarioInputError.js';

describe('presets', () => {
  it('lists each preset with the first line of its description', () => {
    const presets = listPresets();
    expect(presets.map((p) => p.name)).toEqual(listPresetNames());
    expect(presets.map((p) => p.name)).toContain('safety-house');
    for (const p of presets) {
      expect(p.summary, p.name).not.toBe('');
      expect(p.summary, p.name).not.toContain('\n');
    }
  });

  it.each(listPresetNames())('preset %s is a valid scenario', (name) => {
    expect(loadPreset(name).organisations?.length).toBeGreaterThan(0);
  });

  it('suggests the closest name for an unknown preset', () => {
    expect(() => loadPreset('safty-house')).toThrow(ScenarioInputError);
    expect(() => loadPreset('safty-house')).toThrow('unknown preset "safty-house"; did you mean "safety-house"?');
  });

  it('loadScenario takes a file path or a preset name', () => {
    expect(loadScenario('safety-house')).toEqual(loadPreset('safety-house'));
    expect(loadScenario('tests/fixtures/valid/small-network.yaml').name).toBe('small-network');
    expect(() => loadScenario('safty-house')).toThrow(
      'safty-house: no scenario file or preset named "safty-house"; did you mean "safety-house"?',
    );
    expect(() => loadScenario('missing/file.yaml')).toThrow('missing/file.yaml: file not found');
  });
});
