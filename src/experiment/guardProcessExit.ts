import { runFailureMessages } from '../errors/messages.js';

/**
 * Runs `body` with `process.exit` turned into a thrown error, so that a model calling it fails
 * its run (recorded with `runFailureMessages.modelExited`) instead of ending the program, in
 * this thread (`--workers 0`, or a model object through the API) or a worker alike; the runs
 * then have the same results whatever the number of workers. `process.exit` is put back when
 * `body` returns or throws. Runs are synchronous, so nothing else sees the swap.
 *
 * It covers `process.exit` only: a model that ends its thread some other way still stops a
 * worker (then the pool replaces it and fails that run) or, in this thread, the program.
 *
 * @example
 * guardProcessExit(() => process.exit(3)); // throws 'the model called process.exit(3); the run was stopped there'
 */
export function guardProcessExit<T>(body: () => T): T {
  const exit = process.exit;
  process.exit = ((code?: number | string | null) => {
    throw new Error(runFailureMessages.modelExited(code ?? undefined));
  }) as typeof process.exit;
  try {
    return body();
  } finally {
    process.exit = exit;
  }
}
