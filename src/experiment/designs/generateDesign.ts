import { createRng } from '../../random/rng.js';
import { deriveSeed } from '../../random/deriveSeed.js';
import type { Design, DesignSpec, Factor } from './types.js';
import { gridDesign } from './gridDesign.js';
import { oatDesign } from './oatDesign.js';
import { lhsDesign } from './lhsDesign.js';
import { saltelliDesign } from './saltelliDesign.js';
import { morrisDesign } from './morrisDesign.js';
import { listDesign } from './listDesign.js';

/**
 * Generates the design a spec asks for. Random designs (lhs, sobol with scrambling, morris)
 * draw from `createRng(deriveSeed(seed, 0))`, so the same spec, factors and seed always
 * give the same points. The factors are validated first; errors name the method and factor.
 *
 * @example
 * generateDesign({ method: 'lhs', samples: 20 }, factors, 42).points.length; // 20
 * generateDesign({ method: 'sobol', samples: 1000 }, factors, 1);
 * // throws "sobol design requires samples to be a power of two, got 1000"
 */
export function generateDesign(spec: DesignSpec, factors: Factor[], seed: number): Design {
  const rng = () => createRng(deriveSeed(seed, 0));
  switch (spec.method) {
    case 'grid':
      return gridDesign(factors, spec.levels ?? 3);
    case 'oat':
      return oatDesign(factors, spec.baseline);
    case 'lhs':
      return lhsDesign(factors, spec.samples, rng());
    case 'sobol':
      return saltelliDesign(factors, spec.samples, {
        secondOrder: spec.secondOrder ?? false,
        rng: spec.scramble === false ? undefined : rng(),
      });
    case 'morris':
      return morrisDesign(factors, spec.trajectories, rng(), {
        levels: spec.levels,
        candidates: spec.candidates,
      });
    case 'list':
      return listDesign(factors, spec.points);
    default:
      throw new Error(
        `design method must be one of grid, oat, lhs, sobol, morris, list, got ${String((spec as { method: unknown }).method)}`,
      );
  }
}
