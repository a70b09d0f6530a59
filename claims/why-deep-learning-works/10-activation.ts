// § 20.2.5 激活函数
// The text: ReLU changes over half its input range and Leaky ReLU over all of it, while sigmoid and
// tanh change only over a small part and have shallow gradients in their tails. How we test it: the
// derivative of each activation by tfjs autodiff on a fine grid over [-a, a] for large a (standing
// for the whole line); "changes" = a derivative of at least 1/1000 of the function's steepest slope.
// What would refute it: ReLU's share away from 1/2, Leaky ReLU's below 1, or a sigmoid/tanh share of
// half or more. That a narrow active range makes fitting harder is an experiment (part 2).
import * as fc from 'fast-check';
import type { Tensor } from '@tensorflow/tfjs';
import { absolute, defineClaim, type CheckContext, noLessThan } from '../../src/claim/index.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { runClassifier } from '../../src/nets/train/classifier-run.js';
import type { Activation as Phi } from '../../src/nets/base/activations.js';

const file = 'why-deep-learning-works.md';
const POINTS = 20_001;
const DELTA = 1e-3;

type Act = 'relu' | 'leakyRelu' | 'tanh' | 'sigmoid';
const apply = (tf: CheckContext['tf'], a: Act, x: Tensor): Tensor =>
  a === 'relu' ? tf.relu(x) : a === 'leakyRelu' ? tf.leakyRelu(x, 0.01) : a === 'tanh' ? tf.tanh(x) : tf.sigmoid(x);

export const activationRanges = defineClaim({
  id: 'why-deep-learning-works/activation-active-ranges',
  source: { file, quote: '相比 ReLU（其变化覆盖了半个输入范围）和 Leaky ReLU（覆盖整个输入范围），在输入范围的小部分内变化的激活函数使得网络更难以拟合；例如，sigmoid 和 tanh 函数（如图 3.13a 所示）在其尾部具有较浅的梯度' },
  statement: 'ReLU varies over half of the input range and Leaky ReLU over all of it, whereas sigmoid and tanh vary only over a small part, with shallow gradients in their tails.',
  reading: `The input range is the real line, represented by [-a, a] with a from 20 to 1000, on a grid of ${POINTS} points. An activation "varies" at x when its derivative (tfjs autodiff) is at least ${DELTA} of its largest derivative: flatter than that, a unit passes on less than a thousandth of the gradient it could. Leaky ReLU has negative slope 0.01. Judged: ReLU's share of the range (1/2 asserted) and Leaky ReLU's (1 asserted); sigmoid's and tanh's shares must be "small", read as below ReLU's half. Scope forall: a property of the functions themselves, so every generated case must show it.`,
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-3, 'grid resolution: one grid step is 1/20000 of the range, and the origin\'s own point may fall either way'),
  correction: (e) => {
    const o = e.observations.find((x) => x.outcome === 'outside');
    return `（在 [-${o?.where.a}, ${o?.where.a}] 上，${o?.label}：${o?.measured ?? JSON.stringify(o?.values)}）`;
  },
  cases: () => fc.record({ a: fc.integer({ min: 20, max: 1000 }) }),
  runs: { quick: 10, standard: 30, full: 100 },
  check: ({ a }, { tf, judge }) => {
    const share = (act: Act): number => tf.tidy(() => {
      const x = tf.linspace(-a, a, POINTS);
      const d = tf.grad((u: Tensor) => tf.sum(apply(tf, act, u)))(x);
      const active = tf.greaterEqual(d, tf.mul(tf.max(d), DELTA));
      return tf.mean(tf.cast(active, 'float32')).dataSync()[0]!;
    });
    judge.value({ label: 'ReLU: share of the range where it varies', measured: share('relu'), asserted: 0.5 });
    judge.value({ label: 'Leaky ReLU: share of the range where it varies', measured: share('leakyRelu'), asserted: 1 });
    const tanh = share('tanh');
    const sigmoid = share('sigmoid');
    judge.holds({ label: 'sigmoid and tanh vary over less than half the range', holds: tanh < 0.5 && sigmoid < 0.5, values: { tanh, sigmoid } });
  },
});

