import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { lossAlongLine, magnitudeMasks, relativeWeightChange, signFlipEpsilons } from '../../src/nets/probe/param-probes.js';
import { evaluateClassifier } from '../../src/nets/train/classifier-run.js';
import { initParams } from '../../src/nets/train/train-mlp.js';

beforeAll(async () => { await selectBackend(); });
const spec = { sizes: [4, 6, 3], phi: 'relu' as const, weightVariance: 2, seed: 1 };

describe('param probes', () => {
  it('the line meets its end points; relative change is |dW| / |W0| over weights only', () => {
    const a = initParams(tf, spec);
    const b = initParams(tf, { ...spec, seed: 2 });
    const set = tf.tidy(() => ({ x: tf.randomNormal([10, 4], 0, 1, 'float32', 3) as never, y: tf.oneHot(tf.tensor1d([0, 1, 2, 0, 1, 2, 0, 1, 2, 0], 'int32'), 3).toFloat() as never }));
    const line = lossAlongLine(tf, spec, a, b, set, [0, 1]);
    expect(line[0]!.loss).toBeCloseTo(evaluateClassifier(tf, spec, a, set).loss, 5);
    expect(line[1]!.loss).toBeCloseTo(evaluateClassifier(tf, spec, b, set).loss, 5);
    const doubled = a.map((p) => tf.mul(p, 2));
    expect(relativeWeightChange(tf, a, doubled)).toBeCloseTo(1, 5);
    tf.dispose([...a, ...b, ...doubled, set.x, set.y]);
  });

  it('magnitude masks keep the requested share of the largest weights', () => {
    const p = [tf.tensor2d([[1, -5], [0.1, 3]]), tf.tensor1d([9, 9]), tf.tensor2d([[-2], [0.5]]), tf.tensor1d([9])];
    const m = magnitudeMasks(tf, p, 0.5);
    expect(m[1]).toBeNull();
    expect(Array.from(m[0]!.dataSync())).toEqual([0, 1, 0, 1]);
    expect(Array.from(m[2]!.dataSync())).toEqual([1, 0]);
    tf.dispose([...p, m[0]!, m[2]!]);
  });

  it('gradient-sign flips are found on the grid; a linear classifier flips where the margin says', () => {
    const before = tf.memory().numTensors;
    // One linear layer, 2 inputs, 2 classes: logits (x1, -x1); x = (0.3, 0) is class 0 with margin 0.6 in the logit gap 2 x1.
    const lin = { sizes: [2, 2], phi: 'relu' as const, weightVariance: 1, seed: 0 };
    const p = [tf.tensor2d([[1, -1], [0, 0]]), tf.tensor1d([0, 0])];
    const x = tf.tensor2d([[0.3, 0]]);
    const y = tf.tensor2d([[1, 0]]);
    const eps = signFlipEpsilons(tf, lin, p, x, y, [0.1, 0.2, 0.29, 0.31, 0.5]);
    expect(eps).toEqual([0.31]);
    tf.dispose([...p, x, y]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
