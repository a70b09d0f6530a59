// Square ReLU stacks in plain float64, with or without the identity skip of the residual block
// g_k(h) = h + relu(h W_k) (plain: relu(h W_k)), or, for signal propagation, the centred block
// h + relu(h W_k) V_k whose branch ends in a linear layer; bias-free, so each block is positively
// homogeneous and signals can be renormalised at every layer: depths in the thousands neither
// overflow nor underflow.
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
  /**
   * chainSignal only: closes each branch with a linear layer V (Var(V_ij) = closingVariance / width),
   * the block h + relu(h W) V, whose branch has mean zero; absent: the branch is relu(h W).
   */
  closingVariance?: number;
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
  const closing = spec.closingVariance === undefined ? null : chainWeights({ ...spec, branchVariance: spec.closingVariance, seed: spec.seed ^ 0x2545f491 });
  const g = normalStream(spec.seed ^ 0x5bd1e995);
  const { depth, width, skip } = spec;
  const forwardLog = new Array<number>(depth + 1).fill(0);
  const backwardLog = new Array<number>(depth + 1).fill(0);
  const times = (h: readonly number[], w: readonly (readonly number[])[]) => {
    const z = new Array<number>(width).fill(0);
    h.forEach((v, i) => { if (v !== 0) w[i]!.forEach((wij, j) => { z[j]! += v * wij; }); });
    return z;
  };
  for (let b = 0; b < inputs; b++) {
    let h = Array.from({ length: width }, () => g());
    let logGain = 0;
    const masks: boolean[][] = [];
    for (let k = 0; k < depth; k++) {
      const before = norm(h);
      const z = times(h, weights[k]!);
      masks.push(z.map((v) => v > 0));
      const a = z.map((v) => (v > 0 ? v : 0));
      const branch = closing ? times(a, closing[k]!) : a;
      const next = branch.map((v, j) => (skip ? h[j]! : 0) + v);
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
      // The gradient at the ReLU's output: through V when the branch is closed.
      const da = closing ? closing[k]!.map((row) => row.reduce((s, vij, j) => s + vij * gr[j]!, 0)) : gr;
      const next = w.map((row, i) => (skip ? gr[i]! : 0) + row.reduce((s, wij, j) => (m[j] ? s + wij * da[j]! : s), 0));
      const after = norm(next);
      back += Math.log(after / before);
      backwardLog[depth - k]! += back / inputs;
      gr = after > 0 ? next.map((v) => v / after) : next;
    }
  }
  return { forwardLog, backwardLog };
}
