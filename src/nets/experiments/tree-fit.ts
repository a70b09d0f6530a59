// The deep net of the compositional-approximation theorem (Mhaskar, Liao & Poggio 2017; Poggio et al.
// 2017): a binary tree of small one-hidden-layer ReLU nets, each acting on two variables only, shaped
// like the target's composition graph y = h(h(x1, x2), h(x3, x4)). One seeded fit at a parameter
// budget, reported as budget-fit.ts reports a dense MLP's, so the two compare at equal counts.
import type { Scalar, Tensor, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { taskData, type TaskSpec } from '../../datasets/function-targets.js';
import { subSeed } from '../../random/seeds.js';
import { normalWeights } from '../base/init.js';
import { trainParams } from '../train/train.js';
import type { BudgetFit } from './budget-fit.js';

/** Parameters of one node 2 -> k -> 1. */
const nodeParams = (k: number): number => 2 * k + k + k + 1;
/** The widest node such that the three nodes of the 4-input tree stay within the budget. */
export function treeNodeWidth(budget: number): number {
  let k = 1;
  while (3 * nodeParams(k + 1) <= budget) k++;
  return k;
}

// One node on two columns: relu([a b] W1 + b1) W2 + b2.
const node = (tf: Tf, p: readonly Tensor[], i: number, ab: Tensor2D): Tensor2D =>
  tf.add(tf.matMul(tf.relu(tf.add(tf.matMul(ab, p[4 * i] as Tensor2D), p[4 * i + 1]!)) as Tensor2D, p[4 * i + 2] as Tensor2D), p[4 * i + 3]!) as Tensor2D;

/** The tree's output on [n, 4] inputs: root(node(x1, x2), node(x3, x4)). */
export function treeOutput(tf: Tf, params: readonly Tensor[], x: Tensor2D): Tensor2D {
  const left = node(tf, params, 0, tf.slice(x, [0, 0], [-1, 2]));
  const right = node(tf, params, 1, tf.slice(x, [0, 2], [-1, 2]));
  return node(tf, params, 2, tf.concat([left, right], 1) as Tensor2D);
}

/** Trains the tree net on a 4-input task at the budget (He init, zero biases, Adam on MSE). */
export function fitTreeAtBudget(tf: Tf, opts: { data: TaskSpec; budget: number; steps: number; lr: number; seed: number }): BudgetFit {
  const data = taskData(tf, opts.data);
  if (data.train.x.shape[1] !== 4) { data.dispose(); throw new Error(`the tree net takes 4 inputs, the task has ${data.train.x.shape[1]}`); }
  const k = treeNodeWidth(opts.budget);
  const init = [0, 1, 2].flatMap((i) => [normalWeights(tf, [2, k], 1, subSeed(opts.seed, 2 * i)), tf.zeros([k]), normalWeights(tf, [k, 1], 2 / k, subSeed(opts.seed, 2 * i + 1)), tf.zeros([1])]);
  const mse = (p: readonly Tensor[], d: { x: Tensor2D; y: Tensor2D }) => tf.tidy(() => tf.mean(tf.square(tf.sub(treeOutput(tf, p, d.x), d.y))) as Scalar);
  let trained: Tensor[] = [];
  try {
    const run = trainParams(tf, init, (p) => mse(p, data.train), { steps: opts.steps, learningRate: opts.lr, optimizer: 'adam' });
    trained = run.params;
    const every = Math.max(1, Math.floor(opts.steps / 10));
    const curve = run.losses.filter((_, i) => i % every === 0 || i === run.losses.length - 1).map((v) => v / data.testVariance);
    const [testLoss, trainLoss] = [data.test, data.train].map((d) => tf.tidy(() => mse(trained, d).dataSync()[0]!));
    return { hidden: 2, width: k, params: 3 * nodeParams(k), testError: testLoss! / data.testVariance, trainError: trainLoss! / data.testVariance, trainCurve: curve, diverged: !run.losses.every(Number.isFinite) };
  } finally {
    tf.dispose([...init, ...trained]);
    data.dispose();
  }
}
