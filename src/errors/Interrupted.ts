/**
 * A command stopped by a signal (Ctrl-C's SIGINT, or the SIGTERM a SLURM time limit or
 * `kill` sends) after saving what it had finished. The CLI (`src/cli/main.ts`) prints its
 * message, which says what was interrupted, what is saved and the command that continues it,
 * and exits with `exitStatus`: 128 plus the signal's number, as a shell reports a process a
 * signal ended (130 for SIGINT, 143 for SIGTERM), so scripts and job schedulers see that the
 * work did not finish. No stack trace: nothing went wrong in collabsim.
 *
 * @example
 * throw new Interrupted('SIGTERM', 'sweep interrupted by SIGTERM: 120 of 400 runs are saved in results/demo; continue with: ...');
 */
export class Interrupted extends Error {
  /** The process exit status: 128 + the signal number (130 for SIGINT, 143 for SIGTERM). */
  readonly exitStatus: number;

  constructor(
    readonly signal: InterruptSignal,
    message: string,
  ) {
    super(message);
    this.name = 'Interrupted';
    this.exitStatus = 128 + SIGNAL_NUMBER[signal];
  }
}

/** The signals a command stops cleanly on. */
export type InterruptSignal = 'SIGINT' | 'SIGTERM';

/** POSIX signal numbers (the same on Linux and macOS). */
const SIGNAL_NUMBER: Record<InterruptSignal, number> = { SIGINT: 2, SIGTERM: 15 };
