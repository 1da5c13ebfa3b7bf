/**
 * Limits that keep a hostile or broken scenario file from exhausting memory, time or the stack.
 * Real scenarios are a few kilobytes, nested four or five levels, with no aliases, and far
 * below the network sizes here (docs/scenarios.md, "Limits").
 */
export const SCENARIO_LIMITS = {
  /** Largest file read, in bytes (1 MiB). */
  maxBytes: 1024 * 1024,
  /** Deepest nesting of lists and mappings. */
  maxDepth: 32,
  /** Most nodes YAML aliases may expand to (the yaml library's `maxAliasCount`). */
  maxAliasCount: 100,
  /**
   * Most organisations in one network. The largest preset, `national`, has 43; a regional
   * network has 5 to 20. The model keeps organisation × organisation matrices (trust, tie
   * summaries), so memory grows with the square of this count.
   */
  maxOrganisations: 200,
  /**
   * Most staff (posts) of all organisations together, counting for each organisation the
   * largest `staff` it is given, at the start or by an event. `national` has 313. Every
   * professional is simulated each week, so time grows with this count times the weeks
   * (at most `weeks` 5200 plus `warmUpWeeks` 1040, both bounded by the schema).
   */
  maxTotalStaff: 10_000,
} as const;

/** Keys that could reach an object's prototype; never allowed in a file. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
