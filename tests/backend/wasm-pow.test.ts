import { describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';

describe('the patched wasm Pow', () => {
  it('squares exactly like x * x, leaves other exponents to the original kernel, and does not leak', async () => {
    await selectBackend('wasm');
    const x = tf.randomNormal([7, 33], 0, 3, 'float32', 5);
    const ids = tf.engine().backend.numDataIds();
    const [squared, product, cubed, norm] = tf.tidy(() => [
      tf.pow(x, 2).dataSync(), tf.mul(x, x).dataSync(), tf.pow(x, 3).dataSync(), tf.norm(x).dataSync()[0]!,
    ]);
    expect(Array.from(squared)).toEqual(Array.from(product));
    const xs = x.dataSync() as Float32Array;
    cubed.forEach((c, i) => expect(c).toBeCloseTo(xs[i]! ** 3, 3));
    expect(norm).toBeCloseTo(Math.sqrt(xs.reduce((s, v) => s + v * v, 0)), 3);
    expect(tf.engine().backend.numDataIds()).toBe(ids);
    x.dispose();
  });
});
