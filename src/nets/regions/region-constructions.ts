// Hand-built 1-D ReLU nets that reach known region counts (a linear readout of 1 unit ends each).
import type { PlainNet } from './linear-regions.js';

/** Depth-L width-1 net with L + 1 regions: h1 = relu(x), h2 = relu(1 - h1), then h_k = relu(h_{k-1} - 2^{2-k}) halves the live segment. */
export function halvingChain(L: number): PlainNet {
  const weights: number[][][] = [[[1]]];
  const biases: number[][] = [[0]];
  for (let k = 2; k <= L; k++) {
    weights.push(k === 2 ? [[-1]] : [[1]]);
    biases.push(k === 2 ? [1] : [-(2 ** (2 - k))]);
  }
  weights.push([[1]]);
  biases.push([0]);
  return { weights, biases };
}

/**
 * Depth-2 width-3 net with 16 regions: layer 1 kinks at 0, 1, 2 (opening right, right, left);
 * each layer-2 neuron is a zigzag with slopes -1, 1, -1/2, 1/2 crossing zero once on each of the
 * four pieces, at value z0 in (-1, -1/2) at x = 0, distinct per neuron.
 */
export function zigzagWidth3(): PlainNet {
  const z0 = [-0.6, -0.75, -0.9];
  return {
    weights: [[[1, 1, -1]], [[2, 2, 2], [-1.5, -1.5, -1.5], [1, 1, 1]], [[1], [1], [1]]],
    biases: [[0, -1, 2], z0.map((z) => z - 2), [0]],
  };
}
