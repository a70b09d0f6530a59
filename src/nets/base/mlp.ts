// A plain-tensor MLP: weight matrices, optional biases, one activation for hidden layers.
import type { Tensor, Tensor1D, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { activate, type Activation } from './activations.js';
import { normalWeights } from './init.js';
import { subSeed } from '../../random/seeds.js';


export interface MlpSpec {
  /** Layer widths [input, hidden..., output]; sizes.length - 1 weight matrices. */
  sizes: readonly number[];
  /** Activation of every hidden layer. */
  activation: Activation;
  /** Activation of the output layer (default linear). */
  outputActivation?: Activation;
  /** Var(W_ij) of a layer as a function of its fan-in. */
  weightVariance: (fanIn: number) => number;
  /** Var(b_i); 0 or absent means no biases. */
  biasVariance?: number;
  /** Negative slope of leakyRelu (default 0.01). */
  leakyAlpha?: number;
  seed: number;
}

export interface Mlp {
  readonly spec: MlpSpec;
  readonly weights: Tensor2D[];
  readonly biases: (Tensor1D | null)[];
  dispose(): void;
}

/** Draws an MLP's weights (exact variance per layer) and biases from `spec.seed`. */
export function buildMlp(tf: Tf, spec: MlpSpec): Mlp {
  if (spec.sizes.length < 2) throw new Error('an MLP needs at least input and output sizes');
  const weights: Tensor2D[] = [];
  const biases: (Tensor1D | null)[] = [];
  for (let l = 0; l + 1 < spec.sizes.length; l++) {
    const [fanIn, fanOut] = [spec.sizes[l]!, spec.sizes[l + 1]!];
    weights.push(normalWeights(tf, [fanIn, fanOut], spec.weightVariance(fanIn), subSeed(spec.seed, 2 * l)));
    const bv = spec.biasVariance ?? 0;
    biases.push(bv > 0 ? (tf.randomNormal([fanOut], 0, Math.sqrt(bv), 'float32', subSeed(spec.seed, 2 * l + 1)) as Tensor1D) : null);
  }
  return { spec, weights, biases, dispose: () => tf.dispose([...weights, ...biases.filter((b): b is Tensor1D => b !== null)]) };
}

/** Applies an activation elementwise. */
/** Forward pass on a [batch, input] tensor; `probes[l]` (if given) is added to h_l for l = 0..L-1 (h_0 = x). */
export function forward(tf: Tf, mlp: Mlp, x: Tensor2D, probes?: readonly Tensor[]): Tensor2D {
  const { spec } = mlp;
  const L = mlp.weights.length;
  let h: Tensor = x;
  for (let l = 0; l < L; l++) {
    if (probes?.[l]) h = tf.add(h, probes[l]!);
    let z: Tensor = tf.matMul(h as Tensor2D, mlp.weights[l]!);
    const b = mlp.biases[l];
    if (b) z = tf.add(z, b);
    h = activate(tf, z, l === L - 1 ? spec.outputActivation ?? 'linear' : spec.activation, spec.leakyAlpha);
  }
  return h as Tensor2D;
}

/** The weights and biases as float64 nested arrays (weights[l][i][j] maps input i to output j; missing biases are zeros). */
export function mlpToArrays(mlp: Mlp): { weights: number[][][]; biases: number[][] } {
  return {
    weights: mlp.weights.map((w) => w.arraySync()),
    biases: mlp.biases.map((b, l) => (b ? b.arraySync() : new Array<number>(mlp.weights[l]!.shape[1]).fill(0))),
  };
}
