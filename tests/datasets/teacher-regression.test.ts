import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { teacherRegression } from '../../src/datasets/teacher-regression.js';

beforeAll(async () => { await selectBackend(); });

describe('teacherRegression', () => {
  it('is seeded, shaped [n, dim] -> [n, 1], and not constant', () => {
    const a = teacherRegression(tf, 20, 5, 6);
    const b = teacherRegression(tf, 20, 5, 6);
    expect(a.x.shape).toEqual([20, 6]);
    expect(a.y.shape).toEqual([20, 1]);
    expect(a.y.arraySync()).toEqual(b.y.arraySync());
    const ys = a.y.dataSync();
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(0.1);
    tf.dispose([a.x, a.y, b.x, b.y]);
  });
});
