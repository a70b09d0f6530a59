// An activation probed on a grid of inputs: values and derivatives as float32 computes them.
import type { Tensor } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';

/** n + 1 evenly spaced points from lo to hi. */
export const evenGrid = (lo: number, hi: number, n: number) => Array.from({ length: n + 1 }, (_, i) => lo + ((hi - lo) * i) / n);

/**
 * Values and first derivatives (tfjs autodiff) of an activation on a float32 grid, and second derivatives
 * as central differences of the autodiff derivative with step h (tfjs has no second-order gradient of these kernels).
 */
export function derivativesOnGrid(tf: Tf, f: (z: Tensor) => Tensor, zs: number[], h = 1e-3): { y: number[]; d1: number[]; d2: number[] } {
  return tf.tidy(() => {
    const z = tf.tensor1d(zs);
    const g1 = tf.grad((t: Tensor) => tf.sum(f(t)));
    const d2 = tf.div(tf.sub(g1(tf.add(z, h)), g1(tf.sub(z, h))), 2 * h);
    return { y: Array.from(f(z).dataSync()), d1: Array.from(g1(z).dataSync()), d2: Array.from(d2.dataSync()) };
  });
}
