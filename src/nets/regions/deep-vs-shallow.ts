// Depth against width at an equal number of units, in linear regions of a 1-D input: the deep
// w-tooth fold (counted exactly) against a one-hidden-layer net of as many units.
import type { Tf } from '../../backend/tf.js';
import { countLinearRegions } from './linear-regions.js';
import { sawtoothNet } from './sawtooth.js';
import { searchRegions } from './region-search.js';

export interface DeepVsShallow { deep: number; shallowBound: number; shallowFound: number }

/** Regions of the deep w-tooth fold with L layers, and the most a shallow net with L * w units reaches (bound k + 1, checked by `searches` random nets). */
export function deepVsShallowRegions(tf: Tf, L: number, w: number, searches: number, seed: number): DeepVsShallow {
  const k = L * w;
  const scales = [0.5, 2, 8].flatMap((c) => [0.1, 1, 10].map((s) => ({ weightVariance: c, biasStd: s })));
  const found = searchRegions(tf, [1, k, 1], searches, seed, scales).max;
  return { deep: countLinearRegions(sawtoothNet(L, w)).regions, shallowBound: k + 1, shallowFound: found };
}
