import { readdirSync } from 'node:fs';
import { PRESETS_DIRECTORY } from './presetsDirectory.js';

/**
 * The names of the presets in `scenarios/`, sorted, without reading the files (see
 * `listPresets` for their summaries).
 *
 * @example
 * listPresetNames().includes('safety-house'); // true
 */
export function listPresetNames(): string[] {
  try {
    return readdirSync(PRESETS_DIRECTORY)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.slice(0, -'.yaml'.length))
      .sort();
  } catch {
    return [];
  }
}
