// Mean-field signal propagation: Gaussian moments of an activation and its derivative (tfjs autodiff
// on standardised normal samples), the variance map's fixed point, chi = sigma_w^2 E[phi'(z)^2], and
// per-layer statistics of pairs of inputs pushed through a wide random net.
import type { Tensor, Tensor1D, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { subSeed } from '../../random/seeds.js';
import { buildMlp, type Mlp } from '../base/mlp.js';
import { activate, SCALAR_ACTIVATIONS, type Activation } from '../base/activations.js';

/** 2 * half standard normal samples, antithetic (u, -u) and rescaled to mean(u^2) = 1 exactly, as float64. */
export function standardNormals(tf: Tf, half: number, seed: number): Float64Array {
  const raw = tf.tidy(() => tf.randomNormal([half], 0, 1, 'float32', seed).dataSync());
  const u = new Float64Array(2 * half);
  raw.forEach((v, i) => { u[i] = v; u[half + i] = -v; });
  const rms = Math.sqrt(u.reduce((s, v) => s + v * v, 0) / u.length);
  return u.map((v) => v / rms);
}

/**
 * A deterministic rule for E[f(u)], u ~ N(0, 1): sum_k weights[k] f(nodes[k]), the trapezoid rule on
 * [-12, 12] with step 1/64. For an integrand analytic in a strip around the real axis (tanh, sigmoid)
 * it converges geometrically, so every moment is exact to rounding; a sample mean's fourth moment errs
 * by about sqrt(96 / n), which an ill-conditioned root (tanh's chi = 1 from above) amplifies.
 */
export interface GaussianRule { nodes: Float64Array; weights: Float64Array }
export function gaussianRule(): GaussianRule {
  const h = 1 / 64;
  const nodes = Float64Array.from({ length: 2 * 768 + 1 }, (_, k) => (k - 768) * h);
  return { nodes, weights: nodes.map((z) => (h * Math.exp(-z * z / 2)) / Math.sqrt(2 * Math.PI)) };
}

/** E[phi(z)^2], E[phi'(z)^2] and E[phi(z)] for z = sqrt(q) u over the samples u (or a rule's weighted nodes); phi' by tfjs autodiff. */
export function gaussianMoments(tf: Tf, phi: Activation, q: number, u: Float64Array | GaussianRule): { phi2: number; dphi2: number; mean: number } {
  const rule = u instanceof Float64Array ? null : u;
  const out = tf.tidy(() => {
    const z = tf.mul(tf.tensor1d(Float32Array.from(rule ? rule.nodes : (u as Float64Array))), Math.sqrt(q)) as Tensor1D;
    const w = rule ? tf.tensor1d(Float32Array.from(rule.weights)) : null;
    const average = (t: Tensor) => (w ? tf.sum(tf.mul(t, w)) : tf.mean(t));
    const f = activate(tf, z, phi);
    const d = tf.grad((t: Tensor) => tf.sum(activate(tf, t, phi)))(z);
    return tf.stack([average(tf.square(f)), average(tf.square(d)), average(f)]);
  });
  try {
    const [phi2, dphi2, mean] = Array.from(out.dataSync());
    return { phi2: phi2!, dphi2: dphi2!, mean: mean! };
  } finally {
    out.dispose();
  }
}

/** E[phi(sqrt(q) u)^2] over the samples u (or a rule's weighted nodes), in float64 (the variance map needs no derivative). */
export function meanSquare(phi: Activation, q: number, u: Float64Array | GaussianRule): number {
  const f = SCALAR_ACTIVATIONS[phi];
  const s = Math.sqrt(q);
  if (!(u instanceof Float64Array)) return u.nodes.reduce((acc, v, k) => acc + u.weights[k]! * f(s * v) ** 2, 0);
  let acc = 0;
  for (const v of u) acc += f(s * v) ** 2;
  return acc / u.length;
}

/** The stable fixed point q* of q -> sigma_w^2 E[phi(sqrt(q) u)^2] + sigma_b^2 (0 when the map contracts to 0). */
export function fixedPointVariance(phi: Activation, weightVariance: number, biasVariance: number, u: Float64Array | GaussianRule): number {
  const g = (q: number) => weightVariance * meanSquare(phi, q, u) + biasVariance - q;
  let [lo, hi] = [1e-9, 1e3];
  if (g(lo) <= 0) return biasVariance === 0 ? 0 : lo;
  for (let i = 0; i < 36; i++) {
    const mid = Math.sqrt(lo * hi);
    if (g(mid) > 0) lo = mid;
    else hi = mid;
  }
  return Math.sqrt(lo * hi);
}

/** chi = sigma_w^2 E[phi'(z)^2] at pre-activation variance q. */
export function chi(tf: Tf, phi: Activation, weightVariance: number, q: number, u: Float64Array | GaussianRule): number {
  return weightVariance * gaussianMoments(tf, phi, q, u).dphi2;
}

export interface PairLayerStats {
  /** Mean of z^2 over units and all rows (the pre-activation variance q_l). */
  q: number[];
  /** Mean over pairs of |z_a - z_b|^2 / width (rows 2i and 2i+1 form a pair). */
  distance2: number[];
  /** Mean over pairs of the cosine between z_a and z_b. */
  cosine: number[];
  /** Fraction of units with |z| > `saturation`. */
  saturated: number[];
}

/**
 * Pushes x (rows paired as (2i, 2i+1)) through every layer of `mlp` (z_l = h_{l-1} W + b, h_l = phi(z_l),
 * h_0 = x; all layers are treated as hidden) and returns per-layer statistics of the pre-activations z_l.
 */
export function pairStats(tf: Tf, mlp: Mlp, x: Tensor2D, phi: Activation, saturation = 2): PairLayerStats {
  const [q, distance2, cosine, saturated] = layerColumns(tf, () => {
    const rows: Tensor[] = [];
    let h: Tensor2D = x;
    const B = x.shape[0];
    const even = tf.range(0, B, 2, 'int32');
    const odd = tf.range(1, B, 2, 'int32');
    mlp.weights.forEach((w, l) => {
      let z = tf.matMul(h, w) as Tensor2D;
      const b = mlp.biases[l];
      if (b) z = tf.add(z, b);
      const za = tf.gather(z, even);
      const zb = tf.gather(z, odd);
      const n = z.shape[1];
      const cos = tf.div(tf.sum(tf.mul(za, zb), 1), tf.sqrt(tf.mul(tf.sum(tf.square(za), 1), tf.sum(tf.square(zb), 1))));
      rows.push(tf.stack([
        tf.mean(tf.square(z)),
        tf.div(tf.mean(tf.sum(tf.square(tf.sub(za, zb)), 1)), n),
        tf.mean(cos),
        tf.mean(tf.cast(tf.greater(tf.abs(z), saturation), 'float32')),
      ]));
      h = activate(tf, z, phi) as Tensor2D;
    });
    return tf.stack(rows);
  });
  return { q: q!, distance2: distance2!, cosine: cosine!, saturated: saturated! };
}

/** Runs `build` (one stacked row of statistics per layer) in a tidy scope and returns its columns. */
function layerColumns(tf: Tf, build: () => Tensor): number[][] {
  const stats = tf.tidy(build);
  try {
    const a = stats.arraySync() as number[][];
    return a[0]!.map((_, j) => a.map((r) => r[j]!));
  } finally {
    stats.dispose();
  }
}

export interface WideNetProbe {
  phi: Activation;
  /** sigma_w^2: Var(W_ij) = sigma_w^2 / width. */
  weightVariance: number;
  /** sigma_b^2 (0: no biases). */
  biasVariance?: number;
  width: number;
  /** Number of layers (all hidden, square). */
  depth: number;
  /** Number of input pairs. */
  pairs: number;
  /** Pair kind: a point and the point moved by a perturbation of relative size `eps`, or two independent points. */
  pair: { kind: 'perturbation'; eps: number } | { kind: 'independent' };
  /** Standard deviation of the N(0, s^2 I) inputs (default 1). */
  inputScale?: number;
  /** |z| above which a unit counts as saturated (default 2). */
  saturation?: number;
  seed: number;
}

/** Builds a square random net and returns pairStats for the probe's input pairs. */
export function probeWideNet(tf: Tf, p: WideNetProbe): PairLayerStats {
  const n = p.width;
  const mlp = buildMlp(tf, { sizes: Array<number>(p.depth + 1).fill(n), activation: 'linear', weightVariance: () => p.weightVariance / n, biasVariance: p.biasVariance ?? 0, seed: subSeed(p.seed, 0) });
  const x = tf.tidy(() => {
    const s = p.inputScale ?? 1;
    const a = tf.randomNormal([p.pairs, n], 0, s, 'float32', subSeed(p.seed, 1));
    const b = p.pair.kind === 'independent'
      ? tf.randomNormal([p.pairs, n], 0, s, 'float32', subSeed(p.seed, 2))
      : tf.add(a, tf.randomNormal([p.pairs, n], 0, s * p.pair.eps, 'float32', subSeed(p.seed, 2)));
    return tf.reshape(tf.stack([a, b], 1), [2 * p.pairs, n]) as Tensor2D;
  });
  try {
    return pairStats(tf, mlp, x, p.phi, p.saturation);
  } finally {
    mlp.dispose();
    x.dispose();
  }
}

/**
 * The infinite-width recursion from input variance q0: q_{l+1} = sigma_w^2 E[phi(z_l)^2] + sigma_b^2 with
 * z_l ~ N(0, q_l), and chi_l = sigma_w^2 E[phi'(z_l)^2] (phi' by tfjs autodiff), for `layers` layers.
 */
export function meanFieldTrajectory(tf: Tf, phi: Activation, weightVariance: number, biasVariance: number, q0: number, layers: number, u: Float64Array): { q: number[]; chi: number[] } {
  const q = [q0];
  const chis: number[] = [];
  for (let l = 0; l < layers; l++) {
    chis.push(chi(tf, phi, weightVariance, q[l]!, u));
    q.push(weightVariance * meanSquare(phi, q[l]!, u) + biasVariance);
  }
  return { q, chi: chis };
}

/**
 * Propagates a tangent (an infinitesimal perturbation) alongside the signal: dz_{l+1} = (phi'(z_l) * dz_l) W,
 * phi' by tfjs autodiff, so no finite-difference rounding limits how far it can shrink. Returns per layer the
 * pre-activation variance q_l and the mean squared tangent norm per unit |dz_l|^2 / width (all layers hidden).
 */
export function tangentStats(tf: Tf, mlp: Mlp, x: Tensor2D, v: Tensor2D, phi: Activation): { q: number[]; tangent2: number[] } {
  const [q, tangent2] = layerColumns(tf, () => {
    const rows: Tensor[] = [];
    let h: Tensor = x;
    let dh: Tensor = v;
    mlp.weights.forEach((w, l) => {
      let z = tf.matMul(h as Tensor2D, w) as Tensor2D;
      const b = mlp.biases[l];
      if (b) z = tf.add(z, b);
      const dz = tf.matMul(dh as Tensor2D, w);
      rows.push(tf.stack([tf.mean(tf.square(z)), tf.mean(tf.square(dz))]));
      h = activate(tf, z, phi);
      dh = tf.mul(tf.grad((t: Tensor) => tf.sum(activate(tf, t, phi)))(z), dz);
    });
    return tf.stack(rows);
  });
  return { q: q!, tangent2: tangent2! };
}

/** tangentStats of a fresh square net (Var(W) = sigma_w^2 / width) on `rows` N(0, I) inputs with N(0, I) tangents. */
export function probeTangent(tf: Tf, p: Omit<WideNetProbe, 'pairs' | 'pair' | 'saturation'> & { rows: number }): { q: number[]; tangent2: number[] } {
  const n = p.width;
  const mlp = buildMlp(tf, { sizes: Array<number>(p.depth + 1).fill(n), activation: 'linear', weightVariance: () => p.weightVariance / n, biasVariance: p.biasVariance ?? 0, seed: subSeed(p.seed, 0) });
  const [x, v] = tf.tidy(() => [tf.randomNormal([p.rows, n], 0, p.inputScale ?? 1, 'float32', subSeed(p.seed, 1)) as Tensor2D, tf.randomNormal([p.rows, n], 0, 1, 'float32', subSeed(p.seed, 2)) as Tensor2D]);
  try {
    return tangentStats(tf, mlp, x, v, p.phi);
  } finally {
    mlp.dispose();
    tf.dispose([x, v]);
  }
}
