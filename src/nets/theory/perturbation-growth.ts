// A small perturbation's squared norm layer by layer in one wide random net (propagated as a tangent,
// so it can shrink without rounding), and its typical per-layer factor.
import type { Tf } from '../../backend/tf.js';
import type { Activation } from '../base/activations.js';
import { probeTangent } from './mean-field.js';

export function perturbationFactors(tf: Tf, phi: Activation, weightVariance: number, biasVariance: number, depth: number, seed: number, width = 256, rows = 32): { q: number[]; distance2: number[] } {
  const t = probeTangent(tf, { phi, weightVariance, biasVariance, width, depth, rows, seed });
  return { q: t.q, distance2: t.tangent2 };
}

/** The geometric mean of the layer-to-layer factors distance2[l + 1] / distance2[l] for l >= from. */
export function meanLayerFactor(distance2: readonly number[], from = 0): number {
  const ratios = distance2.slice(from + 1).map((d, l) => d / distance2[from + l]!);
  return Math.exp(ratios.reduce((s, x) => s + Math.log(x), 0) / ratios.length);
}
