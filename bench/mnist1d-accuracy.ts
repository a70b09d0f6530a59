// Test accuracy of a linear classifier and ReLU MLPs on seeded MNIST-1D (4000 / 1000), full-batch
// Adam, plus the random-label and Gaussian-input controls (MLP 64 only); compare with the published
// ~32% / ~68% (minibatch Adam, thousands of steps).
// Run: node --import tsx bench/mnist1d-accuracy.ts [steps=1000] [seeds=3]
import { selectBackend, tf } from '../src/backend/select.js';
import { mnist1d } from '../src/datasets/mnist1d.js';
import { gaussianInputs, randomLabels } from '../src/datasets/mnist1d-random.js';
import { toTensors } from '../src/datasets/mnist1d-tensors.js';
import { subSeed } from '../src/random/seeds.js';
import { trainMlp, type TrainNetSpec } from '../src/nets/train/train-mlp.js';

const steps = Number(process.argv[2] ?? 1000);
const seeds = Number(process.argv[3] ?? 3);
await selectBackend();
const models: [string, Omit<TrainNetSpec, 'seed'>][] = [
  ['linear', { sizes: [40, 10], phi: 'linear', weightVariance: 1 }],
  ['mlp 64', { sizes: [40, 64, 10], phi: 'relu', weightVariance: 2 }],
  ['mlp 100-100', { sizes: [40, 100, 100, 10], phi: 'relu', weightVariance: 2 }],
];
const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
console.log(`backend ${tf.getBackend()}, full-batch Adam lr 0.01, ${steps} steps, data seeds 1..${seeds}, net seed = data seed`);
for (let seed = 1; seed <= seeds; seed++) {
  const data = mnist1d({ seed });
  const variants = {
    real: data,
    'random labels': { ...data, yTrain: randomLabels(data.yTrain, subSeed(seed, 100)) },
    'gaussian inputs': { ...data, xTrain: gaussianInputs(4000, 40, subSeed(seed, 101)) },
  };
  for (const [variant, d] of Object.entries(variants)) {
    const t = toTensors(tf, d);
    for (const [name, spec] of models) {
      if (variant !== 'real' && name !== 'mlp 64') continue;
      const t0 = performance.now();
      const r = trainMlp(tf, { ...spec, seed }, { optimizer: 'adam', lr: 0.01, steps, loss: 'softmax', train: { x: t.xTrain, y: t.yTrain }, test: { x: t.xTest, y: t.yTest }, evalEvery: Math.max(1, steps / 20) });
      const best = Math.max(...r.testAcc);
      console.log(`seed ${seed} ${variant.padEnd(15)} ${name.padEnd(11)} train ${pct(r.trainAcc.at(-1)!)} test ${pct(r.testAcc.at(-1)!)} (best ${pct(best)} at step ${r.at[r.testAcc.indexOf(best)]}) ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    t.dispose();
  }
}
