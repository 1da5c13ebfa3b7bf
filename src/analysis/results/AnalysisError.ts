import { UserError } from '../../errors/UserError.js';

/**
 * A question the results cannot answer as asked: a metric they do not hold, a method that
 * does not match their design, runs that cannot be paired. The message says what to do
 * instead; the CLI prints it and exits 2, without a stack trace.
 *
 * @example
 * throw new AnalysisError('method sobol needs a sobol design; results/demo holds a grid design');
 */
export class AnalysisError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'AnalysisError';
  }
}
