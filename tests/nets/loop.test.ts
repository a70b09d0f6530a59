import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { batchOrder, rowPicker, trainLoop } from '../../src/nets/train/loop.js';
import type { Scalar } from '@tensorflow/tfjs';

beforeAll(async () => { await selectBackend(); });

describe('batchOrder', () => {
  it('covers every row once per epoch, drops a short remainder, is seeded, and needs a seed for minibatches', () => {
    const next = batchOrder(10, 4, 3);
    const epoch = [...next()!, ...next()!];
    expect(new Set(epoch).size).toBe(8);
    expect(next()!.length).toBe(4);
    expect(batchOrder(10, 4, 3)()).toEqual(batchOrder(10, 4, 3)());
    expect(batchOrder(10, undefined, undefined)()).toBeNull();
    expect(() => batchOrder(10, 4, undefined)).toThrow(/orderSeed/);
  });
});

describe('rowPicker', () => {
  it('picks the rows tf.gather picks, bit for bit, in any dtype and rank', () => {
    for (const t of [tf.randomNormal([30, 7], 0, 1, 'float32', 5), tf.tensor2d([[1, 2], [3, 4], [5, 6]], [3, 2], 'int32'), tf.randomUniform([6, 2, 3], 0, 1, 'float32', 6)]) {
      const rows = t.shape[0] === 3 ? [2, 0, 2] : [5, 1, 1, 0, t.shape[0] - 1];
      const [mine, theirs] = [rowPicker(tf, t)(rows), tf.gather(t, tf.tensor1d(rows, 'int32'))];
      expect(mine.dtype).toBe(theirs.dtype);
      expect(mine.shape).toEqual(theirs.shape);
      expect(Array.from(mine.dataSync())).toEqual(Array.from(theirs.dataSync()));
      tf.dispose([t, mine, theirs]);
    }
  });
});

describe('trainLoop', () => {
  it('descends a quadratic by the plain gradient step, records, stops by its rule, and leaks nothing', () => {
    const before = tf.memory().numTensors;
    const init = [tf.tensor1d([4, -2])];
    const run = trainLoop(tf, {
      init,
      loss: (ps) => tf.sum(tf.square(ps[0]!)) as Scalar,
      optimizer: 'sgd',
      lr: 0.25,
      steps: 50,
      record: { every: 1, measure: (ps) => ({ x: ps[0]!.dataSync()[0]! }) },
      stop: (r) => Math.abs(r.curves.x!.at(-1)!) < 0.3,
    });
    // x <- x - 0.25 * 2x halves x every step: 4, 2, 1, 0.5, 0.25.
    expect(run.curves.x).toEqual([4, 2, 1, 0.5, 0.25]);
    expect(run.at).toEqual([0, 1, 2, 3, 4]);
    expect(run.costs).toEqual([20, 5, 1.25, 0.3125]);
    expect(run.stopped).toBe('rule');
    expect(Array.from(init[0]!.dataSync())).toEqual([4, -2]);
    tf.dispose([...init, ...run.params]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('adds the penalties, keeps masked entries at zero and frozen parameters fixed, and stops at a non-finite loss', () => {
    const init = [tf.tensor1d([1, 1]), tf.tensor1d([3])];
    const masks = [tf.tensor1d([1, 0]), null];
    const run = trainLoop(tf, {
      init, masks,
      loss: (ps) => tf.add(tf.sum(ps[0]!), tf.sum(ps[1]!)) as Scalar,
      optimizer: 'sgd', lr: 0.1, steps: 3,
      trainable: [true, false],
      penalty: { l2: 1, l1: 2, on: [0] },
    });
    // Step 1: data loss 1 + 3, l2 1, l1 2 (the masked entry starts at zero).
    expect(run.costs[0]).toBeCloseTo(7, 6);
    expect(run.params[0]!.dataSync()[1]).toBe(0);
    expect(run.params[1]!.dataSync()[0]).toBe(3);
    const one = [tf.tensor1d([1])];
    const blown = trainLoop(tf, { init: one, loss: (ps) => tf.div(tf.sum(ps[0]!), 0) as Scalar, optimizer: 'adam', lr: 0.1, steps: 5, stopOnNonFiniteLoss: true });
    expect([blown.steps, blown.stopped]).toEqual([1, 'non-finite loss']);
    tf.dispose([...init, ...one, ...run.params, ...blown.params, masks[0]!]);
  });
});
