import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { installKernelClock, type KernelClock } from '../../src/backend/kernel-clock.js';

describe('installKernelClock', () => {
  let clock: KernelClock;
  beforeAll(async () => {
    await selectBackend('wasm');
    clock = installKernelClock('wasm');
  });

  it('counts each kernel call and its time, and leaves results unchanged', () => {
    clock.reset();
    const [a, b] = [tf.tensor2d([[1, 2], [3, 4]]), tf.tensor2d([[5, 6], [7, 8]])];
    const product = tf.tidy(() => tf.matMul(a, b, false, true).arraySync());
    tf.dispose([a, b]);
    expect(product).toEqual([[17, 23], [39, 53]]);
    const matmul = clock.take().find((k) => k.name === 'BatchMatMul');
    expect(matmul?.calls).toBe(1);
    expect(matmul!.ms).toBeGreaterThanOrEqual(0);
  });
  it('starts from zero after a reset and lists kernels by time, most first', () => {
    tf.tidy(() => tf.add(tf.ones([3]), tf.ones([3])));
    clock.reset();
    expect(clock.take()).toEqual([]);
    tf.tidy(() => tf.relu(tf.matMul(tf.ones([64, 64]), tf.ones([64, 64]))));
    const times = clock.take().map((k) => k.ms);
    expect(times).toEqual([...times].sort((x, y) => y - x));
  });
});
