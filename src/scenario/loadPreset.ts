import { presetSource } from './composeScenarioFile.js';
import { listPresetNames } from './listPresetNames.js';
import { loadSource } from './loadScenarioFile.js';
import { scenarioMessages } from '../errors/messages.js';
import { ScenarioInputError } from './ScenarioInputError.js';
import { suggest } from './suggest.js';
import type { Scenario } from './types.js';

/**
 * Loads and validates the preset scenario `name` from `scenarios/` (see `listPresets`).
 * Throws a `ScenarioInputError` for an unknown name, with the closest name as a suggestion.
 *
 * @example
 * loadPreset('safety-house').network?.form; // 'nao'
 */
export function loadPreset(name: string): Scenario {
  const names = listPresetNames();
  if (!names.includes(name)) {
    throw new ScenarioInputError([
      { file: 'collabsim', path: '', message: scenarioMessages.unknownPreset(name, suggest(name, names), names) },
    ]);
  }
  return loadSource(presetSource(name));
}
