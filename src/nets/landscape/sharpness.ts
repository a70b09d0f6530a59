// Flatness of a trained classifier's minimum (parameters [W_0, b_0, ...] of train-mlp.ts nets): the
// largest Hessian eigenvalue of the softmax cross-entropy by power iteration on Hessian-vector
// products (the P x P Hessian of hessian.ts is out of reach at MNIST-1D sizes), the loss increase
// under random perturbations of fixed relative norm, and the same increase for an ensemble's
// averaged output; plus the average of several parameter sets (weight averaging) and a rank correlation.
import type { Scalar, Tensor, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { subSeed } from '../../random/seeds.js';
import { mlpOutput, type TrainData, type TrainNetSpec } from '../train/train-mlp.js';

// Hessian-vector products by central differences of gradients: tfjs's second-order autodiff of this
// loss does not match finite differences (its gradients of exp/softmax are not differentiated again
// correctly), while gradients of the float32 loss are accurate to ~1e-6, so a step of 1e-3 along a
// unit direction gives the product to ~1e-3 relative.
const FD_STEP = 1e-3;

/**
 * The largest (algebraic) Hessian eigenvalue of the mean cross-entropy on `set`, by `iters` power
 * iterations from a seeded start. Power iteration finds the eigenvalue of largest magnitude; where
 * that is negative (a minimum of a hard fit can have a stronger negative direction than its top
 * curvature), a second run on H - lambda I, whose spectrum is shifted to be non-negative, finds the top one.
 */
export function topHessianEigenvalue(tf: Tf, spec: TrainNetSpec, params: readonly Tensor[], set: TrainData, o: { iters: number; seed: number }): number {
  const dominant = powerIteration(tf, spec, params, set, { ...o, shift: 0 });
  return dominant >= 0 ? dominant : powerIteration(tf, spec, params, set, { ...o, shift: dominant }) + dominant;
}

/** The dominant eigenvalue of H - shift I by power iteration on finite-difference Hessian-vector products. */
function powerIteration(tf: Tf, spec: TrainNetSpec, params: readonly Tensor[], set: TrainData, o: { iters: number; seed: number; shift: number }): number {
  const grads = tf.grads((...ps: Tensor[]) => tf.losses.softmaxCrossEntropy(set.y, mlpOutput(tf, spec, ps, set.x)) as Scalar);
  const hvp = (v: readonly Tensor[]): Tensor[] => {
    const plus = grads(params.map((p, k) => tf.add(p, tf.mul(v[k]!, FD_STEP))));
    const minus = grads(params.map((p, k) => tf.sub(p, tf.mul(v[k]!, FD_STEP))));
    return plus.map((g, k) => tf.sub(tf.div(tf.sub(g, minus[k]!), 2 * FD_STEP), tf.mul(v[k]!, o.shift)));
  };
  const norm = (v: readonly Tensor[]): Scalar => tf.sqrt(tf.addN(v.map((t) => tf.sum(tf.square(t))))) as Scalar;
  let v = tf.tidy(() => { const r = params.map((p, k) => tf.randomNormal(p.shape, 0, 1, 'float32', subSeed(o.seed, k))); const s = norm(r); return r.map((t) => tf.div(t, s)); });
  let lambda = 0;
  try {
    for (let i = 0; i < o.iters; i++) {
      const next = tf.tidy(() => {
        const h = hvp(v);
        const s = norm(h);
        const rayleigh = tf.addN(h.map((t, k) => tf.sum(tf.mul(t, v[k]!))));
        return { v: h.map((t) => tf.div(t, s)), lambda: rayleigh.dataSync()[0]! };
      });
      tf.dispose(v);
      v = next.v;
      lambda = next.lambda;
    }
    return lambda;
  } finally {
    tf.dispose(v);
  }
}

// Each tensor moved by rho |p| u / |u|, u a fresh seeded Gaussian: a per-tensor relative step, so the
// measure does not depend on how the weights are scaled between layers.
function perturbed(tf: Tf, params: readonly Tensor[], rho: number, seed: number): Tensor[] {
  return tf.tidy(() => params.map((p, k) => {
    const u = tf.randomNormal(p.shape, 0, 1, 'float32', subSeed(seed, k));
    return tf.add(p, tf.mul(u, tf.div(tf.mul(rho, tf.norm(p)), tf.add(tf.norm(u), 1e-12))));
  }));
}

/** Mean over `draws` random perturbations of relative size rho of the cross-entropy increase on `set`. */
export function perturbationIncrease(tf: Tf, spec: TrainNetSpec, params: readonly Tensor[], set: TrainData, o: { rho: number; draws: number; seed: number }): number {
  return ensemblePerturbationIncrease(tf, spec, [params], set, o);
}

/** The cross-entropy on `set` of the ensemble that averages its members' softmax outputs. */
export function ensembleLoss(tf: Tf, spec: TrainNetSpec, members: readonly (readonly Tensor[])[], set: TrainData): number {
  return tf.tidy(() => {
    const p = tf.addN(members.map((m) => tf.softmax(mlpOutput(tf, spec, m, set.x)))).div(members.length) as Tensor2D;
    return tf.neg(tf.mean(tf.sum(tf.mul(set.y, tf.log(tf.add(p, 1e-12))), 1))).dataSync()[0]!;
  });
}

/** The ensemble's loss increase when every member is perturbed independently (relative size rho), mean over draws. */
export function ensemblePerturbationIncrease(tf: Tf, spec: TrainNetSpec, members: readonly (readonly Tensor[])[], set: TrainData, o: { rho: number; draws: number; seed: number }): number {
  const base = ensembleLoss(tf, spec, members, set);
  let sum = 0;
  for (let d = 0; d < o.draws; d++) {
    const moved = members.map((m, j) => perturbed(tf, m, o.rho, subSeed(subSeed(o.seed, d), j)));
    try { sum += ensembleLoss(tf, spec, moved, set) - base; } finally { moved.forEach((m) => tf.dispose(m)); }
  }
  return sum / o.draws;
}

/** The elementwise mean of several parameter lists of the same shapes (new tensors). */
export function averageParams(tf: Tf, sets: readonly (readonly Tensor[])[]): Tensor[] {
  return tf.tidy(() => sets[0]!.map((_, k) => tf.div(tf.addN(sets.map((s) => s[k]!)), sets.length)));
}

