import { morrisDesign } from '../src/methods/morris/morrisDesign.js';
import { createRng } from '../src/random/rng.js';
for (const [k, m] of [[3, 2000], [14, 300], [14, 600]] as const) {
  const factors = Array.from({ length: k }, (_, i) => ({ kind: 'range' as const, name: 'x' + i, low: 0, high: 1 }));
  const t = Date.now();
  morrisDesign(factors, 10, createRng(1), { candidates: m });
  const ms = Date.now() - t;
  const work = (m * m) / 2 * (k + 1) * (k + 1) * k;
  console.log(k, m, ms, 'ms', (work / ms / 1e6).toFixed(0), 'Msteps/ms');
}
