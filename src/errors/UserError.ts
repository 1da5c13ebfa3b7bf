/**
 * What a user error can say about where it is and what went wrong: the file, the path inside
 * it (`organisations[3].staff`), what was expected and what was found. Every part is
 * optional; the message already says all of it in the project's grammar.
 */
export interface UserErrorDetail {
  file?: string;
  path?: string;
  expected?: string;
  found?: string;
}

/**
 * The one base of every mistake a user can fix: a scenario or experiment that does not
 * validate, a results folder that is not finished, an analysis the design cannot give, a
 * command called wrongly. The CLI (`src/cli/main.ts`) prints the message of any `UserError`
 * and exits 2, without a stack trace; anything else is a bug and exits 1. Subclasses only
 * name the area (`ScenarioInputError`, `ResultsFolderError`, ...), so a caller can catch one
 * area or all of them.
 *
 * @example
 * throw new UserError('results folder results/x not found', { path: 'results/x', expected: 'a folder', found: 'nothing' });
 */
export class UserError extends Error {
  declare readonly file?: string;
  declare readonly path?: string;
  declare readonly expected?: string;
  declare readonly found?: string;

  constructor(message: string, detail: UserErrorDetail = {}) {
    super(message);
    this.name = 'UserError';
    if (detail.file !== undefined) this.file = detail.file;
    if (detail.path !== undefined) this.path = detail.path;
    if (detail.expected !== undefined) this.expected = detail.expected;
    if (detail.found !== undefined) this.found = detail.found;
  }
}
