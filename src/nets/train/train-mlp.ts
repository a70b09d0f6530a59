// Plain or residual MLPs (standard parametrisation) and their training through the one training
// loop (loop.ts): SGD, Adam or RMSProp on MSE or softmax cross-entropy, with optional batch
// normalisation, dropout, L1/L2 penalties and input augmentation; records losses, accuracies and
// per-layer weight changes.
import type { Tensor, Tensor1D, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { normalWeights } from '../base/init.js';
import { subSeed } from '../../random/seeds.js';
import { activate, type Activation } from '../base/activations.js';
import { accuracy, lossOf, type LossKind } from '../base/losses.js';
import { trainLoop, type OptimizerKind } from './loop.js';

export interface TrainNetSpec {
  /** [input, hidden..., output]. */
  sizes: readonly number[];
  phi: Activation;
  /** Var(W_ij) = weightVariance / fanIn; biases start at 0. */
  weightVariance: number;
  /** Hidden layers 2..H become h <- h + (phi(z) or BN) * residualScale, z = h W + b (equal hidden widths). */
  residual?: boolean;
  /** Branch scale of residual blocks (default 1/sqrt(number of blocks)). */
  residualScale?: number;
  /** Normalise every hidden pre-activation over the batch (no affine parameters). */
  batchNorm?: boolean;
  /** Drop probability of hidden activations during training (inverted dropout). */
  dropout?: number;
  seed: number;
}

export interface TrainData {
  x: Tensor2D;
  /** Targets: [n, out] for 'mse', one-hot [n, classes] for 'softmax'. */
  y: Tensor2D;
}

export interface TrainOptions {
  optimizer: OptimizerKind;
  lr: number;
  steps: number;
  loss: LossKind;
  train: TrainData;
  test?: TrainData;
  /** A validation set, evaluated alongside the test set (for early stopping). */
  valid?: TrainData;
  l1?: number;
  l2?: number;
  /** Returns the (augmented) training batch for a step. */
  augment?: (tf: Tf, x: Tensor2D, step: number) => Tensor2D;
  /** Evaluate every k steps (and at the end); default steps / 10. */
  evalEvery?: number;
}

export interface TrainResult {
  at: number[];
  trainLoss: number[];
  testLoss: number[];
  trainAcc: number[];
  testAcc: number[];
  validLoss: number[];
  validAcc: number[];
  /** |W_l(T) - W_l(0)| / |W_l(0)| per weight matrix. */
  weightChange: number[];
  /** Predicted class (argmax) of every training point at the end ('softmax' only). */
  trainPred: number[];
  /** A loss or parameter became NaN or infinite (training stopped there). */
  nonFinite: boolean;
}

/** Forward pass; `dropSeed` switches dropout on; `probes[0]` is added to x and `probes[l + 1]` to hidden layer l's output. */
export function mlpOutput(tf: Tf, spec: TrainNetSpec, params: readonly Tensor[], x: Tensor2D, dropSeed?: number, probes?: readonly Tensor[]): Tensor2D {
  const L = spec.sizes.length - 1;
  const blocks = Math.max(1, L - 2);
  const scale = spec.residualScale ?? 1 / Math.sqrt(blocks);
  let h: Tensor2D = probes ? (tf.add(x, probes[0]!) as Tensor2D) : x;
  for (let l = 0; l < L; l++) {
    let z = tf.add(tf.matMul(h, params[2 * l] as Tensor2D), params[2 * l + 1]!) as Tensor2D;
    if (l === L - 1) return z;
    if (spec.batchNorm) {
      const { mean, variance } = tf.moments(z, 0);
      z = tf.div(tf.sub(z, mean), tf.sqrt(tf.add(variance, 1e-5))) as Tensor2D;
    }
    let a = activate(tf, z, spec.phi) as Tensor2D;
    if (dropSeed !== undefined && spec.dropout) {
      const keep = tf.cast(tf.greater(tf.randomUniform(a.shape, 0, 1, 'float32', subSeed(dropSeed, l)), spec.dropout), 'float32');
      a = tf.div(tf.mul(a, keep), 1 - spec.dropout) as Tensor2D;
    }
    h = spec.residual && l > 0 ? (tf.add(h, tf.mul(a, scale)) as Tensor2D) : a;
    if (probes) h = tf.add(h, probes[l + 1]!) as Tensor2D;
  }
  return h;
}

/** Initial parameters [W_0, b_0, W_1, b_1, ...], weights N(0, weightVariance / fanIn) exactly. */
export function initParams(tf: Tf, spec: TrainNetSpec): Tensor[] {
  const out: Tensor[] = [];
  for (let l = 0; l + 1 < spec.sizes.length; l++) {
    const [i, o] = [spec.sizes[l]!, spec.sizes[l + 1]!];
    out.push(normalWeights(tf, [i, o], spec.weightVariance / i, subSeed(spec.seed, 2 * l)), tf.zeros([o]) as Tensor1D);
  }
  return out;
}

/** The dropout seed of a training step (dropout off without a drop probability). */
export function dropSeedAt(spec: TrainNetSpec, step: number): number | undefined {
  return spec.dropout ? subSeed(spec.seed, 1_000_000 + step) : undefined;
}

/** The weight matrices' places in the flat list [W_0, b_0, W_1, b_1, ...]. */
export const weightIndices = (params: readonly unknown[]): number[] => params.map((_, k) => k).filter((k) => k % 2 === 0);

/** Trains a fresh net of `spec` and returns its learning curves. */
export function trainMlp(tf: Tf, spec: TrainNetSpec, opts: TrainOptions): TrainResult {
  const init = initParams(tf, spec);
  const sets = [opts.test, opts.valid];
  const measure = (ps: readonly Tensor[]): Record<string, number> => {
    const v = tf.tidy(() => {
      const parts = [opts.train, ...sets].flatMap((set) => {
        if (!set) return [];
        const o = mlpOutput(tf, spec, ps, set.x);
        return [lossOf(tf, opts.loss, o, set.y), opts.loss === 'mse' ? tf.scalar(NaN) : accuracy(tf, o, set.y)];
      });
      return tf.stack(parts);
    });
    const a = Array.from(v.dataSync());
    v.dispose();
    const m: Record<string, number> = { trainLoss: a[0]!, trainAcc: a[1]! };
    let k = 2;
    if (opts.test) { m.testLoss = a[k]!; m.testAcc = a[k + 1]!; k += 2; }
    if (opts.valid) { m.validLoss = a[k]!; m.validAcc = a[k + 1]!; }
    return m;
  };
  try {
    const run = trainLoop(tf, {
      init,
      loss: (ps, batch, step) => {
        const xb = opts.augment ? opts.augment(tf, batch!.x, step) : batch!.x;
        return lossOf(tf, opts.loss, mlpOutput(tf, spec, ps, xb, dropSeedAt(spec, step)), batch!.y);
      },
      optimizer: opts.optimizer,
      lr: opts.lr,
      steps: opts.steps,
      data: opts.train,
      penalty: { l1: opts.l1, l2: opts.l2, on: weightIndices(init) },
      record: { every: opts.evalEvery ?? Math.max(1, Math.floor(opts.steps / 10)), measure },
      stop: (r) => !Number.isFinite(r.curves.trainLoss!.at(-1)!),
      stopOnNonFiniteLoss: true,
    });
    const c = run.curves;
    try {
      return {
        at: run.at, trainLoss: c.trainLoss!, trainAcc: c.trainAcc!, testLoss: c.testLoss ?? [], testAcc: c.testAcc ?? [], validLoss: c.validLoss ?? [], validAcc: c.validAcc ?? [],
        nonFinite: run.stopped !== null,
        trainPred: opts.loss === 'softmax' ? tf.tidy(() => Array.from(tf.argMax(mlpOutput(tf, spec, run.params, opts.train.x), 1).dataSync())) : [],
        weightChange: tf.tidy(() => tf.stack(weightIndices(init).map((k) => tf.div(tf.norm(tf.sub(run.params[k]!, init[k]!)), tf.norm(init[k]!)))).arraySync() as number[]),
      };
    } finally {
      tf.dispose(run.params);
    }
  } finally {
    tf.dispose(init);
  }
}

/** |dL/dW_l| for every weight matrix of a fresh net of `spec` on (x, y) at initialisation (tfjs autodiff). */
export function initialWeightGradients(tf: Tf, spec: TrainNetSpec, data: TrainData, loss: LossKind): number[] {
  const params = initParams(tf, spec);
  try {
    return tf.tidy(() => {
      const g = tf.grads((...p: Tensor[]) => lossOf(tf, loss, mlpOutput(tf, spec, p, data.x), data.y))(params);
      return Array.from(tf.stack(g.filter((_, k) => k % 2 === 0).map((t) => tf.norm(t))).dataSync());
    });
  } finally {
    tf.dispose(params);
  }
}

/** |dL/dh_l| (Frobenius over the batch) for h_0 = x and every hidden layer's output, at initialisation (tfjs autodiff through zero probes). */
export function initialActivationGradients(tf: Tf, spec: TrainNetSpec, data: TrainData, loss: LossKind): number[] {
  const params = initParams(tf, spec);
  try {
    return tf.tidy(() => {
      const B = data.x.shape[0];
      const probes = spec.sizes.slice(0, -1).map((n) => tf.zeros([B, n]));
      const g = tf.grads((...p: Tensor[]) => lossOf(tf, loss, mlpOutput(tf, spec, params, data.x, undefined, p), data.y))(probes);
      return Array.from(tf.stack(g.map((t) => tf.norm(t))).dataSync());
    });
  } finally {
    tf.dispose(params);
  }
}
