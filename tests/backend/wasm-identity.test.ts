import { describe, expect, it } from 'vitest';
import type { Scalar } from '@tensorflow/tfjs';
import { selectBackend, tf } from '../../src/backend/select.js';

describe('the patched wasm Identity and same-dtype Cast', () => {
  it('share the buffer, outlive the original, still convert between dtypes, keep byte counts, and do not leak', async () => {
    await selectBackend('wasm');
    const ids = tf.engine().backend.numDataIds();
    const x = tf.randomNormal([5, 9], 0, 1, 'float32', 3);
    const values = Array.from(x.dataSync());
    const bytes = tf.memory().numBytes;
    const [copy, same, asInt] = [x.clone(), tf.cast(x, 'float32'), tf.cast(x, 'int32')];
    expect(tf.memory().numBytes).toBe(bytes + 3 * 45 * 4);
    expect(tf.engine().backend.numDataIds()).toBe(ids + 2);
    x.dispose();
    expect(Array.from(copy.dataSync())).toEqual(values);
    expect(Array.from(same.dataSync())).toEqual(values);
    expect(Array.from(asInt.dataSync())).toEqual(values.map((v) => v | 0));
    // Gradients save clones of their inputs: a trained step gives the values of a by-hand one.
    const start = tf.tensor1d([0.5, -2]);
    const w = tf.variable(start);
    start.dispose();
    const g = tf.grad((v) => tf.sum(tf.relu(tf.mul(v, 3))) as Scalar)(w);
    expect(Array.from(g.dataSync())).toEqual([3, 0]);
    tf.dispose([copy, same, asInt, w, g]);
    expect(tf.engine().backend.numDataIds()).toBe(ids);
  });
});
