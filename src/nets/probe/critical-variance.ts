// The weight variance Var(W) = c / fan_in at which back-propagated gradients neither shrink nor grow:
// the root of log(per-layer gradient factor) in log c, found by the secant method on fixed networks.
import type { Tf } from '../../backend/tf.js';
import type { Activation } from '../base/activations.js';
import { meanLayerFactor, type SquareNet } from './gradients/gradient-norms.js';
import { subSeed } from '../../random/seeds.js';

export interface CriticalSearch extends Omit<SquareNet, 'weightVariance' | 'seed'> {
  /** Networks averaged (geometric mean of their factors) at every c; the same seeds at every c. */
  nets: number;
  seed: number;
  /** Starting pair of multipliers (default 1 and 2). */
  start?: [number, number];
  /** Secant steps (default 5). */
  steps?: number;
}

/** Geometric mean over `nets` fixed networks of the per-layer gradient factor at Var(W) = c / fan_in. */
export function factorAt(tf: Tf, net: Omit<CriticalSearch, 'start' | 'steps'>, c: number): number {
  let logSum = 0;
  for (let i = 0; i < net.nets; i++) {
    logSum += Math.log(meanLayerFactor(tf, { ...net, weightVariance: (n) => c / n, seed: subSeed(net.seed, i) }));
  }
  return Math.exp(logSum / net.nets);
}

/** The c with factor(c) = 1, by the secant method on (log c, log factor); with common networks the curve is smooth. */
export function criticalVariance(tf: Tf, search: CriticalSearch): { c: number; factor: number; evaluations: number } {
  let [c0, c1] = search.start ?? [1, 2];
  let [f0, f1] = [Math.log(factorAt(tf, search, c0)), Math.log(factorAt(tf, search, c1))];
  let evaluations = 2;
  for (let k = 0; k < (search.steps ?? 5) && Math.abs(f1) > 1e-4 && f1 !== f0; k++) {
    const next = Math.exp(Math.log(c1) - (f1 * (Math.log(c1) - Math.log(c0))) / (f1 - f0));
    [c0, f0] = [c1, f1];
    c1 = Math.min(64, Math.max(1 / 64, next));
    f1 = Math.log(factorAt(tf, search, c1));
    evaluations++;
  }
  return { c: c1, factor: Math.exp(f1), evaluations };
}

/** The net a critical-variance search runs on: tanh nets measured from their middle layer, where the forward variance has settled. */
export const criticalNet = (activation: Activation, depth: number, width: number, seed: number, nets: number) =>
  ({ activation, depth, width, batchSize: 32, nets, seed, fromLayer: activation === 'tanh' ? Math.floor(depth / 2) : 0 });
