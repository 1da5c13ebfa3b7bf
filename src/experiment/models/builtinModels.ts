import type { SweepModel } from './types.js';
import { ishigami } from './ishigami.js';
import { sobolG } from './sobolG.js';
import { linear } from './linear.js';
import { normalMean } from './normalMean.js';

/** The built-in test models by name: `ishigami`, `sobol-g`, `linear`, `normal-mean`. */
export const builtinModels: Readonly<Record<string, SweepModel>> = Object.freeze({
  [ishigami.name]: ishigami,
  [sobolG.name]: sobolG,
  [linear.name]: linear,
  [normalMean.name]: normalMean,
});

/**
 * Looks up a built-in model by name.
 *
 * @example
 * getBuiltinModel('ishigami').outputs; // ['y']
 * getBuiltinModel('nope'); // throws "unknown model nope, expected one of ishigami, sobol-g, linear, normal-mean"
 */
export function getBuiltinModel(name: string): SweepModel {
  const model = Object.prototype.hasOwnProperty.call(builtinModels, name)
    ? builtinModels[name]
    : undefined;
  if (!model) {
    throw new Error(
      `unknown model ${name}, expected one of ${Object.keys(builtinModels).join(', ')}`,
    );
  }
  return model;
}
