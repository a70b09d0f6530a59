// Expressivity and trainability of plain ReLU MLPs as depth grows at a fixed width: the linear
// regions a construction reaches (the zigzag, or the w-tooth sawtooth for w < 3) and the factor by
// which the back-propagated gradient shrinks from the last hidden layer to the input at a given init.
import type { Tf } from '../../backend/tf.js';
import { countLinearRegions } from '../regions/linear-regions.js';
import { sawtoothNet, zigzagNet } from '../regions/sawtooth.js';
import { meanLayerFactor } from '../probe/gradients/gradient-norms.js';
import { subSeed } from '../../random/seeds.js';

/** Activation regions on the real line of zigzagNet(depth, teeth) (teeth >= 3: exactly (teeth+1)^depth) or sawtoothNet(depth, teeth) (teeth < 3): a lower bound on the maximum. */
export function constructionRegions(depth: number, teeth: number): number {
  return countLinearRegions(teeth >= 3 ? zigzagNet(depth, teeth) : sawtoothNet(depth, teeth)).regions;
}

/** Net i's |dL/dx| / |dL/dh_depth| in a fresh square ReLU net of `width` at Var(W) = weightVariance / fan_in (a draw for judge.sequential). */
export function endToEndGradientRatio(tf: Tf, opts: { depth: number; width: number; weightVariance: number; batchSize: number; seed: number }, i: number): number {
  return meanLayerFactor(tf, { depth: opts.depth, width: opts.width, activation: 'relu', weightVariance: (n) => opts.weightVariance / n, seed: subSeed(opts.seed, 100 * opts.depth + i), batchSize: opts.batchSize }) ** opts.depth;
}

/** Per net: |dL/dx| / |dL/dh_depth| in fresh square ReLU nets of `width` at Var(W) = weightVariance / fan_in. */
export function endToEndGradientRatios(tf: Tf, opts: { depth: number; width: number; weightVariance: number; nets: number; batchSize: number; seed: number }): number[] {
  return Array.from({ length: opts.nets }, (_, i) => endToEndGradientRatio(tf, opts, i));
}
