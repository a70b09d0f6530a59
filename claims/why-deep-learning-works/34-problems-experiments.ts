// § Problems (part 2: the experiment behind problem 20.3's premise)
// The text: figure 20.2 shows a non-stochastic fitting procedure with a fixed learning rate fitting
// random data. How we test it: figure 20.2's two-hidden-layer net trained by plain full-batch
// gradient descent at one fixed step size on MNIST-1D with permuted labels until every training point
// is classified. What would refute it: the net not reaching zero training error within the cap.
import { exactly, defineClaim } from '../../src/claim/index.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { runClassifier } from '../../src/nets/train/classifier-run.js';
import { subSeed } from '../../src/random/seeds.js';

const file = 'why-deep-learning-works.md';

export const fixedRateFitsRandomData = defineClaim({
  id: 'why-deep-learning-works/problem-20-3-full-batch-fixed-rate-fits-random-labels',
  source: { file, quote: '问题 20.3 图 20.2 展示了使用固定学习率的非随机拟合过程成功地拟合了随机数据' },
  statement: 'Figure 20.2 shows a non-stochastic fitting procedure with a fixed learning rate successfully fitting random data.',
  reading: 'The premise re-run: figure 20.2\'s two-hidden-layer net (40-100-100-10 ReLU, 15,210 parameters), He initialisation (N(0, 2/fan_in) exactly, zero biases), plain full-batch gradient descent (non-stochastic: every step uses every example, no momentum) at one fixed step size, 0.25 on the mean cross-entropy (the step why-deep-learning-works/fig-20-2-random-labels-fitted-deeper-faster uses and explains: 0.0025 is unaffordable here), on n seeded MNIST-1D examples with permuted labels (quick 300, standard 1000, full 4000), until every training point is classified (cap: quick 3000, standard 6000, full 20000 steps; evaluated every 10). Judged: zero training error reached within the cap (an exact fact of one run).',
  kind: 'experiment',
  tolerance: exactly('a run reaches 100% training accuracy or not'),
  correction: (e) => `（MNIST-1D 复现中，固定学习率的全批量梯度下降在上限步数内未能拟合随机标签：${JSON.stringify(e.observations[0]?.values)}）`,
  timeLimit: { quick: 300, standard: 1200, full: 3600 },
  check: ({ tf, judge, scale, seed, record }) => {
    const n = scale({ quick: 300, standard: 1000, full: 4000 });
    const cap = scale({ quick: 3000, standard: 6000, full: 20000 });
    record('examples (permuted labels) / step cap / seeds', `${n} / ${cap} / 1`);
    const task = mnist1dTask(tf, { seed: subSeed(seed, 0), nTrain: n, nTest: 10, labels: 'random' });
    try {
      const r = runClassifier(tf, { sizes: [40, 100, 100, 10], phi: 'relu', weightVariance: 2, seed: subSeed(seed, 1) }, { optimizer: 'sgd', lr: 0.25, steps: cap, evalEvery: 10, train: task.train, stopWhenFit: true });
      record('steps to zero training error', r.fitStep ?? `>${cap}`);
      record('training accuracy at 0 / 25 / 50 / 75 / 100% of the steps taken', [0, 0.25, 0.5, 0.75, 1].map((f) => r.trainAcc[r.at.findIndex((s) => s >= f * r.steps)]!.toFixed(3)).join(' / '));
      judge.holds({ label: 'zero training error within the cap', holds: r.fitStep !== null, values: { finalTrainAcc: r.trainAcc.at(-1)!, steps: r.steps } });
    } finally {
      task.dispose();
    }
  },
});
