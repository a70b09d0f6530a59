// One-hidden-layer approximants of continuous functions on an interval, built explicitly: the ReLU
// interpolant on uniform knots and the staircase of steep shifted copies of any squashing function
// (the construction behind the universal approximation theorem), plus seeded random targets.
import { interpolantNet, evalPlainNet } from './pwl-nets.js';
import type { PlainNet } from './linear-regions.js';
import { uniformStream } from '../base/rng.js';

export type Fn = (x: number) => number;

/** The width-m one-hidden-layer ReLU net interpolating f at m + 1 uniform knots of [a, b]. */
export function reluInterpolant(f: Fn, m: number, a = 0, b = 1): PlainNet {
  const xs = Array.from({ length: m + 1 }, (_, i) => a + ((b - a) * i) / m);
  return interpolantNet(xs, xs.map(f));
}

/**
 * The width-m one-hidden-layer net g(x) = f(t_0) + sum_j (f(t_j) - f(t_{j-1})) squash(k (x - c_j)),
 * t_j = a + j (b - a) / m, c_j the midpoint of [t_{j-1}, t_j]: a staircase through f's values whose
 * steps are shifted, steepened copies of `squash` (any function with limits 0 at -inf and 1 at +inf).
 */
export function squashingStaircase(f: Fn, m: number, squash: Fn, steepness: number, a = 0, b = 1): Fn {
  const t = Array.from({ length: m + 1 }, (_, i) => a + ((b - a) * i) / m);
  const jumps = t.slice(1).map((x, j) => f(x) - f(t[j]!));
  const centres = t.slice(1).map((x, j) => (x + t[j]!) / 2);
  const base = f(t[0]!);
  return (x) => jumps.reduce((s, d, j) => s + d * squash(steepness * (x - centres[j]!)), base);
}

/** A seeded continuous (generally non-smooth) function on [0, 1] with values of order 1. */
export function randomContinuousTarget(seed: number): Fn {
  const u = uniformStream(seed);
  const kinks = Array.from({ length: 3 }, () => ({ c: u(), a: 2 * u() - 1 }));
  const waves = Array.from({ length: 3 }, (_, i) => ({ w: 2 * Math.PI * (1 + 4 * u()) * (i + 1), p: 2 * Math.PI * u(), a: (2 * u() - 1) / (i + 1) }));
  const cusp = { c: u(), a: 2 * u() - 1 };
  return (x) =>
    kinks.reduce((s, k) => s + k.a * Math.abs(x - k.c), 0) +
    waves.reduce((s, v) => s + v.a * Math.sin(v.w * x + v.p), 0) +
    cusp.a * Math.sqrt(Math.abs(x - cusp.c));
}

/** A seeded smooth (analytic) function on [0, 1]: a few low-frequency sines with decaying amplitudes. */
export function randomSmoothTarget(seed: number): Fn {
  const u = uniformStream(seed);
  const waves = Array.from({ length: 4 }, (_, i) => ({ w: Math.PI * (1 + i + u()), p: 2 * Math.PI * u(), a: (2 * u() - 1) / (i + 1) ** 2 }));
  return (x) => waves.reduce((s, v) => s + v.a * Math.sin(v.w * x + v.p), 0);
}

/** A seeded squashing function: a random mixture of a logistic, a clipped ramp and a unit step, all nondecreasing with limits 0 and 1. */
export function randomSquashing(seed: number): Fn {
  const u = uniformStream(seed);
  const raw = [u(), u(), u()];
  const total = raw.reduce((s, v) => s + v, 0);
  const [wl, wr, ws] = raw.map((v) => v / total) as [number, number, number];
  const [sl, sr, sh] = [0.2 + 3 * u(), 0.2 + 3 * u(), 2 * u() - 1];
  return (z) => wl / (1 + Math.exp(-z / sl)) + wr * Math.min(1, Math.max(0, z / sr + 0.5)) + ws * (z >= sh ? 1 : 0);
}

/** The output of a one-hidden-layer ReLU PlainNet as a function. */
export const asFunction = (net: PlainNet): Fn => (x) => evalPlainNet(net, x);
