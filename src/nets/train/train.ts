// Gradient descent (or Adam) on any loss over a flat list of parameters, through the one training
// loop (loop.ts), and the plain-tensor MLP as such a list.
import type { Scalar, Tensor, Tensor1D, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { forward, type Mlp, type MlpSpec } from '../base/mlp.js';
import { trainLoop } from './loop.js';

export interface TrainOptions {
  steps: number;
  learningRate: number;
  /** Plain gradient descent (default) or Adam. */
  optimizer?: 'sgd' | 'adam';
  /** Called after every step with the current parameters (owned by the loop: read them, do not dispose them). */
  onStep?: (step: number, params: readonly Tensor[]) => void;
}

export interface Trained {
  /** The trained parameters, copies the caller owns. */
  params: Tensor[];
  /** The loss before each step, then after the last (steps + 1 values; NaN/Infinity kept as measured). */
  losses: number[];
}

/** Minimises loss(params, step) starting from copies of `init` (which is left untouched). */
export function trainParams(tf: Tf, init: readonly Tensor[], loss: (params: readonly Tensor[], step: number) => Scalar, opts: TrainOptions): Trained {
  const run = trainLoop(tf, {
    init,
    loss: (ps, _batch, step) => loss(ps, step - 1),
    optimizer: opts.optimizer ?? 'sgd',
    lr: opts.learningRate,
    steps: opts.steps,
    afterStep: opts.onStep ? (ps, step) => opts.onStep!(step - 1, ps) : undefined,
  });
  return { params: run.params, losses: [...run.costs, tf.tidy(() => loss(run.params, opts.steps).dataSync()[0]!)] };
}

/** An MLP's parameters as a flat list [W_0, b_0, W_1, b_1, ...], zero biases where it has none (new tensors the caller owns). */
export function mlpParams(tf: Tf, mlp: Mlp): Tensor[] {
  return mlp.weights.flatMap((w, l) => [w.clone(), mlp.biases[l]?.clone() ?? tf.zeros([w.shape[1]])]);
}

/** The MLP whose weights and biases are the flat list `params` (a view: disposing it disposes the params). */
export function mlpFromParams(tf: Tf, spec: MlpSpec, params: readonly Tensor[]): Mlp {
  const weights = params.filter((_, i) => i % 2 === 0) as Tensor2D[];
  const biases = params.filter((_, i) => i % 2 === 1) as Tensor1D[];
  return { spec, weights, biases, dispose: () => tf.dispose([...params]) };
}

/** Mean squared error of the MLP on (x, y), averaged over rows and outputs. */
export function mlpMse(tf: Tf, mlp: Mlp, x: Tensor2D, y: Tensor2D): Scalar {
  return tf.tidy(() => tf.mean(tf.square(tf.sub(forward(tf, mlp, x), y))) as Scalar);
}

/** Trains all weights and biases of `mlp` on (x, y) by full-batch MSE descent; returns the trained MLP (owned) and the losses. */
export function fitMlp(tf: Tf, mlp: Mlp, data: { x: Tensor2D; y: Tensor2D }, opts: Omit<TrainOptions, 'onStep'> & { onStep?: (step: number, mlp: Mlp) => void }): { mlp: Mlp; losses: number[] } {
  const init = mlpParams(tf, mlp);
  try {
    const view = (ps: readonly Tensor[]) => mlpFromParams(tf, mlp.spec, ps);
    const { params, losses } = trainParams(tf, init, (ps) => mlpMse(tf, view(ps), data.x, data.y), {
      ...opts,
      onStep: opts.onStep ? (step, ps) => opts.onStep!(step, view(ps)) : undefined,
    });
    return { mlp: view(params), losses };
  } finally {
    tf.dispose(init);
  }
}

/**
 * A run's final loss for statistics over runs: a run whose loss became non-finite learned nothing,
 * so it is scored at its initial loss (and flagged), which keeps a log-scale statistic defined.
 */
export function scoredFinalLoss(losses: readonly number[]): { first: number; last: number; diverged: boolean } {
  const [first, last] = [losses[0]!, losses[losses.length - 1]!];
  return Number.isFinite(last) ? { first, last, diverged: false } : { first, last: first, diverged: true };
}
