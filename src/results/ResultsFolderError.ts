import { UserError } from '../errors/UserError.js';

/**
 * A results folder that cannot be used as asked: not there, not a collabsim results folder,
 * unfinished, a single shard, holding a different experiment, locked by another process, or
 * without the metric or column asked for. The one error type of `src/results/`; the message
 * names the folder and what to do instead, and the CLI prints it and exits 2.
 *
 * @example
 * throw new ResultsFolderError(resultsMessages.notFound('results/x'), { path: 'results/x' });
 */
export class ResultsFolderError extends UserError {
  constructor(message: string, detail: ConstructorParameters<typeof UserError>[1] = {}) {
    super(message, detail);
    this.name = 'ResultsFolderError';
  }
}
