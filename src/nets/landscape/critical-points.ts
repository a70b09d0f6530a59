// Critical points (zero gradient) of small smooth functions in float64: a Levenberg-Marquardt search
// on |grad f|^2 that converges to saddles as readily as to minima (as Dauphin et al. 2014 needed),
// saddle-free Newton for minima,
// a random Gaussian function (random Fourier features of a squared-exponential kernel), and the
// mean squared loss of a one-hidden-layer tanh net in hessian.ts's flat parameter layout.
import { symEig } from '../train/ntk-train.js';
import { normalStream, uniformStream } from '../base/rng.js';
import { norm } from '../base/vectors.js';

export interface Smooth {
  dim: number;
  value(x: readonly number[]): number;
  grad(x: readonly number[]): number[];
  hess(x: readonly number[]): number[][];
}

/** The Hessian's eigenpairs at x, its largest |eigenvalue| (floored above 0) and the gradient g's coordinates in its eigenbasis. */
function eigenFrame(f: Smooth, x: readonly number[], g: readonly number[]) {
  const { values, vectors } = symEig(f.hess(x));
  const along = values.map((_, i) => vectors.reduce((s, row, k) => s + row[i]! * g[k]!, 0));
  return { values, vectors, scale: Math.max(...values.map(Math.abs), 1e-300), along };
}

/** Levenberg-Marquardt on |grad f|^2 from x0; the point reached if |grad f| < tol, else null. */
export function findCritical(f: Smooth, x0: readonly number[], o: { iters: number; tol: number }): number[] | null {
  let x = x0.slice();
  let g = f.grad(x);
  let mu = 1e-3;
  for (let it = 0; it < o.iters && norm(g) >= o.tol; it++) {
    const { values, vectors, scale, along } = eigenFrame(f, x, g);
    const coef = values.map((l, i) => (l / (l * l + mu * scale * scale)) * along[i]!);
    const step = x.map((_, k) => -coef.reduce((s, c, i) => s + c * vectors[k]![i]!, 0));
    const xn = x.map((v, k) => v + step[k]!);
    const gn = f.grad(xn);
    if (norm(gn) < norm(g)) { x = xn; g = gn; mu = Math.max(mu / 3, 1e-12); } else mu *= 4;
  }
  return norm(g) < o.tol ? x : null;
}

/** Saddle-free Newton (steps -|H|^-1 g, damped, accepted only if f falls) from x0: a minimum if |grad f| < tol, else null. */
export function findMinimum(f: Smooth, x0: readonly number[], o: { iters: number; tol: number }): number[] | null {
  let x = x0.slice();
  let g = f.grad(x);
  let fx = f.value(x);
  let mu = 1e-3;
  for (let it = 0; it < o.iters && norm(g) >= o.tol; it++) {
    const { values, vectors, scale, along } = eigenFrame(f, x, g);
    const coef = values.map((l, i) => along[i]! / (Math.abs(l) + mu * scale));
    const xn = x.map((v, k) => v - coef.reduce((s, c, i) => s + c * vectors[k]![i]!, 0));
    const fn = f.value(xn);
    if (fn < fx) { x = xn; fx = fn; g = f.grad(x); mu = Math.max(mu / 3, 1e-12); } else mu *= 4;
  }
  return norm(g) < o.tol ? x : null;
}

/** Share of eigenvalues below -rel * max |eigenvalue| (the index over the dimension). */
export function negativeShare(h: readonly (readonly number[])[], rel = 1e-4): number {
  const v = symEig(h).values;
  const m = Math.max(...v.map(Math.abs));
  return v.filter((l) => l < -rel * m).length / v.length;
}

/** A draw of a zero-mean Gaussian function on R^d with kernel exp(-|x - x'|^2 / 2) (K random Fourier features). */
export function gaussianFunction(d: number, K: number, seed: number): Smooth {
  const g = normalStream(seed);
  const u = uniformStream(seed ^ 0x5bd1e995);
  const w = Array.from({ length: K }, () => Array.from({ length: d }, () => g()));
  const a = Array.from({ length: K }, () => g() * Math.sqrt(2 / K));
  const c = Array.from({ length: K }, () => 2 * Math.PI * u());
  const phase = (x: readonly number[], k: number) => w[k]!.reduce((s, wi, i) => s + wi * x[i]!, c[k]!);
  return {
    dim: d,
    value: (x) => a.reduce((s, ak, k) => s + ak * Math.cos(phase(x, k)), 0),
    grad: (x) => {
      const out = new Array<number>(d).fill(0);
      a.forEach((ak, k) => { const s = -ak * Math.sin(phase(x, k)); for (let i = 0; i < d; i++) out[i] = out[i]! + s * w[k]![i]!; });
      return out;
    },
    hess: (x) => {
      const out = Array.from({ length: d }, () => new Array<number>(d).fill(0));
      a.forEach((ak, k) => {
        const s = -ak * Math.cos(phase(x, k));
        for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) out[i]![j] = out[i]![j]! + s * w[k]![i]! * w[k]![j]!;
      });
      return out;
    },
  };
}

/**
 * mean_i (f(x_i) - y_i)^2 + l2 |theta|^2 of the net x -> tanh(x W1 + b1) W2 + b2 with one output,
 * parameters flattened as hessian.ts does (W1 row-major fanIn x h, b1, W2, b2); gradient exact,
 * Hessian by central differences of the gradient.
 */
export function tanhNetLoss(xs: readonly (readonly number[])[], ys: readonly number[], h: number, l2 = 0): Smooth {
  const a = xs[0]!.length;
  const n = xs.length;
  const dim = a * h + 2 * h + 1;
  const forward = (t: readonly number[], x: readonly number[]) => {
    const u = Array.from({ length: h }, (_, j) => Math.tanh(x.reduce((s, xi, i) => s + xi * t[i * h + j]!, t[a * h + j]!)));
    return { u, f: u.reduce((s, uj, j) => s + uj * t[a * h + h + j]!, t[dim - 1]!) };
  };
  const grad = (t: readonly number[]) => {
    const g = t.map((v) => 2 * l2 * v);
    xs.forEach((x, p) => {
      const { u, f } = forward(t, x);
      const r = (2 * (f - ys[p]!)) / n;
      g[dim - 1] = g[dim - 1]! + r;
      for (let j = 0; j < h; j++) {
        g[a * h + h + j] = g[a * h + h + j]! + r * u[j]!;
        const dz = r * t[a * h + h + j]! * (1 - u[j]! * u[j]!);
        g[a * h + j] = g[a * h + j]! + dz;
        for (let i = 0; i < a; i++) g[i * h + j] = g[i * h + j]! + dz * x[i]!;
      }
    });
    return g;
  };
  return {
    dim,
    value: (t) => xs.reduce((s, x, p) => s + (forward(t, x).f - ys[p]!) ** 2, 0) / n + l2 * t.reduce((s, v) => s + v * v, 0),
    grad,
    hess: (t) => {
      const eps = 1e-5;
      const rows = t.map((_, i) => {
        const [up, down] = [t.slice(), t.slice()];
        up[i] = up[i]! + eps;
        down[i] = down[i]! - eps;
        const [gu, gd] = [grad(up), grad(down)];
        return gu.map((v, j) => (v - gd[j]!) / (2 * eps));
      });
      return rows.map((r, i) => r.map((v, j) => (v + rows[j]![i]!) / 2));
    },
  };
}

