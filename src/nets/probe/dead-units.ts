// Dead ReLU units: hidden units whose pre-activation is <= 0 on every example of a data set.
import type { Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { forwardTrace } from './layer-jacobians.js';
import type { Mlp } from '../base/mlp.js';

/** For each hidden layer, which units have z <= 0 on every row of x (so relu(z) = 0 and relu'(z) = 0 on the whole set). */
export function deadUnits(tf: Tf, mlp: Mlp, x: Tensor2D): boolean[][] {
  const { zs, hs } = forwardTrace(tf, mlp, x);
  try {
    return zs.slice(0, -1).map((z) => {
      const dead = tf.tidy(() => tf.lessEqual(tf.max(z, 0), 0));
      try {
        return Array.from(dead.dataSync(), (v) => v === 1);
      } finally {
        dead.dispose();
      }
    });
  } finally {
    tf.dispose([...zs, ...hs.slice(1)]);
  }
}

/** The incoming weights (column j of W_l) and bias of hidden unit j of layer l, as float64 numbers. */
export function unitParams(mlp: Mlp, l: number, j: number): number[] {
  const w = mlp.weights[l]!;
  const col = Array.from(w.dataSync()).filter((_, i) => i % w.shape[1] === j);
  const b = mlp.biases[l];
  return b ? [...col, b.dataSync()[j]!] : col;
}
