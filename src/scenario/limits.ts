/**
 * Limits that keep a hostile or broken scenario file from exhausting memory or the stack.
 * Real scenarios are a few kilobytes, nested four or five levels, with no aliases.
 */
export const SCENARIO_LIMITS = {
  /** Largest file read, in bytes (1 MiB). */
  maxBytes: 1024 * 1024,
  /** Deepest nesting of lists and mappings. */
  maxDepth: 32,
  /** Most nodes YAML aliases may expand to (the yaml library's `maxAliasCount`). */
  maxAliasCount: 100,
} as const;

/** Keys that could reach an object's prototype; never allowed in a file. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
