// Residual ReLU nets x -> x + relu(x W1 + b1) W2 + b2 (stacked blocks of width d with k hidden units),
// and the exact rewriting of any such net as a plain ReLU MLP of width 2d + k: the identity is carried
// through ReLUs as (relu(h), relu(-h)), since h = relu(h) - relu(-h).
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { subSeed } from '../../random/seeds.js';
import type { Mlp } from '../base/mlp.js';

export interface ResidualBlock { w1: number[][]; b1: number[]; w2: number[][]; b2: number[] }
export interface ResidualNet { d: number; blocks: ResidualBlock[] }

/** B blocks of width d with k hidden units; W1 ~ N(0, 2/d), W2 ~ N(0, scale^2 / k), biases N(0, 0.1^2). */
export function randomResidualNet(tf: Tf, d: number, k: number, blocks: number, scale: number, seed: number): ResidualNet {
  const draw = (r: number, c: number, std: number, s: number) => tf.tidy(() => tf.randomNormal([r, c], 0, std, 'float32', s).arraySync() as number[][]);
  return {
    d,
    blocks: Array.from({ length: blocks }, (_, b) => ({
      w1: draw(d, k, Math.sqrt(2 / d), subSeed(seed, 4 * b)),
      b1: draw(1, k, 0.1, subSeed(seed, 4 * b + 1))[0]!,
      w2: draw(k, d, scale / Math.sqrt(k), subSeed(seed, 4 * b + 2)),
      b2: draw(1, d, 0.1, subSeed(seed, 4 * b + 3))[0]!,
    })),
  };
}

/** The residual net's output on a [batch, d] tensor, in tfjs. */
export function residualForward(tf: Tf, net: ResidualNet, x: Tensor2D): Tensor2D {
  return tf.tidy(() => residualApply(tf, residualParams(tf, net), x));
}

const zeros = (r: number, c: number) => Array.from({ length: r }, () => new Array<number>(c).fill(0));
const eye = (n: number, sign = 1) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? sign : 0)));
// Stacks blocks of rows/columns: rows of `top` above rows of `bottom`; columns side by side.
const vstack = (...ms: number[][][]) => ms.flat();
const hstack = (...ms: number[][][]) => ms[0]!.map((_, i) => ms.flatMap((m) => m[i]!));
const neg = (m: number[][]) => m.map((r) => r.map((v) => -v));

/**
 * A plain ReLU MLP (as weights[l][i][j] and biases, ReLU on every layer but the last) computing exactly the
 * residual net: hidden layers alternate [relu(h) | relu(-h) | relu(h W1 + b1)] (width 2d + k; the first two
 * parts are non-negative, so ReLU passes them unchanged) and [relu(h') | relu(-h')] (width 2d).
 */
export function residualToPlain(net: ResidualNet): { weights: number[][][]; biases: number[][] } {
  const d = net.d;
  const weights: number[][][] = [hstack(eye(d), eye(d, -1))];
  const biases: number[][] = [new Array<number>(2 * d).fill(0)];
  for (const b of net.blocks) {
    // From s = [p, q] (h = p - q) to [p, q, relu(h W1 + b1)].
    weights.push(vstack(hstack(eye(d), zeros(d, d), b.w1), hstack(zeros(d, d), eye(d), neg(b.w1))));
    biases.push([...new Array<number>(2 * d).fill(0), ...b.b1]);
    // From [p, q, u] to [relu(h'), relu(-h')], h' = p - q + u W2 + b2.
    weights.push(vstack(hstack(eye(d), eye(d, -1)), hstack(eye(d, -1), eye(d)), hstack(b.w2, neg(b.w2))));
    biases.push([...b.b2, ...b.b2.map((v) => -v)]);
  }
  weights.push(vstack(eye(d), eye(d, -1)));
  biases.push(new Array<number>(d).fill(0));
  return { weights, biases };
}

/** The plain rewriting as a tfjs Mlp (ReLU hidden layers, linear output); dispose it when done. */
export function plainMlpOf(tf: Tf, net: ResidualNet): Mlp {
  const { weights, biases } = residualToPlain(net);
  const ws = weights.map((w) => tf.tensor2d(w) as Tensor2D);
  const bs = biases.map((b) => tf.tensor1d(b));
  const sizes = [weights[0]!.length, ...weights.map((w) => w[0]!.length)];
  return { spec: { sizes, activation: 'relu', weightVariance: () => 0, seed: 0 }, weights: ws, biases: bs, dispose: () => tf.dispose([...ws, ...bs]) };
}

/** The residual net's parameters as tensors [W1, b1, W2, b2] per block (the caller owns them). */
export function residualParams(tf: Tf, net: ResidualNet): Tensor[] {
  return net.blocks.flatMap((b) => [tf.tensor2d(b.w1), tf.tensor1d(b.b1), tf.tensor2d(b.w2), tf.tensor1d(b.b2)]);
}

/** x + relu(x W1 + b1) W2 + b2, block after block, from a flat parameter list (trainable). */
export function residualApply(tf: Tf, params: readonly Tensor[], x: Tensor2D): Tensor2D {
  let h = x;
  for (let i = 0; i + 3 < params.length; i += 4) {
    const u = tf.relu(tf.add(tf.matMul(h, params[i] as Tensor2D), params[i + 1]!)) as Tensor2D;
    h = tf.add(h, tf.add(tf.matMul(u, params[i + 2] as Tensor2D), params[i + 3]!)) as Tensor2D;
  }
  return h;
}
