import { existsSync } from 'node:fs';
import { listPresetNames } from './listPresetNames.js';
import { loadPreset } from './loadPreset.js';
import { loadScenarioFile } from './loadScenarioFile.js';
import { scenarioMessages } from '../errors/messages.js';
import { ScenarioInputError } from './ScenarioInputError.js';
import { suggest } from './suggest.js';
import type { Scenario } from './types.js';

/**
 * Loads a scenario named the way the CLI accepts it: a path to a file, or else the name of
 * a preset. An existing file wins over a preset of the same name. Throws a
 * `ScenarioInputError` when it is neither, suggesting the closest preset name.
 *
 * @example
 * loadScenario('safety-house'); // the preset
 * loadScenario('./my-scenario.yaml'); // the file
 */
export function loadScenario(ref: string): Scenario {
  if (existsSync(ref)) return loadScenarioFile(ref);
  const names = listPresetNames();
  if (names.includes(ref)) return loadPreset(ref);
  if (/[\\/]|\.(ya?ml|json)$/i.test(ref)) return loadScenarioFile(ref);
  throw new ScenarioInputError([{ file: ref, path: '', message: scenarioMessages.noScenario(ref, suggest(ref, names)) }]);
}
