// One-dimensional ReLU nets as plain data (PlainNet): float64 evaluation, exact interpolants of
// piecewise-linear functions, and threshold crossings of a net's output.
import type { PlainNet, RegionCount } from './linear-regions.js';

/** The output (first unit) of a PlainNet with input dimension 1 at x, in float64. */
export function evalPlainNet(net: PlainNet, x: number): number {
  return evalPlainNetAt(net, [x]);
}

/** The output (first unit) of a PlainNet whose input has any dimension, at the point x. */
export function evalPlainNetAt(net: PlainNet, x: readonly number[]): number {
  let h: number[] = x.slice();
  const L = net.weights.length;
  for (let l = 0; l < L; l++) {
    const w = net.weights[l]!;
    const b = net.biases[l]!;
    const out = b.length;
    const z = new Array<number>(out);
    for (let j = 0; j < out; j++) z[j] = b[j]!;
    for (let i = 0; i < h.length; i++) {
      const v = h[i]!;
      if (v === 0) continue;
      const row = w[i]!;
      for (let j = 0; j < out; j++) z[j]! += v * row[j]!;
    }
    if (l < L - 1) for (let j = 0; j < out; j++) if (z[j]! < 0) z[j] = 0;
    h = z;
  }
  return h[0]!;
}

/**
 * A one-hidden-layer ReLU net equal to the piecewise-linear interpolant of the points
 * (xs[i], ys[i]) on [xs[0], xs[k]] (xs strictly increasing): g(x) = ys[0] + sum_j c_j relu(x - xs[j]),
 * one hidden unit per piece (k units for k + 1 points).
 */
export function interpolantNet(xs: readonly number[], ys: readonly number[]): PlainNet {
  const k = xs.length - 1;
  if (k < 1 || ys.length !== xs.length) throw new Error('interpolantNet needs at least two points and one y per x');
  const slopes = Array.from({ length: k }, (_, j) => (ys[j + 1]! - ys[j]!) / (xs[j + 1]! - xs[j]!));
  const c = slopes.map((s, j) => (j === 0 ? s : s - slopes[j - 1]!));
  return {
    weights: [[Array<number>(k).fill(1)], c.map((v) => [v])],
    biases: [xs.slice(0, k).map((t) => -t), [ys[0]!]],
  };
}

/** Number of points where the output crosses `level` (changes side strictly), counted exactly over the regions. */
export function thresholdCrossings(count: RegionCount, level: number): number {
  const sides: number[] = [];
  for (const p of count.pieces) {
    const a = p.slope[0]!;
    const b = p.intercept[0]! - level;
    // Side just inside each end of the piece (ends may be infinite).
    const at = (x: number) => (Number.isFinite(x) ? a * x + b : a === 0 ? b : Math.sign(a) * Math.sign(x) * Infinity);
    for (const v of [at(p.lo), at(p.hi)]) {
      const s = Math.sign(v);
      if (s !== 0 && sides[sides.length - 1] !== s) sides.push(s);
    }
  }
  return Math.max(0, sides.length - 1);
}

/** max |f(x) - g(x)| over n + 1 evenly spaced points of [a, b]. */
export function supDistance(f: (x: number) => number, g: (x: number) => number, a: number, b: number, n: number): number {
  let worst = 0;
  for (let i = 0; i <= n; i++) {
    const x = a + ((b - a) * i) / n;
    worst = Math.max(worst, Math.abs(f(x) - g(x)));
  }
  return worst;
}
