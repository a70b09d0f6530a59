// Square ReLU stacks in plain float64, with or without the identity skip of the residual block
// g_k(h) = h + relu(h W_k) (plain: relu(h W_k)); bias-free, so each block is positively homogeneous
// and signals can be renormalised at every layer: depths in the thousands neither overflow nor underflow.
import { normalStream } from '../base/rng.js';
import { norm } from '../base/vectors.js';

export interface ChainSpec {
  depth: number;
  width: number;
  /** Var(W_ij) = branchVariance / width. */
  branchVariance: number;
  /** Residual blocks h + relu(hW) when true, plain layers relu(hW) when false. */
  skip: boolean;
  seed: number;
}

/** The depth weight matrices (width x width, rows = inputs), drawn from the seed. */
export function chainWeights(spec: ChainSpec): number[][][] {
  const g = normalStream(spec.seed);
  const sd = Math.sqrt(spec.branchVariance / spec.width);
  return Array.from({ length: spec.depth }, () => Array.from({ length: spec.width }, () => Array.from({ length: spec.width }, () => sd * g())));
}

/** One block applied to a row vector h. */
export function blockForward(w: readonly (readonly number[])[], h: readonly number[], skip: boolean): number[] {
  const z = new Array<number>(w[0]!.length).fill(0);
  h.forEach((v, i) => { if (v !== 0) w[i]!.forEach((wij, j) => { z[j]! += v * wij; }); });
  return z.map((v, j) => (skip ? h[j]! : 0) + (v > 0 ? v : 0));
}

/** The whole chain applied to h (no renormalisation: for shallow chains). */
export function chainForward(weights: readonly (readonly (readonly number[])[])[], h: readonly number[], skip: boolean): number[] {
  return weights.reduce<number[]>((x, w) => blockForward(w, x, skip), h.slice());
}


export interface ChainSignal {
  /** log(|h_k| / |h_0|) for k = 0..depth, averaged over the inputs. */
  forwardLog: number[];
  /** log(|dL/dh_k| / |dL/dh_depth|) for k = depth..0 listed from k = depth down (index = layers crossed), averaged over the inputs. */
  backwardLog: number[];
}

/**
 * Pushes `inputs` random N(0, I) inputs through the chain and back-propagates L = <h_depth, r> for
 * Gaussian r, renormalising at every layer; returns the accumulated log gains per layer.
 */
export function chainSignal(spec: ChainSpec, inputs: number): ChainSignal {
  const weights = chainWeights(spec);
  const g = normalStream(spec.seed ^ 0x5bd1e995);
  const { depth, width, skip } = spec;
  const forwardLog = new Array<number>(depth + 1).fill(0);
  const backwardLog = new Array<number>(depth + 1).fill(0);
  for (let b = 0; b < inputs; b++) {
    let h = Array.from({ length: width }, () => g());
    let logGain = 0;
    const masks: boolean[][] = [];
    for (let k = 0; k < depth; k++) {
      const before = norm(h);
      const w = weights[k]!;
      const z = new Array<number>(width).fill(0);
      h.forEach((v, i) => { if (v !== 0) w[i]!.forEach((wij, j) => { z[j]! += v * wij; }); });
      masks.push(z.map((v) => v > 0));
      const next = z.map((v, j) => (skip ? h[j]! : 0) + (v > 0 ? v : 0));
      const after = norm(next);
      logGain += Math.log(after / before);
      forwardLog[k + 1]! += logGain / inputs;
      h = after > 0 ? next.map((v) => v / after) : next;
    }
    let gr = Array.from({ length: width }, () => g());
    let back = 0;
    for (let k = depth - 1; k >= 0; k--) {
      const before = norm(gr);
      const w = weights[k]!;
      const m = masks[k]!;
      const next = w.map((row, i) => (skip ? gr[i]! : 0) + row.reduce((s, wij, j) => (m[j] ? s + wij * gr[j]! : s), 0));
      const after = norm(next);
      back += Math.log(after / before);
      backwardLog[depth - k]! += back / inputs;
      gr = after > 0 ? next.map((v) => v / after) : next;
    }
  }
  return { forwardLog, backwardLog };
}
