import { parse } from 'yaml';
import { quote } from '../errors/messages.js';
import { ScenarioInputError } from '../scenario/ScenarioInputError.js';
import { ScenarioPathError } from '../scenario/ScenarioPathError.js';
import type { ScenarioProblem } from '../scenario/ScenarioProblem.js';
import { setScenarioPath } from '../scenario/setScenarioPath.js';
import { suggest } from '../scenario/suggest.js';
import type { Scenario } from '../scenario/types.js';
import { validateScenario } from '../scenario/validateScenario.js';
import { factorNames, factorPath } from './factorPath.js';

/** One `--set path=value`: the path as written and the value read as a YAML scalar. */
export interface Setting {
  path: string;
  value: number | string | boolean;
}

/**
 * Reads `path=value` as a `run --set` option gives it: the path up to the first `=`, the
 * value a YAML scalar (`0.2` a number, `nao` or `"0.2"` a string, `true` a boolean). Throws a
 * `ScenarioInputError` naming the option for text without `=`, an empty path, or a value that
 * is not a scalar.
 *
 * @example
 * parseSetting('organisations[police].staff=8'); // { path: 'organisations[police].staff', value: 8 }
 */
export function parseSetting(text: string): Setting {
  const at = text.indexOf('=');
  const fail = (message: string) => new ScenarioInputError([{ file: '--set', path: '', message }]);
  if (at <= 0) throw fail(`expected path=value, such as staffStability=0.2, found ${quote(text)}`);
  const path = text.slice(0, at).trim();
  let value: unknown;
  try {
    value = parse(text.slice(at + 1));
  } catch {
    value = undefined;
  }
  if (typeof value !== 'number' && typeof value !== 'string' && typeof value !== 'boolean') {
    throw fail(`${path}: expected a number or a word, found ${quote(text.slice(at + 1))}`);
  }
  return { path, value };
}

/**
 * The scenario with each setting applied in order (`setScenarioPath`; a short name such as
 * `caseRate` stands for its full path, as for factors), then validated like a scenario file.
 * A path that names no field, or a value the field does not take, throws a
 * `ScenarioInputError` whose problems name the option (`--set staffStabilty`), with a
 * suggestion for a misspelt name. Pure.
 *
 * @example
 * applySettings(loadPreset('top600'), [{ path: 'staffStability', value: 0.2 }]).preconditions?.staffStability; // 0.2
 */
export function applySettings(scenario: Scenario, settings: readonly Setting[]): Scenario {
  let changed = scenario;
  const problems: ScenarioProblem[] = [];
  for (const { path, value } of settings) {
    try {
      changed = setScenarioPath(changed, factorPath(path), value);
    } catch (error) {
      if (!(error instanceof ScenarioPathError)) throw error;
      const reason = error.message.startsWith(`${error.path}: `) ? error.message.slice(error.path.length + 2) : error.message;
      const guess = /[.[]/.test(path) ? undefined : suggest(path, factorNames());
      problems.push({ file: '--set', path, message: guess === undefined ? reason : `${reason}; did you mean ${quote(guess)}?` });
    }
  }
  if (problems.length > 0) throw new ScenarioInputError(problems);
  const found = validateScenario(changed, 'the scenario with --set');
  if (found.length > 0) throw new ScenarioInputError(found);
  return changed;
}
