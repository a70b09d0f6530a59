// The infinite-width NTK of a ReLU (or linear) net in the NTK parametrisation of ntk.ts, plain or
// residual, by the layer recursion of Jacot et al. with the arc-cosine expectations in closed form.
import type { NtkNetSpec } from '../build/ntk.js';

type Gram = number[][];

// E[phi(u) phi(v)] and E[phi'(u) phi'(v)] for (u, v) Gaussian with variances a, b and covariance c.
function expectations(activation: NtkNetSpec['activation'], a: number, b: number, c: number): [number, number] {
  if (activation === 'linear') return [c, 1];
  if (activation !== 'relu') throw new Error(`closed-form NTK only for relu and linear, not ${activation}`);
  const norm = Math.sqrt(a * b);
  if (norm === 0) return [0, 0.5];
  const cos = Math.max(-1, Math.min(1, c / norm));
  const theta = Math.acos(cos);
  return [(norm / (2 * Math.PI)) * (Math.sin(theta) + (Math.PI - theta) * cos), (Math.PI - theta) / (2 * Math.PI)];
}

const map2 = (m: Gram, f: (v: number, i: number, j: number) => number): Gram => m.map((row, i) => row.map((v, j) => f(v, i, j)));

/** The limiting NTK Theta(x_i, x_j) (scalar output) for the points `xs`, as a Gram matrix. */
export function limitNtk(spec: Pick<NtkNetSpec, 'sizes' | 'activation' | 'weightVariance' | 'biasVariance' | 'residual'>, xs: readonly (readonly number[])[]): Gram {
  const d = spec.sizes[0]!;
  const sw2 = spec.weightVariance;
  const sb2 = spec.biasVariance ?? 0;
  const layers = spec.sizes.length - 1;
  let sigma: Gram = xs.map((x) => xs.map((x2) => (sw2 * x.reduce((s, v, k) => s + v * x2[k]!, 0)) / d + sb2));
  let theta: Gram = sigma.map((row) => [...row]);
  for (let l = 1; l < layers; l++) {
    const e = sigma.map((row, i) => row.map((c, j) => expectations(spec.activation, sigma[i]![i]!, sigma[j]![j]!, c)));
    const residual = spec.residual !== undefined && l < layers - 1;
    if (residual) {
      const a2 = spec.residual! ** 2;
      theta = map2(theta, (t, i, j) => t + a2 * (sw2 * e[i]![j]![0] + sb2 + sw2 * e[i]![j]![1] * t));
      sigma = map2(sigma, (s, i, j) => s + a2 * (sw2 * e[i]![j]![0] + sb2));
    } else {
      const next = map2(sigma, (_, i, j) => sw2 * e[i]![j]![0] + sb2);
      theta = map2(theta, (t, i, j) => next[i]![j]! + sw2 * e[i]![j]![1] * t);
      sigma = next;
    }
  }
  return theta;
}

/** Effective rank exp(entropy) of the normalised non-negative eigenvalues. */
export function effectiveRank(values: readonly number[]): number {
  const pos = values.map((v) => Math.max(v, 0));
  const total = pos.reduce((s, v) => s + v, 0);
  const h = pos.reduce((s, v) => (v > 0 ? s - (v / total) * Math.log(v / total) : s), 0);
  return Math.exp(h);
}
