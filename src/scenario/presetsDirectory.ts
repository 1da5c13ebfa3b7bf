/**
 * The folder of preset scenarios (`scenarios/` at the package root), resolved from this
 * module's location so that it is found from `src/` (tsx) and from `dist/` alike.
 */
export const PRESETS_DIRECTORY = new URL('../../scenarios/', import.meta.url);

/** A preset's name: lowercase letters, digits and dashes, as in `safety-house`. */
export const PRESET_NAME = /^[a-z0-9][a-z0-9-]*$/;
