// The function-space loss L(f) = 1/2 |f - y|^2 at random f1, f2, y: its midpoint gap, its Hessian by
// double autodiff and its value at and away from y (infinite-width-ntk's convex bowl).
import type { Tensor } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { subSeed } from '../../random/seeds.js';

export function bowl(tf: Tf, n: number, seed: number): { gap: number; hessMin: number; lf1: number; ly: number; dist2: number } {
  return tf.tidy(() => {
    const draw = (i: number) => tf.randomNormal([n], 0, 1, 'float32', subSeed(seed, i));
    const [y, f1, f2] = [draw(0), draw(1), draw(2)];
    const L = (f: Tensor) => tf.mul(0.5, tf.sum(tf.square(tf.sub(f, y))));
    const mid = tf.mul(tf.add(f1, f2), 0.5);
    // d/df of sum(grad L): the row sums of the Hessian, by double autodiff.
    const hess = tf.grad((f: Tensor) => tf.sum(tf.grad((g: Tensor) => L(g))(f)))(f1);
    const [a, b, c, h, lf1, ly] = [L(f1), L(f2), L(mid), tf.min(hess), L(f1), L(y)].map((t) => t.dataSync()[0]!);
    return { gap: (a! + b!) / 2 - c!, hessMin: h!, lf1: lf1!, ly: ly!, dist2: tf.sum(tf.square(tf.sub(f1, y))).dataSync()[0]! };
  });
}
