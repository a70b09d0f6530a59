// The square ReLU nets on which depth-vs-width reads the gradient law E|g_L|^2 = (pw)^L E|g_0|^2:
// the nets, the batch, per-layer gradient norms, and how the claims read the text's symbols on them.
import type { Tf } from '../../../backend/tf.js';
import type { Activation } from '../../base/activations.js';
import { buildMlp } from '../../base/mlp.js';
import { subSeed } from '../../../random/seeds.js';
import { gradientNorms } from './gradient-norms.js';

/** Inputs per gradient probe. */
export const SQUARE_BATCH = 32;

/** How the law's claims read the text on these nets (shared by their readings). */
export const squareLawReading = 'Square ReLU MLPs (zero biases, input and readout of the same width), weights N(0, sigma_w^2 / fan_in) exactly, a batch of 32 N(0, I) inputs, L = sum(output * r) for Gaussian r; |g| is the Frobenius norm over the batch of dL/dh. g_0 is the gradient at the last hidden layer and g_L the gradient after crossing L hidden layers backwards (at the input). The text\'s w is read as sigma_w^2 = fan_in Var(W) and p = 1/2.';

/** A square MLP: depth hidden layers, input and readout of the same width, zero biases. */
export const squareNet = (tf: Tf, depth: number, width: number, sigma2: number, seed: number, activation: Activation = 'relu') =>
  buildMlp(tf, { sizes: Array<number>(depth + 2).fill(width), activation, weightVariance: (n) => sigma2 / n, seed });

/** |dL/dh_k| for k = 0..depth (h_0 = x) of one fresh square ReLU net; its batch is drawn from the net's seed. */
export function squareGradientProfile(tf: Tf, depth: number, width: number, sigma2: number, seed: number): number[] {
  const mlp = squareNet(tf, depth, width, sigma2, seed);
  try { return gradientNorms(tf, mlp, { batchSize: SQUARE_BATCH, seed: subSeed(seed, 1_000_003) }); } finally { mlp.dispose(); }
}
