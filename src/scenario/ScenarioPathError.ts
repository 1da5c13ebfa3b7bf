import { UserError } from '../errors/UserError.js';

/** A factor or event path that does not name a settable scenario field. */
export class ScenarioPathError extends UserError {
  constructor(
    override readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`, { path });
    this.name = 'ScenarioPathError';
  }
}
