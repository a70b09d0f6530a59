import { beforeAll, describe, expect, it } from 'vitest';
import type { Scalar, Tensor, Tensor2D } from '@tensorflow/tfjs';
import { selectBackend, tf } from '../../src/backend/select.js';
import { buildMlp } from '../../src/nets/base/mlp.js';
import { fitMlp, mlpMse, scoredFinalLoss, trainParams } from '../../src/nets/train/train.js';

beforeAll(async () => { await selectBackend(); });

describe('trainParams', () => {
  it('takes exact gradient-descent steps and leaves its input untouched', () => {
    const before = tf.memory().numTensors;
    const w0 = tf.tensor1d([3, -2]);
    const loss = (ps: readonly Tensor[]) => tf.sum(tf.square(ps[0]!)) as Scalar; // gradient 2w
    const seen: number[][] = [];
    const { params, losses } = trainParams(tf, [w0], loss, { steps: 2, learningRate: 0.25, onStep: (_, ps) => seen.push(Array.from(ps[0]!.dataSync())) });
    expect(seen[0]).toEqual([1.5, -1]); // w - 0.25 * 2w = w / 2
    expect(Array.from(params[0]!.dataSync())).toEqual([0.75, -0.5]);
    expect(losses).toEqual([13, 3.25, 0.8125]);
    expect(Array.from(w0.dataSync())).toEqual([3, -2]);
    tf.dispose([w0, ...params]);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('fitMlp', () => {
  it('lowers the MSE of a small net on a smooth target without leaking', () => {
    const before = tf.memory().numTensors;
    const mlp = buildMlp(tf, { sizes: [2, 16, 1], activation: 'tanh', weightVariance: (n) => 1 / n, seed: 5 });
    const x = tf.randomNormal([64, 2], 0, 1, 'float32', 6) as Tensor2D;
    const y = tf.tidy(() => tf.sin(tf.sum(x, 1, true))) as Tensor2D;
    const fit = fitMlp(tf, mlp, { x, y }, { steps: 200, learningRate: 0.02, optimizer: 'adam' });
    expect(fit.losses).toHaveLength(201);
    expect(fit.losses[200]!).toBeLessThan(0.2 * fit.losses[0]!);
    const l = mlpMse(tf, fit.mlp, x, y);
    expect(l.dataSync()[0]).toBeCloseTo(fit.losses[200]!, 5);
    tf.dispose([l, x, y]);
    fit.mlp.dispose();
    mlp.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('scoredFinalLoss', () => {
  it('is the last loss of a finite run and the first of a diverged one, flagged', () => {
    expect(scoredFinalLoss([2, 1, 0.5])).toEqual({ first: 2, last: 0.5, diverged: false });
    expect(scoredFinalLoss([2, 40, NaN])).toEqual({ first: 2, last: 2, diverged: true });
    expect(scoredFinalLoss([2, Infinity])).toEqual({ first: 2, last: 2, diverged: true });
  });
});
