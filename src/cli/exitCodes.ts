/**
 * The CLI's exit statuses: 0 when the command did what was asked, 1 for an unexpected failure
 * (a bug, a full disk), 2 for a usage or input error that the user can fix (a bad option, an
 * invalid scenario file, an output folder that would be overwritten); 130 and 143 (128 plus
 * the signal's number) for a command stopped by SIGINT or SIGTERM after saving its work
 * (see `Interrupted`).
 */
export const EXIT = { ok: 0, failure: 1, usage: 2, sigint: 130, sigterm: 143 } as const;
