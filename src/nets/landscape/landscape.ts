// Probes of the parameter-space loss of two-layer NTK-parametrised nets: fitting by plain gradient
// descent, the loss at the midpoint of a minimum and its hidden-unit permutation (non-convexity), and
// the loss around the origin (a saddle point).
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { spherePoints } from '../../datasets/teacher.js';
import { subSeed } from '../../random/seeds.js';
import { buildNtkNet, empiricalNtk, ntkForward, withParams, type NtkNet, type NtkNetSpec } from '../build/ntk.js';
import { symEig, trainGd } from '../train/ntk-train.js';

export interface FitTask {
  net: Omit<NtkNetSpec, 'seed'>;
  /** Training points on the sphere of radius sqrt(d), labels N(0, 1) (random: a memorisation task). */
  n: number;
  steps: number;
  /** eta * lambda_max(K0). */
  lrScale: number;
  seed: number;
}

/** 1/2 |f(x) - y|^2 of `params`. */
export function lossAt(tf: Tf, spec: NtkNetSpec, params: readonly Tensor[], x: Tensor2D, y: Tensor2D): number {
  return tf.tidy(() => tf.mul(0.5, tf.sum(tf.square(tf.sub(ntkForward(tf, spec, params, x), y)))).dataSync()[0]!);
}

export interface Fit {
  x: Tensor2D;
  y: Tensor2D;
  initialLoss: number;
  finalLoss: number;
  /** The trained net (caller disposes it with `dispose`). */
  net: NtkNet;
  dispose(): void;
}

/** Fits random labels by full-batch gradient descent with step lrScale / lambda_max(K0). */
export function fitByGd(tf: Tf, task: FitTask): Fit {
  const d = task.net.sizes[0]!;
  const x = spherePoints(tf, task.n, d, subSeed(task.seed, 0));
  const y = tf.randomNormal([task.n, 1], 0, 1, 'float32', subSeed(task.seed, 1)) as Tensor2D;
  const net0 = buildNtkNet(tf, { ...task.net, seed: subSeed(task.seed, 2) });
  try {
    const k0 = empiricalNtk(tf, net0, x);
    const lr = task.lrScale / symEig(k0).values[task.n - 1]!;
    const run = trainGd(tf, net0, { x, y: Array.from(y.dataSync()), lr, steps: task.steps, record: [] });
    const initialLoss = lossAt(tf, net0.spec, net0.params, x, y);
    const finalLoss = lossAt(tf, run.net.spec, run.net.params, x, y);
    return { x, y, initialLoss, finalLoss, net: run.net, dispose: () => { tf.dispose([x, y]); run.net.dispose(); } };
  } finally {
    net0.dispose();
  }
}

/**
 * The loss at theta, at its copy with hidden units permuted (the same function), and at their midpoint.
 * Two-layer nets only (params [W0, W1] without biases).
 */
export function permutationMidpoint(tf: Tf, net: NtkNet, x: Tensor2D, y: Tensor2D, seed: number): { loss: number; permuted: number; midpoint: number } {
  if (net.params.length !== 2) throw new Error('permutationMidpoint needs a two-layer net without biases');
  const m = net.spec.sizes[1]!;
  const perm = tf.tidy(() => tf.cast(tf.topk(tf.randomUniform([m], 0, 1, 'float32', seed), m).indices, 'int32'));
  try {
    const permuted = tf.tidy(() => [tf.gather(net.params[0]!, perm, 1), tf.gather(net.params[1]!, perm, 0)]);
    const mid = tf.tidy(() => net.params.map((p, i) => tf.mul(tf.add(p, permuted[i]!), 0.5)));
    const out = { loss: lossAt(tf, net.spec, net.params, x, y), permuted: lossAt(tf, net.spec, permuted, x, y), midpoint: lossAt(tf, net.spec, mid, x, y) };
    tf.dispose([...permuted, ...mid]);
    return out;
  } finally {
    perm.dispose();
  }
}

/**
 * At theta = 0 of a bias-free two-layer tanh net: the gradient norm there, and the loss change along
 * t (u, v) and t (u, -v) for a random direction (u, v) scaled to norm 1.
 */
/**
 * 1/2 |f(x) - y|^2 in float64 plain JS for a plain tanh NTK net without biases: near the origin the
 * loss changes along a direction (of order t^(depth)) fall below float32's resolution of the loss.
 */
function lossFloat64(spec: NtkNetSpec, weights: readonly Float32Array[], x: Float32Array, y: Float32Array, rows: number): number {
  if (spec.activation !== 'tanh' || (spec.biasVariance ?? 0) > 0 || spec.residual !== undefined) throw new Error('the float64 loss covers plain tanh nets without biases');
  const sw = Math.sqrt(spec.weightVariance);
  let loss = 0;
  for (let r = 0; r < rows; r++) {
    let h = Array.from(x.subarray(r * spec.sizes[0]!, (r + 1) * spec.sizes[0]!));
    for (let l = 0; l < weights.length; l++) {
      const nIn = spec.sizes[l]!, nOut = spec.sizes[l + 1]!;
      const z = new Array<number>(nOut).fill(0);
      for (let i = 0; i < nIn; i++) for (let j = 0; j < nOut; j++) z[j]! += h[i]! * weights[l]![i * nOut + j]!;
      h = z.map((v) => (v * sw) / Math.sqrt(nIn)).map((v) => (l < weights.length - 1 ? Math.tanh(v) : v));
    }
    loss += 0.5 * h.reduce((a, v, j) => a + (v - y[r * h.length + j]!) ** 2, 0);
  }
  return loss;
}

export function originSaddle(tf: Tf, spec: NtkNetSpec, x: Tensor2D, y: Tensor2D, t: number, seed: number): { gradNorm: number; along: number; against: number; atOrigin: number; float64: { along: number; against: number; atOrigin: number } } {
  const zero = withParams({ spec, params: [], dispose: () => undefined }, spec.sizes.slice(0, -1).map((s, l) => tf.zeros([s, spec.sizes[l + 1]!])));
  try {
    const gradNorm = tf.tidy(() => {
      const g = tf.grads((...p: Tensor[]) => tf.mul(0.5, tf.sum(tf.square(tf.sub(ntkForward(tf, spec, p, x), y)))))(zero.params);
      return tf.sqrt(tf.addN(g.map((gi) => tf.sum(tf.square(gi))))).dataSync()[0]!;
    });
    const dir = tf.tidy(() => {
      const raw = zero.params.map((p, l) => tf.randomNormal(p.shape, 0, 1, 'float32', subSeed(seed, l)));
      const nrm = tf.sqrt(tf.addN(raw.map((r) => tf.sum(tf.square(r)))));
      return raw.map((r) => tf.div(r, nrm));
    });
    const at = (sign: number) => tf.tidy(() => lossAt(tf, spec, dir.map((d, l) => tf.mul(d, l === 0 ? t : sign * t)), x, y));
    const [xs, ys, ds] = [x.dataSync() as Float32Array, y.dataSync() as Float32Array, dir.map((d) => d.dataSync() as Float32Array)];
    const at64 = (sign: number) => lossFloat64(spec, ds.map((d, l) => d.map((v) => v * (l === 0 ? t : sign * t))), xs, ys, x.shape[0]);
    const out = {
      gradNorm, atOrigin: lossAt(tf, spec, zero.params, x, y), along: at(1), against: at(-1),
      float64: { atOrigin: at64(0), along: at64(1), against: at64(-1) },
    };
    tf.dispose(dir);
    return out;
  } finally {
    zero.dispose();
  }
}
