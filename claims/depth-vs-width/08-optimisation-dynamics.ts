// § 优化动态：深度的挑战与宽度的特性
// The text: training very deep networks has historically been hard, and the root is how gradients
// propagate through the network. How we test it: the same deep plain ReLU architecture trained by
// the same SGD from two initialisations that differ only in how the back-propagated gradient
// propagates (Var(W) = 1/fan_in shrinks it by 1/sqrt(2) a layer, 2/fan_in preserves it). What would
// refute it: the vanishing-gradient initialisation training as well as the norm-preserving one.
import { defineClaim, noLessThan } from '../../src/claim/index.js';
import { taskData } from '../../src/datasets/function-targets.js';
import { trainMlp } from '../../src/nets/train/train-mlp.js';

const file = 'depth-vs-width.md';

export const historicallyHard = defineClaim({
  id: 'depth-vs-width/deep-training-historically-hard',
  source: { file, quote: '训练非常深的网络在历史上一直是一个巨大的挑战' },
  statement: 'Training very deep networks has historically been a major challenge.',
  kind: 'not-checkable',
  reason: 'A statement about the history of the field; the mechanism it names is checked by depth-vs-width/deep-training-difficulty-is-gradient-propagation.',
});

export const rootIsPropagation = defineClaim({
  id: 'depth-vs-width/deep-training-difficulty-is-gradient-propagation',
  source: { file, quote: '其根源在于梯度在网络中传播的方式' },
  statement: 'The difficulty of training very deep networks stems from how gradients propagate through them.',
  reading: 'One architecture (10 hidden ReLU layers of width 16, smooth 2-D regression target, 128 points), one optimiser (plain SGD, full batch, lr 0.01), two initialisations differing only in gradient propagation: Var(W) = 1/fan_in (the gradient shrinks by about 1/sqrt(2) per layer) and 2/fan_in (preserved). Samples per seed: log(final training error, shrinking init / preserving init), errors as MSE over target variance. Supported if the interval lies above 0 (the net whose gradients vanish trains worse). Scope forall: a definite statement about the mechanism, so every setting run must show it; the statistic over nets or seeds is what the sentence asserts of a randomly initialised net.',
  kind: 'experiment',
  scope: 'forall',
  scale: { quick: { seeds: 2, steps: 60 }, standard: { seeds: 3, steps: 150 }, full: { seeds: 12, steps: 1000 } },
  tolerance: noLessThan(0, 'the claim predicts the vanishing-gradient init trains worse: log ratio above 0'),
  correction: (e) => `（实测两种初始化训练效果无显著差别：log 误差比均值 ${e.observations[0]?.measured?.toFixed(3)}。）`,
  check: ({ tf, judge, scaled, seed, record }) => {
    const seeds = Array.from({ length: scaled.seeds }, (_, i) => seed + 1000 * i);
    const steps = scaled.steps;
    record('seeds', seeds.length);
    record('SGD steps', steps);
    const samples = seeds.map((s, i) => {
      const data = taskData(tf, { task: 'smooth2d', nTrain: 128, nTest: 16, seed: s });
      try {
        const err = (weightVariance: number) => {
          const r = trainMlp(tf, { sizes: [2, ...Array<number>(10).fill(16), 1], phi: 'relu', weightVariance, seed: s + 1 }, { optimizer: 'sgd', lr: 0.01, steps, loss: 'mse', train: data.train, evalEvery: steps });
          return r.trainLoss[r.trainLoss.length - 1]! / data.testVariance;
        };
        const [shrink, keep] = [err(1), err(2)];
        record(`seed ${i}: training error Var 1/n / Var 2/n`, `${shrink.toPrecision(3)} / ${keep.toPrecision(3)}`);
        return Math.log(shrink / keep);
      } finally {
        data.dispose();
      }
    });
    judge.mean({ label: 'log(training error, Var(W) = 1/n over 2/n)', samples, asserted: 0 });
  },
});
