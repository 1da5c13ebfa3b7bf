/**
 * A mistake in how a command was called: an unknown option, a bad option value, an output
 * folder that would be overwritten. The CLI prints the message with a usage hint and exits
 * with status 2, without a stack trace.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
