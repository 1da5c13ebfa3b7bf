import { fileURLToPath } from 'node:url';
import { listPresetNames } from './listPresetNames.js';
import { PRESETS_DIRECTORY } from './presetsDirectory.js';
import { readScenarioFile } from './readScenarioFile.js';

/** A preset scenario shipped with collabsim. */
export interface PresetInfo {
  /** The name to pass to `loadPreset` or `collabsim run`, e.g. `safety-house`. */
  name: string;
  /** The first line of the preset's `description`. */
  summary: string;
  /** Absolute path of the preset file. */
  file: string;
}

/**
 * The presets in `scenarios/`, sorted by name, each with the first line of its description.
 * A preset file that cannot be read still appears, with an empty summary; `loadPreset`
 * reports its problems.
 *
 * @example
 * listPresets().map((p) => p.name); // ['ad-hoc', 'national', 'radicalisation-pga', 'riec', 'safety-house', 'top600']
 */
export function listPresets(): PresetInfo[] {
  return listPresetNames().map((name) => {
    const file = fileURLToPath(new URL(`${name}.yaml`, PRESETS_DIRECTORY));
    const { data } = readScenarioFile(file);
    const description = (data as { description?: unknown } | undefined)?.description;
    const summary = typeof description === 'string' ? description.trim().split('\n')[0].trim() : '';
    return { name, summary, file };
  });
}
