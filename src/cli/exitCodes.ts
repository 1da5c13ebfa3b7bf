/**
 * The CLI's exit statuses: 0 when the command did what was asked, 1 for an unexpected failure
 * (a bug, a full disk), 2 for a usage or input error that the user can fix (a bad option, an
 * invalid scenario file, an output folder that would be overwritten).
 */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;
