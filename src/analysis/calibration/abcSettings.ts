import { ABC_DEFAULTS, type AbcSetup } from './AbcSetup.js';

/** An `AbcSetup` with its defaults filled in and checked. */
export type AbcSettings = Required<AbcSetup>;

/**
 * Fills in an ABC-SMC setup's defaults (`ABC_DEFAULTS`) and checks it: at least one
 * parameter with distinct names, at least one target with a finite observed value and a
 * positive scale and weight, a whole population of at least 2, a whole seed, at least one
 * generation, a quantile strictly between 0 and 1, a minimum tolerance ≥ 0 and a minimum
 * acceptance rate in [0, 1]. Errors name the setting, what was expected and what was found.
 *
 * @example
 * abcSettings({ parameters, targets, population: 500, seed: 1 }).quantile; // 0.5
 */
export function abcSettings(setup: AbcSetup): AbcSettings {
  const s: AbcSettings = { ...ABC_DEFAULTS, ...definedOnly(setup) } as AbcSettings;
  if (s.parameters.length === 0) throw new Error('ABC-SMC requires at least one parameter');
  const names = new Set<string>();
  for (const p of s.parameters) {
    if (names.has(p.name)) throw new Error(`ABC-SMC requires distinct parameter names, got ${p.name} twice`);
    names.add(p.name);
  }
  if (s.targets.length === 0) throw new Error('ABC-SMC requires at least one target');
  s.targets.forEach((t, k) => {
    if (!Number.isFinite(t.observed)) throw new Error(`targets[${k}].observed must be a finite number, got ${t.observed}`);
    if (!(t.scale > 0 && Number.isFinite(t.scale))) throw new Error(`targets[${k}].scale must be positive, got ${t.scale}`);
    if (t.weight !== undefined && !(t.weight > 0 && Number.isFinite(t.weight))) {
      throw new Error(`targets[${k}].weight must be positive, got ${t.weight}`);
    }
  });
  if (!(Number.isInteger(s.population) && s.population >= 2)) throw new Error(`population must be a whole number ≥ 2, got ${s.population}`);
  if (!Number.isInteger(s.seed)) throw new Error(`seed must be a whole number, got ${s.seed}`);
  if (!(Number.isInteger(s.generations) && s.generations >= 1)) throw new Error(`generations must be a whole number ≥ 1, got ${s.generations}`);
  if (!(s.quantile > 0 && s.quantile < 1)) throw new Error(`quantile must be between 0 and 1, got ${s.quantile}`);
  if (!(s.minTolerance >= 0)) throw new Error(`minTolerance must be ≥ 0, got ${s.minTolerance}`);
  if (!(s.minAcceptanceRate >= 0 && s.minAcceptanceRate <= 1)) {
    throw new Error(`minAcceptanceRate must be from 0 to 1, got ${s.minAcceptanceRate}`);
  }
  return s;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
