// § 20.2 影响拟合性能的因素
// The text: figure 6.4 shows that the loss of a nonlinear model has local minima and saddle points.
// How we test it: figure 6.4's model is the Gabor model f(x) = sin(z) exp(-z^2/32), z = phi0 +
// 0.06 phi1 x; for seeded data drawn from it (28 points on [-15, 15], noise 0.1), tfjs computes the
// least-squares loss on a 161 x 161 grid over the figure's range (phi0 in [-10, 10], phi1 in
// [2.5, 22.5]) and the grid's critical points are found (src/nets/landscape/grid-critical-points.ts). What would
// refute it: a single minimum and no saddle. That deep nets nevertheless fit reliably is part 2's.
import * as fc from 'fast-check';
import { defineClaim, exactly, type EvidenceView } from '../../src/claim/index.js';
import { gridCriticalPoints } from '../../src/nets/landscape/grid-critical-points.js';
import { normalStream, uniformStream } from '../../src/nets/base/rng.js';

const file = 'why-deep-learning-works.md';
// The judgements that failed, with what was measured, for a correction.
const failed = (e: EvidenceView) => e.observations.filter((o) => o.outcome === 'outside').map((o) => `${o.label}${Object.keys(o.where).length ? ` (${Object.entries(o.where).map(([k, v]) => `${k}=${v}`).join(', ')})` : ''}: ${o.measured ?? JSON.stringify(o.values)}`).join('; ');
const N = 161;
const POINTS = 28;

export const gaborLandscape = defineClaim({
  id: 'why-deep-learning-works/nonlinear-loss-has-local-minima-and-saddles',
  source: { file, quote: '图 6.4 展示了非线性模型的损失函数具有局部最小值和鞍点' },
  statement: 'The loss function of a nonlinear model (figure 6.4\'s Gabor model) has local minima and saddle points.',
  reading: `The Gabor model of figure 6.4, f(x) = sin(z) exp(-z^2 / 32) with z = phi0 + 0.06 phi1 x. Data: ${POINTS} points x on [-15, 15], y = f(x) at true parameters phi0 in [-5, 5], phi1 in [5, 20] drawn from the seed, plus N(0, 0.1^2) noise. Sum-of-squares loss on a ${N} x ${N} grid over phi0 in [-10, 10], phi1 in [2.5, 22.5], computed by tfjs. Local minimum: a grid point below its eight neighbours; saddle: a grid point whose neighbours alternate above and below it at least four times around the ring. Supported if every data set has a local minimum that is not the lowest one and at least one saddle. Scope exists: the figure shows one model's loss surface; a data draw whose loss has both a local minimum above the lowest and a saddle is the figure's witness.`,
  kind: 'exact',
  scope: 'exists',
  tolerance: exactly('counts of critical points are integers: found or not'),
  correction: (e) => `（该非线性模型的损失函数在所试数据上只有一个极小值，没有鞍点：${failed(e)}）`,
  cases: () => fc.record({ seed: fc.nat() }),
  runs: { quick: 5, standard: 20, full: 60 },
  check: ({ seed }, { tf, judge }) => {
    const u = uniformStream(seed);
    const g = normalStream(seed ^ 0x5bd1e995);
    const [t0, t1] = [-5 + 10 * u(), 5 + 15 * u()];
    const xs = Array.from({ length: POINTS }, (_, i) => -15 + (30 * i) / (POINTS - 1));
    const gabor = (x: number, p0: number, p1: number) => { const z = p0 + 0.06 * p1 * x; return Math.sin(z) * Math.exp(-(z * z) / 32); };
    const ys = xs.map((x) => gabor(x, t0, t1) + 0.1 * g());
    const grid = tf.tidy(() => {
      const p0 = tf.reshape(tf.linspace(-10, 10, N), [N, 1, 1]);
      const p1 = tf.reshape(tf.linspace(2.5, 22.5, N), [1, N, 1]);
      const x = tf.reshape(tf.tensor1d(xs), [1, 1, POINTS]);
      const z = tf.add(p0, tf.mul(tf.mul(p1, 0.06), x));
      const f = tf.mul(tf.sin(z), tf.exp(tf.div(tf.neg(tf.square(z)), 32)));
      return tf.sum(tf.square(tf.sub(f, tf.reshape(tf.tensor1d(ys), [1, 1, POINTS]))), 2).arraySync() as number[][];
    });
    const { minima, saddles } = gridCriticalPoints(grid);
    const lowest = Math.min(...minima.map((m) => m.value));
    const nonGlobal = minima.filter((m) => m.value > lowest).length;
    judge.holds({ label: 'a local minimum above the lowest one', holds: nonGlobal >= 1, values: { minima: minima.length, nonGlobal } });
    judge.holds({ label: 'at least one saddle point', holds: saddles.length >= 1, values: { saddles: saddles.length } });
  },
});

export const perfectTrainingFig810 = defineClaim({
  id: 'why-deep-learning-works/fig-8-10-perfect-training-mnist-cifar100',
  source: { file: 'why-deep-learning-works.md', quote: 'MNIST-1D、MNIST 和 CIFAR-100 上的训练表现均达到完美' },
  statement: 'Deep networks are trained reliably to fit complex training sets: figure 8.10 shows perfect training performance on MNIST-1D, MNIST and CIFAR-100.',
  kind: 'not-checkable',
  reason: "Figure 8.10's MNIST and CIFAR-100 training runs need data sets and compute this project does not have; the MNIST-1D part is reproduced by why-deep-learning-works/wide-two-layer-net-fits-and-generalises and why-deep-learning-works/43-units-fit-10000-examples.",
});