// The text: the choice of activation function strongly affects how hard a network is to train;
// sigmoid and tanh, which vary over a small part of the input range, make networks harder to fit than
// ReLU. How we test it: the same deep MLP with ReLU, tanh and sigmoid units (each with its usual
// initialisation), trained on the same MNIST-1D data by the same optimiser, timed to zero training
// error. What would refute it: sigmoid nets fitting in fewer than twice the steps of ReLU nets.
export const activationAffectsTraining = defineClaim({
  id: 'why-deep-learning-works/activation-choice-affects-training-difficulty',
  source: { file, quote: '激活函数的选择显著影响训练难度' },
  statement: 'The choice of activation function strongly affects how difficult a network is to train.',
  reading: `An MLP with six hidden layers of w units (w = 32 at quick, 64 otherwise; where the text's mechanism, flat tails compounding across layers, should show) with ReLU (He init, weight variance 2/fan_in), tanh and sigmoid (Glorot/LeCun init, 1/fan_in), zero biases, full-batch Adam (lr 0.003), softmax cross-entropy, n seeded real MNIST-1D examples (quick 200, standard 300, full 300), the same data and the same initial draw (rescaled) for the three. Measured: steps to 100% training accuracy (evaluated every 10 steps; a run not fitted within the cap, quick 600, standard 1500, full 1800, counts as the cap, which can only shrink the ratio). "Significantly" read as: sigmoid, the activation the text singles out along with tanh, needs at least twice the steps of ReLU. Judged: the geometric mean over seeds (quick 3, standard 4, full 8) of steps(sigmoid) / steps(ReLU), its t-interval on the log scale entirely at or above 2. Recorded: tanh's steps too. The step cap bounds the ratio a run can show at cap / ReLU's steps. Scope forall: a definite statement ('显著影响'), judged on the ratio over every seed.`,
  kind: 'experiment',
  scope: 'forall',
  tolerance: noLessThan(2, '"significantly affects" read as a factor of at least 2 in training time, the smallest difference no one would call marginal; the interval must lie above it'),
  correction: (e) => `（MNIST-1D 复现中，sigmoid 网络拟合所需步数仅为 ReLU 网络的 ${(e.observations[0]?.measured ?? NaN).toFixed(2)} 倍。）`,
  timeLimit: { quick: 120, standard: 600, full: 1800 },
  scale: { quick: { seeds: 3, n: 200, cap: 600, width: 32 }, standard: { seeds: 4, n: 300, cap: 1500, width: 64 }, full: { seeds: 8, n: 300, cap: 1800, width: 64 } },
  check: ({ tf, judge, seeds: streams, record, scaled }) => {
    const seeds = scaled.seeds;
    const n = scaled.n;
    const cap = scaled.cap;
    const hidden = Array<number>(6).fill(scaled.width);
    record('hidden layers / examples / step cap / seeds', `${hidden.join('-')} / ${n} / ${cap} / ${seeds}`);
    const ratios: number[] = [];
    for (let i = 0; i < seeds; i++) {
      const s = streams.child('replicate', i);
      const task = mnist1dTask(tf, { seed: s.child('data').value, nTrain: n, nTest: 10 });
      try {
        const steps = (phi: Phi, weightVariance: number) => {
          const r = runClassifier(tf, { sizes: [40, ...hidden, 10], phi, weightVariance, seed: s.child('init').value }, { optimizer: 'adam', lr: 0.003, steps: cap, evalEvery: 10, train: task.train, stopWhenFit: true });
          return r.fitStep ?? cap;
        };
        const [relu, tanh, sigmoid] = [steps('relu', 2), steps('tanh', 1), steps('sigmoid', 1)];
        record(`seed ${i}: steps to fit, ReLU / tanh / sigmoid (cap = not fitted)`, `${relu} / ${tanh} / ${sigmoid}`);
        ratios.push(sigmoid / relu);
      } finally {
        task.dispose();
      }
    }
    judge.geometricMean({ label: 'steps to fit, sigmoid / ReLU', samples: ratios });
  },
});
