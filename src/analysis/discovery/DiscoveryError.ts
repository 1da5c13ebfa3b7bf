import { UserError } from '../../errors/UserError.js';

/**
 * Input that scenario discovery cannot work with: columns of different lengths, a value that
 * is not a number in a numeric factor, an outcome that is not 0/1, no case of interest or
 * nothing but cases of interest. The message names what was expected and what was found;
 * it is a `UserError`, so the CLI prints it and exits 2, without a stack trace.
 *
 * @example
 * throw new DiscoveryError('y must hold 0 and 1 (or false and true); found 2 at row 7');
 */
export class DiscoveryError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'DiscoveryError';
  }
}
