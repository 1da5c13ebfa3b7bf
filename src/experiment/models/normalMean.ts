import { standardNormal } from '../../random/poisson.js';
import type { Factor } from '../designs/types.js';
import { numberConstant, numericParam } from './numericParam.js';
import type { SweepModel } from './types.js';

/** The factor `mu`: the mean of the normal draws, default range [−10, 10]. */
const MU: Factor = { kind: 'range', name: 'mu', low: -10, high: 10 };
/** The factor `sigma` when the constant `sigma` is not given: default range [0.1, 10]. */
const SIGMA: Factor = { kind: 'range', name: 'sigma', low: 0.1, high: 10 };

/**
 * The `normal-mean` test model of calibration (issue 17): `n` draws x₁ … xₙ from a normal
 * with mean `mu` and standard deviation `sigma`, from the run's seeded generator, and two
 * outputs: `y`, their mean, and `s`, their sample standard deviation (divisor n − 1; 0 when
 * n = 1). Then y ~ N(mu, sigma² / n) exactly and (n − 1) s² / sigma² ~ χ²(n − 1),
 * independent of y, so with a normal or uniform prior the posterior of mu (and of mu and
 * sigma together, given y and s) is known in closed form or by quadrature; the calibration
 * tests compare ABC-SMC with it.
 *
 * Constants: `n` (whole, ≥ 1; default 1) and `sigma` (> 0). With the constant `sigma` the
 * only factor is `mu`; without it `sigma` is a factor too (range [0.1, 10]), so mu and sigma
 * can be calibrated together. Cost O(n).
 *
 * @example
 * normalMean.run({ mu: 2 }, createRng(1), { sigma: 1, n: 4 }); // { y: 2.3…, s: 0.8… }
 */
export const normalMean: SweepModel = {
  name: 'normal-mean',
  factors: [MU, SIGMA],
  factorsFor: (constants) => (constants?.sigma === undefined ? [MU, SIGMA] : [MU]),
  outputs: ['y', 's'],
  run(params, rng, constants) {
    const mu = numericParam('normal-mean', params, 'mu');
    const sigma = constants?.sigma === undefined ? numericParam('normal-mean', params, 'sigma') : numberConstant('normal-mean', constants, 'sigma', 1);
    const n = numberConstant('normal-mean', constants, 'n', 1);
    if (!(sigma > 0)) throw new Error(`normal-mean model requires sigma > 0, got ${sigma}`);
    if (!(Number.isInteger(n) && n >= 1)) throw new Error(`normal-mean model constant n must be a whole number ≥ 1, got ${n}`);
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const x = mu + sigma * standardNormal(rng);
      sum += x;
      squares += x * x;
    }
    const y = sum / n;
    const s = n > 1 ? Math.sqrt(Math.max(0, (squares - n * y * y) / (n - 1))) : 0;
    return { y, s };
  },
};
