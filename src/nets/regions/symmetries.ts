// Function-preserving moves in the parameter space of a ReLU MLP given as plain data (PlainNet:
// ReLU on every hidden layer, linear readout): permuting a hidden layer's units, and rescaling a
// unit's incoming weights and bias by c > 0 and its outgoing weights by 1/c. Plus a tfjs forward
// pass, so the nets before and after are computed by the same library that trains them.
import type { Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import type { PlainNet } from './linear-regions.js';

const copy = (net: PlainNet): { weights: number[][][]; biases: number[][] } => ({
  weights: net.weights.map((w) => w.map((row) => row.slice())),
  biases: net.biases.map((b) => b.slice()),
});

function checkHidden(net: PlainNet, l: number): void {
  if (!Number.isInteger(l) || l < 0 || l >= net.weights.length - 1) throw new Error(`hidden layer ${l} does not exist (net has ${net.weights.length - 1})`);
}

/** Hidden layer l's units reordered: new unit j is old unit perm[j] (columns of W_l and b_l, rows of W_{l+1}). */
export function permuteHidden(net: PlainNet, l: number, perm: readonly number[]): PlainNet {
  checkHidden(net, l);
  const n = net.biases[l]!.length;
  if (perm.length !== n || new Set(perm).size !== n || perm.some((p) => !(p >= 0 && p < n))) throw new Error(`not a permutation of ${n} units`);
  const out = copy(net);
  out.weights[l] = net.weights[l]!.map((row) => perm.map((p) => row[p]!));
  out.biases[l] = perm.map((p) => net.biases[l]![p]!);
  out.weights[l + 1] = perm.map((p) => net.weights[l + 1]![p]!.slice());
  return out;
}

/** Unit j of hidden layer l: incoming weights and bias times c, outgoing weights divided by c (c > 0). */
export function rescaleHidden(net: PlainNet, l: number, j: number, c: number): PlainNet {
  checkHidden(net, l);
  if (!(c > 0)) throw new Error(`rescaling needs c > 0, got ${c}`);
  const out = copy(net);
  out.weights[l]!.forEach((row) => { row[j]! *= c; });
  out.biases[l]![j]! *= c;
  out.weights[l + 1]![j] = out.weights[l + 1]![j]!.map((v) => v / c);
  return out;
}

/** All parameters in one vector: per layer, W row-major then b. */
export function flattenNet(net: PlainNet): number[] {
  return net.weights.flatMap((w, l) => [...w.flat(), ...net.biases[l]!]);
}

/** Layer sizes [input, hidden..., output] of a PlainNet. */
export function netSizes(net: PlainNet): number[] {
  return [net.weights[0]!.length, ...net.biases.map((b) => b.length)];
}

/** The output of `net` on a [batch, input] tensor, in tfjs (float32). */
export function plainForward(tf: Tf, net: PlainNet, x: Tensor2D): Tensor2D {
  return tf.tidy(() => {
    let h = x;
    net.weights.forEach((w, l) => {
      const z = tf.add(tf.matMul(h, tf.tensor2d(w as number[][])), tf.tensor1d(net.biases[l] as number[])) as Tensor2D;
      h = l < net.weights.length - 1 ? tf.relu(z) : z;
    });
    return h;
  });
}
