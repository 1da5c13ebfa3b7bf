import { UserError } from '../errors/UserError.js';

/**
 * A metrics module that cannot be used: missing, failing to load, without a default export,
 * of the wrong shape, or naming a metric like a built-in one or a factor. Raised before any
 * run; the command exits 2 and writes nothing.
 *
 * @example
 * throw new OwnMetricsError('metrics module m.ts not found', { file: 'm.ts' });
 */
export class OwnMetricsError extends UserError {
  constructor(message: string, detail: ConstructorParameters<typeof UserError>[1] = {}) {
    super(message, detail);
    this.name = 'OwnMetricsError';
  }
}
