import { UserError } from '../../errors/UserError.js';

/**
 * A problem with a results folder or a chart request that the user can fix: a folder that
 * is not a results folder, a sweep that has not finished, a chart the folder's design
 * cannot give, a metric or factor the folder does not have. The CLI prints the message and
 * exits with status 2, without a stack trace.
 *
 * @example
 * throw new ResultsInputError(resultsMessages.notFound('results/x'));
 */
export class ResultsInputError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'ResultsInputError';
  }
}
