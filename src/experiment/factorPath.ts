import { NETWORK_DEFAULTS, PARAMETER_DEFAULTS, PHENOMENA_DEFAULTS, PRECONDITION_NAMES } from '../scenario/defaults.js';

const SECTIONS: Record<string, readonly string[]> = {
  network: [...Object.keys(NETWORK_DEFAULTS), 'lead'],
  phenomena: Object.keys(PHENOMENA_DEFAULTS),
  parameters: Object.keys(PARAMETER_DEFAULTS),
};

/**
 * The scenario path a factor name sets. Precondition names and full paths stand for
 * themselves; a bare field name that belongs to exactly one of `network`, `phenomena` and
 * `parameters` is short for its full path, so `form: { values: [nao, shared] }` sets
 * `network.form` while its column in the results stays `form`.
 *
 * @example
 * factorPath('form'); // "network.form"
 * factorPath('caseRate'); // "phenomena.caseRate"
 * factorPath('staffStability'); // "staffStability"
 */
export function factorPath(name: string): string {
  if ((PRECONDITION_NAMES as readonly string[]).includes(name) || /[.[]/.test(name)) return name;
  const owners = Object.entries(SECTIONS).filter(([, keys]) => keys.includes(name));
  return owners.length === 1 ? `${owners[0][0]}.${name}` : name;
}

/**
 * Every short factor name `factorPath` understands, for suggestions.
 *
 * @example
 * factorNames().includes('form'); // true
 */
export function factorNames(): string[] {
  return [...PRECONDITION_NAMES, ...Object.values(SECTIONS).flat()];
}
