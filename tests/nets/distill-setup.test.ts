import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { distillation, distilledStudent } from '../../src/nets/distill-setup.js';

beforeAll(async () => { await selectBackend(); });

describe('distillation setting', () => {
  it('labels n + extra inputs with the teacher\'s logits and trains a student on them, leaking nothing', () => {
    const before = tf.memory().numTensors;
    const d = distillation(tf, { arch: { kind: 'mlp', hidden: [32] }, seed: 1, n: 100, extra: 50, nTest: 100, steps: 50, lr: 0.01 });
    expect(d.transfer.x.shape).toEqual([150, 40]);
    expect(d.transfer.y.shape).toEqual([150, 10]);
    expect(d.teacherTestAcc).toBeGreaterThan(0.1);
    const s = distilledStudent(tf, d, { kind: 'conv', channels: [4], kernel: 5, stride: 2 }, 2, 20, 0.01);
    expect(s.testAcc).toBeGreaterThanOrEqual(0);
    expect(s.net.paramCount).toBe(4 * 5 + 4 + 20 * 4 * 10 + 10);
    d.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
