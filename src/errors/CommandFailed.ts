/**
 * A command that ran as asked but whose work failed, for a reason that is neither a bug in
 * collabsim nor a mistake in how it was called: every run of a sweep threw, say. The CLI
 * (`src/cli/main.ts`) prints its message and exits 1, without a stack trace, so a script or
 * a SLURM job sees the failure while a person reads one plain line. Not a `UserError`: the
 * command and its inputs were valid, and exit 2 would wrongly send the user to `--help`.
 *
 * @example
 * throw new CommandFailed('all 40 runs failed; their errors are in the error column of results/demo/runs.csv');
 */
export class CommandFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandFailed';
  }
}
