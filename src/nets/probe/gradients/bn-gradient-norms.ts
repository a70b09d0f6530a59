// Back-propagated gradient norms per layer at initialisation in square ReLU MLPs with or without
// batch normalisation before each activation: h_{l+1} = relu(BN(h_l W_l)), BN over the batch with no
// affine parameters (tfjs autodiff through zero probes added to each h_l).
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../../backend/tf.js';
import { normalWeights } from '../../base/init.js';
import { subSeed } from '../../../random/seeds.js';

export interface BnNetSpec {
  /** Hidden layers H; the net has H + 1 weight matrices, all width x width. */
  depth: number;
  width: number;
  /** Var(W_ij) = weightVariance / width. */
  weightVariance: number;
  batchNorm: boolean;
  batchSize: number;
  seed: number;
}

/** Standardises each column over the batch (mean 0, variance 1, epsilon 1e-5). */
export function batchNormalize(tf: Tf, z: Tensor2D): Tensor2D {
  const { mean, variance } = tf.moments(z, 0);
  return tf.div(tf.sub(z, mean), tf.sqrt(tf.add(variance, 1e-5))) as Tensor2D;
}

/**
 * |dL/dh_l| (Frobenius over the batch) for l = 0..H, with h_0 the N(0, I) input batch, L = sum(out * r)
 * for Gaussian r, and the per-layer mean square of the pre-activations z_l = h_{l-1} W (before BN).
 */
export function bnGradientNorms(tf: Tf, spec: BnNetSpec): { norms: number[]; preActivationVariance: number[] } {
  const { depth, width, batchSize } = spec;
  const out = tf.tidy(() => {
    const ws = Array.from({ length: depth + 1 }, (_, l) => normalWeights(tf, [width, width], spec.weightVariance / width, subSeed(spec.seed, 2 * l)));
    const x = tf.randomNormal([batchSize, width], 0, 1, 'float32', subSeed(spec.seed, 10_001)) as Tensor2D;
    const r = tf.randomNormal([batchSize, width], 0, 1, 'float32', subSeed(spec.seed, 10_002));
    const probes = Array.from({ length: depth + 1 }, () => tf.zeros([batchSize, width]));
    const variances: Tensor[] = [];
    const run = (record: boolean, p: readonly Tensor[]) => {
      let h: Tensor2D = x;
      for (let l = 0; l < depth; l++) {
        h = tf.add(h, p[l]!) as Tensor2D;
        let z = tf.matMul(h, ws[l]!) as Tensor2D;
        if (record) variances.push(tf.mean(tf.square(z)));
        if (spec.batchNorm) z = batchNormalize(tf, z);
        h = tf.relu(z) as Tensor2D;
      }
      h = tf.add(h, p[depth]!) as Tensor2D;
      return tf.sum(tf.mul(tf.matMul(h, ws[depth]!), r));
    };
    run(true, probes);
    const grads = tf.grads((...p: Tensor[]) => run(false, p))(probes);
    return [tf.stack(grads.map((g) => tf.norm(g))), tf.stack(variances)];
  });
  try {
    return { norms: Array.from(out[0]!.dataSync()), preActivationVariance: Array.from(out[1]!.dataSync()) };
  } finally {
    tf.dispose(out);
  }
}
