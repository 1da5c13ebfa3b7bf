import type { CaseType, Domain, Power } from '../scenario/types.js';

/** Domains in a fixed order; a domain's index is its bit in experience masks. */
export const DOMAINS: readonly Domain[] = [
  'security',
  'justice',
  'municipal',
  'care',
  'youth',
  'education',
  'social',
  'housing',
  'coordination',
];

/** Powers in a fixed order; a power's index is its bit in power masks and its slot column. */
export const POWERS: readonly Power[] = [
  'enforce',
  'prosecute',
  'administrative',
  'care',
  'youthcare',
  'education',
  'support',
  'housing',
  'probation',
];

/** Case types in a fixed order (index 0, 1, 2). */
export const CASE_TYPES: readonly CaseType[] = ['crime', 'radicalisation', 'both'];

/** The "care" group of the brief's outputs: partners thinking in terms of protection. */
export const CARE_GROUP: readonly Domain[] = ['care', 'youth', 'education'];

/** The "security" group: partners thinking in terms of enforcement. */
export const SECURITY_GROUP: readonly Domain[] = ['security', 'justice'];

/** Index of a domain in `DOMAINS`. */
export const domainIndex = (d: Domain): number => DOMAINS.indexOf(d);

/** Index of a power in `POWERS`. */
export const powerIndex = (p: Power): number => POWERS.indexOf(p);
