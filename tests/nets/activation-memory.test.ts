import { beforeAll, describe, expect, it } from 'vitest';
import type { Tensor2D } from '@tensorflow/tfjs';
import { selectBackend, tf } from '../../src/backend/select.js';
import { buildMlp, forward } from '../../src/nets/base/mlp.js';
import { forwardDiscarding, forwardKeeping, profilePass, weightGradients } from '../../src/nets/probe/activation-memory.js';
import { checkpointedGradients } from '../../src/nets/probe/gradients/checkpointed-grads.js';

beforeAll(async () => { await selectBackend(); });

describe('activation memory', () => {
  it('discarding gives the same output with a peak independent of depth; keeping grows with depth', async () => {
    const before = tf.memory().numTensors;
    const x = tf.randomNormal([8, 16], 0, 1, 'float32', 1) as Tensor2D;
    const peaks: Record<string, number> = {};
    for (const L of [4, 12]) {
      const mlp = buildMlp(tf, { sizes: Array<number>(L + 1).fill(16), activation: 'relu', weightVariance: (n) => 2 / n, seed: L });
      const a = forwardDiscarding(tf, mlp, x);
      const b = tf.tidy(() => forward(tf, mlp, x));
      expect(tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0])).toBe(0);
      tf.dispose([a, b]);
      peaks[`d${L}`] = (await profilePass(tf, () => forwardDiscarding(tf, mlp, x))).peakBytes;
      const keep = await profilePass(tf, () => forwardKeeping(tf, mlp, x));
      peaks[`k${L}`] = keep.peakBytes;
      expect(keep.matmulFlops).toBe(2 * 8 * 16 * 16 * L);
      mlp.dispose();
    }
    expect(peaks.d12).toBe(peaks.d4);
    expect(peaks.k12! - peaks.k4!).toBe(2 * 8 * 8 * 16 * 4); // 8 more layers of z and relu(z), 8 x 16 floats each
    x.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('checkpointed gradients equal the tape gradients', () => {
    const before = tf.memory().numTensors;
    const mlp = buildMlp(tf, { sizes: [5, 8, 8, 8, 8, 8, 3], activation: 'tanh', weightVariance: (n) => 1 / n, biasVariance: 0.1, seed: 2 });
    const x = tf.randomNormal([4, 5], 0, 1, 'float32', 3) as Tensor2D;
    const r = tf.randomNormal([4, 3], 0, 1, 'float32', 4) as Tensor2D;
    const full = weightGradients(tf, mlp, x, r);
    for (const k of [1, 2, 4, 6]) {
      const ck = checkpointedGradients(tf, mlp, x, r, k);
      ck.forEach((g, l) => expect(tf.tidy(() => tf.max(tf.abs(tf.sub(g, full[l]!))).dataSync()[0]!)).toBeLessThan(1e-6));
      tf.dispose(ck);
    }
    tf.dispose([...full, x, r]);
    mlp.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
