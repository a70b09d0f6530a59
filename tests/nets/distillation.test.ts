import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { distillation, distilledStudent } from '../../src/nets/experiments/distillation.js';

beforeAll(async () => { await selectBackend(); });

describe('distillation setting', () => {
  it('labels n + extra inputs with the teacher\'s logits as plain data and trains a student on them, leaking nothing', () => {
    const before = tf.memory().numTensors;
    const d = distillation(tf, { arch: { kind: 'mlp', hidden: [32] }, seed: 1, n: 100, extra: 50, nTest: 100, steps: 50, lr: 0.01 });
    expect(tf.memory().numTensors).toBe(before);
    expect(d.transfer).toMatchObject({ rows: 150 });
    expect(d.transfer.x).toHaveLength(150 * 40);
    expect(d.transfer.y).toHaveLength(150 * 10);
    expect(d.test.y).toHaveLength(100 * 10);
    expect(d.teacherTestAcc).toBeGreaterThan(0.1);
    const s = distilledStudent(tf, d, { kind: 'conv', channels: [4], kernel: 5, stride: 2 }, 2, 20, 0.01);
    expect(s.testAcc).toBeGreaterThanOrEqual(0);
    expect(s.net.paramCount).toBe(4 * 5 + 4 + 20 * 4 * 10 + 10);
    expect(tf.memory().numTensors).toBe(before);
  });
  it('gives the same teacher for the same seed', () => {
    const o = { arch: { kind: 'mlp', hidden: [8] }, seed: 3, n: 50, extra: 10, nTest: 20, steps: 5, lr: 0.01 } as const;
    expect(distillation(tf, o).transfer.y).toEqual(distillation(tf, o).transfer.y);
  });
});
