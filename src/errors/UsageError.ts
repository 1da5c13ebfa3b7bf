import { UserError, type UserErrorDetail } from './UserError.js';

/**
 * A mistake in how a command was called: an unknown option, a bad option value, an output
 * folder that would be overwritten. The CLI prints the message with a usage hint and exits
 * with status 2, without a stack trace.
 *
 * @example
 * throw new UsageError(cliMessages.fileExists('report.html'), { file: 'report.html' });
 */
export class UsageError extends UserError {
  constructor(message: string, detail: UserErrorDetail = {}) {
    super(message, detail);
    this.name = 'UsageError';
  }
}
