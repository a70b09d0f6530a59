// Probes of trained classifiers' flat parameter lists [W_0, b_0, W_1, b_1, ...] (train-mlp.ts):
// loss along a straight line, relative change, global magnitude-pruning masks, and the smallest
// gradient-sign (FGSM) perturbation that changes each prediction.
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { evaluateClassifier } from '../train/classifier-run.js';
import { mlpOutput, type TrainData, type TrainNetSpec } from '../train/train-mlp.js';

/** Training loss and accuracy at (1 - t) a + t b for each t. */
export function lossAlongLine(tf: Tf, spec: TrainNetSpec, a: readonly Tensor[], b: readonly Tensor[], set: TrainData, ts: readonly number[]): { t: number; loss: number; acc: number }[] {
  return ts.map((t) => {
    const p = tf.tidy(() => a.map((ai, k) => tf.add(tf.mul(ai, 1 - t), tf.mul(b[k]!, t))));
    try { return { t, ...evaluateClassifier(tf, spec, p, set) }; } finally { tf.dispose(p); }
  });
}

/** |W_T - W_0| / |W_0| over all weight matrices together (even indices; biases excluded). */
export function relativeWeightChange(tf: Tf, init: readonly Tensor[], final: readonly Tensor[]): number {
  return tf.tidy(() => {
    const ws = init.map((_, k) => k).filter((k) => k % 2 === 0);
    const d = tf.addN(ws.map((k) => tf.sum(tf.square(tf.sub(final[k]!, init[k]!)))));
    const n = tf.addN(ws.map((k) => tf.sum(tf.square(init[k]!))));
    return Math.sqrt(d.dataSync()[0]! / n.dataSync()[0]!);
  });
}

/** 0/1 masks keeping the `keep` fraction of largest-|w| weights over all weight matrices together; null for biases. */
export function magnitudeMasks(tf: Tf, params: readonly Tensor[], keep: number): (Tensor | null)[] {
  const mags = params.flatMap((p, k) => (k % 2 === 0 ? Array.from(p.dataSync(), Math.abs) : []));
  const sorted = Float64Array.from(mags).sort();
  const kept = Math.max(1, Math.round(keep * sorted.length));
  const threshold = sorted[sorted.length - kept]!;
  return params.map((p, k) => (k % 2 === 0 ? tf.tidy(() => tf.cast(tf.greaterEqual(tf.abs(p), threshold), 'float32')) : null));
}

/**
 * For each row of x: the smallest eps on the grid (ascending) at which x + eps sign(d loss / dx) is
 * classified differently from x (Infinity: none on the grid); `random` uses a seeded random sign
 * vector per row instead of the gradient's sign (the control).
 */
export function signFlipEpsilons(tf: Tf, spec: TrainNetSpec, params: readonly Tensor[], x: Tensor2D, y: Tensor2D, grid: readonly number[], random?: { seed: number }): number[] {
  const dir = tf.tidy(() => {
    if (random) return tf.sign(tf.sub(tf.randomUniform(x.shape, 0, 1, 'float32', random.seed), 0.5));
    const g = tf.grad((xi: Tensor) => tf.losses.softmaxCrossEntropy(y, mlpOutput(tf, spec, params, xi as Tensor2D)))(x);
    return tf.sign(g);
  });
  try {
    const base = tf.tidy(() => Array.from(tf.argMax(mlpOutput(tf, spec, params, x), 1).dataSync()));
    const out = base.map(() => Infinity);
    for (const eps of grid) {
      const pred = tf.tidy(() => Array.from(tf.argMax(mlpOutput(tf, spec, params, tf.add(x, tf.mul(dir, eps)) as Tensor2D), 1).dataSync()));
      pred.forEach((p, i) => { if (p !== base[i] && out[i] === Infinity) out[i] = eps; });
    }
    return out;
  } finally {
    dir.dispose();
  }
}
