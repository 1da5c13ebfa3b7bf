import type { InterruptSignal } from '../errors/Interrupted.js';

/** What `watchInterrupts` gives a command: an abort signal and which signal fired it. */
export interface InterruptWatch {
  /** Aborted at the first SIGINT or SIGTERM; pass it to the workflow. */
  signal: AbortSignal;
  /** The signal that arrived first, or undefined while none has. */
  received(): InterruptSignal | undefined;
  /** Removes the handlers (call in `finally`). */
  dispose(): void;
}

const SIGNALS: readonly InterruptSignal[] = ['SIGINT', 'SIGTERM'];

/**
 * Turns SIGINT (Ctrl-C) and SIGTERM (a SLURM time limit, `kill`) into an abort signal, so a
 * long command stops between runs, keeps what it finished, releases its folder's lock and
 * says how to continue, instead of dying where it stands. A second signal while the command
 * is still stopping ends the process at once (exit status 128 + the signal's number), for a
 * user who does not want to wait; what was written so far is still kept for `--resume`.
 *
 * @example
 * const interrupts = watchInterrupts();
 * try { await runSweep(experiment, { out, signal: interrupts.signal }); } finally { interrupts.dispose(); }
 */
export function watchInterrupts(): InterruptWatch {
  const controller = new AbortController();
  let first: InterruptSignal | undefined;
  const handlers = SIGNALS.map((name) => {
    const handler = () => {
      if (first !== undefined) process.exit(name === 'SIGINT' ? 130 : 143);
      first = name;
      controller.abort();
    };
    process.on(name, handler);
    return [name, handler] as const;
  });
  return {
    signal: controller.signal,
    received: () => first,
    dispose() {
      for (const [name, handler] of handlers) process.off(name, handler);
    },
  };
}
