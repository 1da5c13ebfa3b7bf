import { UserError } from '../errors/UserError.js';
import { formatProblem } from './formatProblem.js';
import type { ScenarioProblem } from './ScenarioProblem.js';

/**
 * A scenario (or other input) that cannot be used, with every problem found in it. Thrown by
 * the loaders after the whole input has been checked, so that one run of `validate` shows all
 * mistakes at once. Its message is the problems, one per line; the CLI prints it and exits
 * with status 2, without a stack trace.
 */
export class ScenarioInputError extends UserError {
  readonly problems: readonly ScenarioProblem[];

  constructor(problems: readonly ScenarioProblem[]) {
    super(problems.map(formatProblem).join('\n'), problems.length > 0 ? { file: problems[0].file, path: problems[0].path } : {});
    this.name = 'ScenarioInputError';
    this.problems = problems;
  }
}
