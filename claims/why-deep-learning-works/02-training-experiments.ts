// § 20.1.1 训练 (part 2: the experiment)
// The text: with 43 hidden units per layer (about 4,000 parameters) a two-hidden-layer fully connected
// net classifies 10,000 MNIST-1D training examples perfectly. How we test it: that net (40-43-43-10,
// 4,095 parameters), He initialisation, minibatch Adam on 10,000 seeded MNIST-1D examples for a step
// budget, stopping at 100% training accuracy. What would refute it: training accuracy below 99.5%
// at the end of the budget (recorded with its curve: how far it got and how fast it was still rising).
import { absolute, defineClaim } from '../../src/claim/index.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { runClassifier } from '../../src/nets/classifier-run.js';
import { subSeed } from '../../src/nets/init.js';
import { denseParamCount } from '../../src/nets/param-count.js';

const file = 'why-deep-learning-works.md';

export const fortyThreeUnitsFit = defineClaim({
  id: 'why-deep-learning-works/43-units-fit-10000-examples',
  source: { file, quote: '两层全连接网络在 10000 个 MNIST-1D 训练样本上的表现是完美的' },
  statement: 'A fully connected net with two hidden layers of 43 units classifies all 10,000 MNIST-1D training examples correctly.',
  reading: 'A 40-43-43-10 ReLU net (weights and biases: 4,095 parameters), He initialisation, Adam (lr 0.01, minibatches of 500, reshuffled every epoch), softmax cross-entropy, no regularisation, on 10,000 seeded MNIST-1D training examples (the stated size at every budget); the step budget is what varies (quick 400 steps = 20 epochs, standard 3000 = 150 epochs, full 20000 = 1000 epochs), stopping early at 100% training accuracy. "Perfect" read as training error at most 0.5% (50 of 10,000), the resolution of a training-error curve drawn at zero. Judged: the final training accuracy of one run. Recorded: the training and test accuracy curve, the steps and the time taken.',
  kind: 'experiment',
  tolerance: absolute(0.005, '"perfect" read as at most 0.5% training error, what a plotted training-error curve at zero can show'),
  correction: (e) => `（复现中，43 单元的两层网络在 ${e.records['steps taken']} 步后对 10000 个训练样本的准确率为 ${(100 * (e.observations[0]?.measured ?? NaN)).toFixed(1)}%，并非完美。）`,
  timeLimit: { quick: 120, standard: 600, full: 1800 },
  check: ({ tf, judge, scale, seed, record }) => {
    const steps = scale({ quick: 400, standard: 3000, full: 20000 });
    const sizes = [40, 43, 43, 10];
    record('parameters', denseParamCount(sizes));
    record('examples / batch / step budget', `10000 / 500 / ${steps}`);
    record('seeds', '1 data draw, 1 initialisation');
    const task = mnist1dTask(tf, { seed: subSeed(seed, 0), nTrain: 10_000, nTest: 1000 });
    try {
      const t0 = Date.now();
      const r = runClassifier(tf, { sizes, phi: 'relu', weightVariance: 2, seed: subSeed(seed, 1) }, { optimizer: 'adam', lr: 0.01, steps, batchSize: 500, evalEvery: steps / 10, train: task.train, test: task.test, stopWhenFit: true });
      record('steps taken', r.steps);
      record('seconds', (Date.now() - t0) / 1000);
      record('training accuracy curve (step:acc)', r.at.map((s, i) => `${s}:${r.trainAcc[i]!.toFixed(3)}`).join(' '));
      record('test accuracy curve (step:acc)', r.at.map((s, i) => `${s}:${r.testAcc[i]!.toFixed(3)}`).join(' '));
      record('training-accuracy gain over the last tenth of the run', r.trainAcc.at(-1)! - r.trainAcc.at(-2)!);
      judge.value({ label: 'final training accuracy', measured: r.trainAcc.at(-1)!, asserted: 1 });
    } finally {
      task.dispose();
    }
  },
});
