import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { spherePoints, teacherClassification } from '../../src/datasets/teacher.js';

beforeAll(async () => { await selectBackend(); });

describe('teacher tasks', () => {
  it('is deterministic in its seed, shaped as asked, and flips about the requested fraction of training labels', () => {
    const a = teacherClassification(tf, { nTrain: 400, nTest: 50, d: 6, classes: 4, labelNoise: 0.3, seed: 9 });
    const b = teacherClassification(tf, { nTrain: 400, nTest: 50, d: 6, classes: 4, labelNoise: 0.3, seed: 9 });
    expect(a.xTrain.shape).toEqual([400, 6]);
    expect(a.yTest.shape).toEqual([50, 4]);
    expect(a.yTrain.arraySync()).toEqual(b.yTrain.arraySync());
    const frac = a.flipped.filter(Boolean).length / 400;
    expect(frac).toBeGreaterThan(0.22);
    expect(frac).toBeLessThan(0.38);
    const clean = teacherClassification(tf, { nTrain: 400, nTest: 50, d: 6, classes: 4, seed: 9 });
    const [noisy, orig] = [a.yTrain.argMax(1).arraySync() as number[], clean.yTrain.argMax(1).arraySync() as number[]];
    a.flipped.forEach((f, i) => expect(noisy[i]! !== orig[i]!).toBe(f));
    [a, b, clean].forEach((d) => d.dispose());
  });

  it('sphere points have norm sqrt(d)', () => {
    const x = spherePoints(tf, 5, 9, 1);
    (tf.tidy(() => tf.norm(x, 'euclidean', 1).arraySync()) as number[]).forEach((v) => expect(v).toBeCloseTo(3, 4));
    x.dispose();
  });
});
