// Random search for the most activation regions a 1-D ReLU architecture realises (a lower bound on its maximum).
import type { Tf } from '../../backend/tf.js';
import { countLinearRegions, type PlainNet } from './linear-regions.js';

export interface RegionSearch {
  /** Most regions seen: a lower bound on the architecture's maximum, nothing more. */
  max: number;
  /** How many nets reached each count. */
  histogram: Record<number, number>;
  nets: number;
}

/**
 * Counts the regions of `count` random nets with layer sizes `sizes` ([1, hidden..., out]); net i
 * draws W ~ N(0, c/fanIn) and b ~ N(0, s^2) with (c, s) cycling through `scales`, all from `seed`.
 */
export function searchRegions(tf: Tf, sizes: readonly number[], count: number, seed: number, scales: readonly { weightVariance: number; biasStd: number }[]): RegionSearch {
  const shapes = sizes.slice(1).map((out, l) => [sizes[l]!, out] as const);
  const perNet = shapes.reduce((s, [i, o]) => s + i * o + o, 0);
  const draws = tf.tidy(() => tf.randomNormal([count, perNet], 0, 1, 'float32', seed).dataSync());
  const histogram: Record<number, number> = {};
  let max = 0;
  for (let n = 0; n < count; n++) {
    const { weightVariance: c, biasStd: s } = scales[n % scales.length]!;
    let at = n * perNet;
    const net: PlainNet = { weights: [], biases: [] };
    for (const [fanIn, fanOut] of shapes) {
      const sw = Math.sqrt(c / fanIn);
      (net.weights as number[][][]).push(Array.from({ length: fanIn }, () => Array.from({ length: fanOut }, () => sw * draws[at++]!)));
      (net.biases as number[][]).push(Array.from({ length: fanOut }, () => s * draws[at++]!));
    }
    const r = countLinearRegions(net).regions;
    histogram[r] = (histogram[r] ?? 0) + 1;
    max = Math.max(max, r);
  }
  return { max, histogram, nets: count };
}
