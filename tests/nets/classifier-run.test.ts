import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { evaluateClassifier, runClassifier } from '../../src/nets/train/classifier-run.js';
import { fitConditions } from '../../src/nets/experiments/zero-error-fits.js';
import { initParams } from '../../src/nets/train/train-mlp.js';

beforeAll(async () => { await selectBackend(); });
const spec = { sizes: [40, 64, 10], phi: 'relu' as const, weightVariance: 2, seed: 3 };

describe('runClassifier', () => {
  it('fits 60 random-label examples, stops at the fit, is deterministic and leaks nothing', () => {
    const before = tf.memory().numTensors;
    const task = mnist1dTask(tf, { seed: 1, nTrain: 60, nTest: 20, labels: 'random' });
    const run = () => runClassifier(tf, spec, { optimizer: 'adam', lr: 0.01, steps: 500, evalEvery: 5, train: task.train, stopWhenFit: true });
    const [a, b] = [run(), run()];
    expect(a.fitStep).not.toBeNull();
    expect(a.steps).toBe(a.fitStep);
    expect(a.trainAcc.at(-1)).toBe(1);
    expect(b.trainAcc).toEqual(a.trainAcc);
    task.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('minibatches, frozen layers, masks and a given start keep their promises', () => {
    const before = tf.memory().numTensors;
    const task = mnist1dTask(tf, { seed: 2, nTrain: 100, nTest: 20 });
    const init = initParams(tf, spec);
    const masks = init.map((p, k) => (k === 0 ? tf.tidy(() => tf.cast(tf.greater(tf.randomUniform(p.shape, 0, 1, 'float32', 4), 0.5), 'float32')) : null));
    const r = runClassifier(tf, spec, { optimizer: 'sgd', lr: 0.1, steps: 20, batchSize: 16, train: task.train, test: task.test, init, masks, trainable: [true, true, false, false], keep: true });
    expect(r.init.length).toBe(4);
    const [maskedOff, frozenDiff] = tf.tidy(() => [
      tf.sum(tf.abs(tf.mul(r.final[0]!, tf.sub(1, masks[0]!)))).dataSync()[0]!,
      tf.max(tf.abs(tf.sub(r.final[2]!, init[2]!))).dataSync()[0]!,
    ]);
    expect(maskedOff).toBe(0);
    expect(frozenDiff).toBe(0);
    expect(r.testAcc.length).toBe(r.at.length);
    expect(evaluateClassifier(tf, spec, r.final, task.train).acc).toBeCloseTo(r.trainAcc.at(-1)!, 6);
    tf.dispose([...init, ...r.init, ...r.final, masks[0]!]);
    task.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('fitConditions', () => {
  it('times real data and both controls on the same seed', () => {
    const out = fitConditions(tf, { net: { sizes: [40, 64, 10], phi: 'relu', weightVariance: 2 }, conditions: ['real', 'gaussian inputs', 'random labels'], seeds: [5], nTrain: 40, train: { optimizer: 'adam', lr: 0.01, steps: 400, evalEvery: 5 } });
    expect(out.map((o) => o.condition)).toEqual(['real', 'gaussian inputs', 'random labels']);
    for (const o of out) expect(o.fitStep).not.toBeNull();
  });
});
