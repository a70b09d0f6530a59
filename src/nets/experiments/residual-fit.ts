// The residual block of He et al. (2016), h <- h + V relu(W h + b) + c (the branch ends in a linear
// layer: HE_2016.branchEndsLinear in src/nets/published/resnet.ts), stacked between a ReLU input
// layer and a linear readout and trained by Adam on MSE; the text's block x + relu(W x) is
// train-mlp.ts's `residual` option. BN is left out, as in the text's block: V starts at variance
// 1 / (width * blocks), so the stack adds about as much signal variance over all blocks as one layer.
import type { Scalar, Tensor, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { subSeed } from '../../random/seeds.js';
import { normalWeights } from '../base/init.js';
import { residualApply } from '../build/residual-as-plain.js';
import { trainParams } from '../train/train.js';

export interface HeResidualSpec { dIn: number; width: number; blocks: number; seed: number }

/** Initial parameters [W_in, b_in, (W, b, V, c) per block, W_out, b_out]: He init, zero biases, V scaled by 1/sqrt(blocks). */
function heResidualInit(tf: Tf, s: HeResidualSpec): Tensor[] {
  const { dIn, width: w, blocks } = s;
  const blockParams = Array.from({ length: blocks }, (_, k) => [normalWeights(tf, [w, w], 2 / w, subSeed(s.seed, 2 * k + 1)), tf.zeros([w]), normalWeights(tf, [w, w], 1 / (w * blocks), subSeed(s.seed, 2 * k + 2)), tf.zeros([w])]).flat();
  return [normalWeights(tf, [dIn, w], 2 / dIn, subSeed(s.seed, 0)), tf.zeros([w]), ...blockParams, normalWeights(tf, [w, 1], 2 / w, subSeed(s.seed, 2 * blocks + 1)), tf.zeros([1])];
}

/** The net's output: relu(x W_in + b_in), then the blocks, then the linear readout. */
export function heResidualOutput(tf: Tf, p: readonly Tensor[], x: Tensor2D): Tensor2D {
  const h = tf.relu(tf.add(tf.matMul(x, p[0] as Tensor2D), p[1]!)) as Tensor2D;
  const out = residualApply(tf, p.slice(2, p.length - 2), h);
  return tf.add(tf.matMul(out, p[p.length - 2] as Tensor2D), p[p.length - 1]!) as Tensor2D;
}

/** Trains it full-batch on (x, y); returns the training MSE every `evalEvery` steps and at the end (NaN/Infinity kept). */
export function trainHeResidual(tf: Tf, spec: HeResidualSpec, train: { x: Tensor2D; y: Tensor2D }, opts: { steps: number; lr: number; evalEvery: number }): number[] {
  const init = heResidualInit(tf, spec);
  let trained: Tensor[] = [];
  try {
    const run = trainParams(tf, init, (p) => tf.tidy(() => tf.mean(tf.square(tf.sub(heResidualOutput(tf, p, train.x), train.y))) as Scalar), { steps: opts.steps, learningRate: opts.lr, optimizer: 'adam' });
    trained = run.params;
    return run.losses.filter((_, i) => i % opts.evalEvery === 0 || i === run.losses.length - 1);
  } finally {
    tf.dispose([...init, ...trained]);
  }
}
