// § 20.2.5 激活函数
// The text: ReLU changes over half its input range and Leaky ReLU over all of it, while sigmoid and
// tanh change only over a small part and have shallow gradients in their tails. How we test it: the
// derivative of each activation by tfjs autodiff on a fine grid over [-a, a] for large a (standing
// for the whole line); "changes" = a derivative of at least 1/1000 of the function's steepest slope.
// What would refute it: ReLU's share away from 1/2, Leaky ReLU's below 1, or a sigmoid/tanh share of
// half or more. That a narrow active range makes fitting harder is an experiment (part 2).
import * as fc from 'fast-check';
import type { Tensor } from '@tensorflow/tfjs';
import { absolute, defineClaim, type CheckContext } from '../../src/claim/index.js';

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
  reading: `The input range is the real line, represented by [-a, a] with a from 20 to 1000, on a grid of ${POINTS} points. An activation "varies" at x when its derivative (tfjs autodiff) is at least ${DELTA} of its largest derivative: flatter than that, a unit passes on less than a thousandth of the gradient it could. Leaky ReLU has negative slope 0.01. Judged: ReLU's share of the range (1/2 asserted) and Leaky ReLU's (1 asserted); sigmoid's and tanh's shares must be "small", read as below ReLU's half.`,
  kind: 'exact',
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
