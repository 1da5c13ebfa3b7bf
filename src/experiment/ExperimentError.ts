import { ScenarioInputError } from '../scenario/ScenarioInputError.js';
import { formatPath } from '../scenario/formatPath.js';
import type { ValueProblem } from '../scenario/ScenarioProblem.js';

/**
 * The problems of an experiment, as a `ScenarioInputError` (the input error every command
 * prints as `file: path: message` lines and exits 2 on, without a stack trace).
 *
 * @example
 * throw experimentError('sweep.yaml', [{ path: ['replications'], message: 'expected an integer from 1 to 1000000, found 0' }]);
 */
export function experimentError(file: string, problems: readonly ValueProblem[]): ScenarioInputError {
  return new ScenarioInputError(problems.map((p) => ({ file, path: formatPath(p.path), message: p.message })));
}
