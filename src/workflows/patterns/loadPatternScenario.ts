import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { UserError } from '../../errors/UserError.js';
import { loadScenario } from '../../scenario/loadScenario.js';
import { loadSource } from '../../scenario/loadScenarioFile.js';
import { ScenarioInputError } from '../../scenario/ScenarioInputError.js';
import type { Scenario } from '../../scenario/types.js';

/**
 * A scenario a pattern file names: a file relative to the pattern file (or absolute, or
 * relative to the working folder), else a preset. Returns the scenario, or the reason it cannot
 * be used as one line (for a scenario file with problems, its first problem with its file).
 *
 * @example
 * loadPatternScenario('safety-house', 'patterns/model.yaml').scenario?.name; // 'safety-house'
 */
export function loadPatternScenario(ref: string, patternFile: string): { scenario?: Scenario; problem?: string } {
  try {
    for (const path of [isAbsolute(ref) ? ref : join(dirname(patternFile), ref), ref]) {
      if (existsSync(path)) return { scenario: loadSource({ file: path, display: path, referenced: true }) };
    }
    return { scenario: loadScenario(ref) };
  } catch (error) {
    if (error instanceof ScenarioInputError && error.problems.length > 0) {
      const first = error.problems[0];
      const where = first.file === ref ? '' : `${first.file}: ${first.path ? `${first.path}: ` : ''}`;
      return { problem: `${where}${first.message}` };
    }
    if (error instanceof UserError) return { problem: error.message };
    throw error;
  }
}
