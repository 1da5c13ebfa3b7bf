/**
 * Where a chart comes from. `title` replaces the builder's default title; `seed`,
 * `version` (collabsim's version) and `source` (e.g. the results folder) go into the
 * spec's `description`, so an exported chart can be traced back to the run that made it.
 */
export interface ChartMetadata {
  title?: string;
  seed?: number;
  version?: string;
  source?: string;
}

/**
 * Builds a spec's `description`: what the chart shows, then the provenance fields that
 * are present, in a fixed order (seed, version, source) so the output is deterministic.
 *
 * @example
 * chartDescription('success rate per week', { seed: 42, version: '0.1.0' });
 * // 'success rate per week (seed 42, collabsim 0.1.0)'
 */
export function chartDescription(what: string, metadata: ChartMetadata = {}): string {
  const parts: string[] = [];
  if (metadata.seed !== undefined) parts.push(`seed ${metadata.seed}`);
  if (metadata.version !== undefined) parts.push(`collabsim ${metadata.version}`);
  if (metadata.source !== undefined) parts.push(`source ${metadata.source}`);
  return parts.length === 0 ? what : `${what} (${parts.join(', ')})`;
}
