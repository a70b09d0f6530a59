// § 深度的幻象与激活的火花, the paragraph on activations: tanh (smooth, S-shaped, an early choice) and
// ReLU (simpler, silent or proportional, its gradient undiminished at depth). How we test it: values and derivatives on
// float32 grids, and gradient gains of deep nets at initialisation. What would refute it: a linear piece in tanh, a ReLU output that is
// neither 0 nor z, a tanh net whose gradient reaches the early layers as undiminished as the ReLU net's.
import * as fc from 'fast-check';
import { above, defineClaim, exactly } from '../../src/claim/index.js';
import { gradientNorms } from '../../src/nets/probe/gradients/gradient-norms.js';
import { buildMlp } from '../../src/nets/base/mlp.js';
import { type Activation } from '../../src/nets/base/activations.js';
import { firstOutside } from '../../src/claim/first-outside.js';
import { derivativesOnGrid, evenGrid } from '../../src/nets/probe/activation-grid.js';

const file = 'deep-feedforward-networks.md';

export const tanhEarlyChoice = defineClaim({
  id: 'deep-feedforward-networks/tanh-early-popular-choice',
  source: { file, quote: '一个早期的流行选择' },
  statement: 'The hyperbolic tangent was an early popular choice of activation.',
  kind: 'not-checkable',
  reason: 'A statement about the history of practice (what was popular, and when); it is a matter of the literature, and no computation on networks reaches it.',
});


export const tanhSmoothSigmoid = defineClaim({
  id: 'deep-feedforward-networks/tanh-smooth-s-shaped',
  source: { file, quote: '平滑的S形[双曲正切函数](@article_id:638603) $\\tanh(z)$' },
  statement: 'tanh is a smooth, S-shaped function.',
  reading: 'Checked on a grid of 4001 points of [-10, 10] with tfjs (values and first derivatives by autodiff, second derivatives as central differences of the autodiff derivative, h = 1e-3): odd; nondecreasing everywhere and strictly increasing on [-5, 5] (beyond |z| = 9 float32 rounds tanh to +-1); bounded by 1; S-shaped = positive derivative with its single maximum at 0 and one inflection point: convex (tanh\'\' > 0) for z < 0, concave for z > 0, on the grid points with |z| in [0.01, 5]; smooth = the derivative changes between grid neighbours by at most max|tanh\'\'| * step (tanh\'\' is bounded by 4/(3 sqrt 3) = 0.77).',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('each property is a yes/no fact about computed values'),
  correction: (e) => `tanh 不满足：${firstOutside(e).label}`,
  check: ({ tf, judge }) => {
    const zs = evenGrid(-10, 10, 4000);
    const { y, d1, d2 } = derivativesOnGrid(tf, (t) => tf.tanh(t), zs);
    const step = 20 / 4000;
    const idx = zs.map((_, i) => i);
    judge.holds({ label: 'odd: tanh(-z) = -tanh(z)', holds: idx.every((i) => y[i] === -y[4000 - i]!) });
    judge.holds({ label: 'nondecreasing on [-10, 10]', holds: idx.slice(1).every((i) => y[i]! >= y[i - 1]!) });
    judge.holds({ label: 'strictly increasing on [-5, 5]', holds: idx.slice(1).filter((i) => Math.abs(zs[i]!) <= 5 && Math.abs(zs[i - 1]!) <= 5).every((i) => y[i]! > y[i - 1]!) });
    judge.holds({ label: 'bounded: |tanh(z)| <= 1', holds: y.every((v) => Math.abs(v) <= 1) });
    const peak = d1.indexOf(Math.max(...d1));
    judge.holds({ label: 'derivative positive on [-5, 5] with its maximum at z = 0', holds: Math.abs(zs[peak]!) < step && idx.filter((i) => Math.abs(zs[i]!) <= 5).every((i) => d1[i]! > 0) });
    judge.holds({ label: 'one inflection point: convex for z < 0, concave for z > 0', holds: idx.filter((i) => Math.abs(zs[i]!) >= 0.01 && Math.abs(zs[i]!) <= 5).every((i) => Math.sign(d2[i]!) === -Math.sign(zs[i]!)) });
    judge.holds({ label: 'smooth: continuous derivative (|tanh\'(z+h) - tanh\'(z)| <= 0.77 h + 1e-6)', holds: idx.slice(1).every((i) => Math.abs(d1[i]! - d1[i - 1]!) <= 0.77 * step + 1e-6) });
  },
});

export const reluWorkhorse = defineClaim({
  id: 'deep-feedforward-networks/relu-workhorse-of-modern-deep-learning',
  source: { file, quote: '已成为现代深度学习的主力' },
  statement: 'ReLU has become the workhorse of modern deep learning.',
  kind: 'not-checkable',
  reason: 'A statement about current practice (which activation most practitioners use); it is a matter of surveys of the literature and code, and no computation on networks reaches it.',
});

export const reluSimpler = defineClaim({
  id: 'deep-feedforward-networks/relu-simpler-than-tanh',
  source: { file, quote: '但一个更简单' },
  statement: 'ReLU is a simpler function than tanh.',
  reading: '"Simpler" read as piecewise linear: ReLU\'s second derivative (central difference, h = 1e-3, of its tfjs autodiff derivative) is 0 at every grid point of [-10, 10] with |z| > h (two linear pieces), while tanh\'s is nonzero (|tanh\'\'| > 1e-6) at every grid point with 0.01 <= |z| <= 5, so tanh has no linear piece at all. "More powerful" is tested by deep-feedforward-networks/relu-trains-deep-nets-better.',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('yes/no facts about computed derivatives'),
  correction: (e) => `ReLU 并非分段线性：${firstOutside(e).label}`,
  check: ({ tf, judge }) => {
    const zs = evenGrid(-10, 10, 2000).filter((z) => Math.abs(z) > 2e-3);
    const relu = derivativesOnGrid(tf, (t) => tf.relu(t), zs);
    const tanh = derivativesOnGrid(tf, (t) => tf.tanh(t), zs);
    judge.holds({ label: 'relu\'\' = 0 everywhere off z = 0', holds: relu.d2.every((v) => v === 0) });
    judge.holds({ label: 'relu\' takes only the values 0 and 1', holds: relu.d1.every((v) => v === 0 || v === 1) });
    judge.holds({ label: 'tanh\'\' != 0 wherever 0.01 <= |z| <= 5 (no linear piece)', holds: zs.every((z, i) => Math.abs(z) < 0.01 || Math.abs(z) > 5 || Math.abs(tanh.d2[i]!) > 1e-6) });
  },
});

// The first design trained a 6-layer ReLU and tanh net for 60 steps and judged the loss ratio with an ungated
// geometric mean: an `exists` claim judged so can never be decided, and its estimate (0.70) judged a
// transient (session-7 referee, #114). Removed; the respect the chapter itself names is measured instead.
const GAIN_DEPTH = 20;
const GAIN_WIDTH = 64;
export const reluTrainsBetter = defineClaim({
  id: 'deep-feedforward-networks/relu-trains-deep-nets-better',
  source: { file, quote: '且在许多方面更强大' },
  statement: 'ReLU is in many respects more powerful than tanh.',
  reading: `"在许多方面更强大" asserts respects in which ReLU is stronger; the one this section goes on to name is the back-propagated gradient: the signal is multiplied by the activation's derivative at every neuron, and ReLU's derivative is 1 wherever it is active, however large the input, while tanh's shrinks towards 0 as its input grows (it saturates). Measured at depth, each with its own recommended initialisation (ReLU with He, Var = 2/n; tanh with Xavier, Var = 1/n), square MLPs of ${GAIN_DEPTH} hidden layers of width ${GAIN_WIDTH}, zero biases, a batch of 32 N(0, I) inputs: the end-to-end gradient gain |dL/dx| / |dL/dh_${GAIN_DEPTH}| (tfjs autodiff). Sample per seed (the same inputs and readout for both nets): ln(gain ReLU / gain tanh), paired over seeds; supported if its mean lies above 0 (the gradient reaches the early layers of the ReLU net less diminished). Scope exists: one respect in which ReLU is stronger witnesses "在许多方面". (First design, removed: a training-loss ratio of 6-layer nets after 60 steps, judged ungated, which no budget could decide.)`,
  kind: 'experiment',
  scope: 'exists',
  tolerance: above(0, 'the sentence asserts an ordering: ReLU\'s gradient reaches the early layers less diminished, ln(gain ReLU / gain tanh) above 0'),
  correction: (e) => `在深层网络中，ReLU 的梯度并不比 tanh 衰减得更少（对数增益比 ${firstOutside(e).measured?.toPrecision(3)}）`,
  scale: { quick: { seeds: 4 }, standard: { seeds: 8 }, full: { seeds: 16 } },
  check: ({ tf, judge, record, scaled, seeds: streams }) => {
    const gain = (activation: Activation, c: number, s: number) => {
      const mlp = buildMlp(tf, { sizes: Array<number>(GAIN_DEPTH + 2).fill(GAIN_WIDTH), activation, weightVariance: (n) => c / n, seed: streams.child(`net-${activation}`, s).value });
      try {
        const norms = gradientNorms(tf, mlp, { batchSize: 32, seed: streams.child('batch', s).value });
        return norms[0]! / norms[GAIN_DEPTH]!;
      } finally {
        mlp.dispose();
      }
    };
    const seeds = Array.from({ length: scaled.seeds }, (_, s) => s);
    const [relu, tanh] = [seeds.map((s) => gain('relu', 2, s)), seeds.map((s) => gain('tanh', 1, s))];
    record('end-to-end gradient gain, ReLU (He), per seed', relu.map((v) => v.toPrecision(3)).join(', '));
    record('end-to-end gradient gain, tanh (Xavier), per seed', tanh.map((v) => v.toPrecision(3)).join(', '));
    judge.paired({ label: `ln(gradient gain ReLU / tanh) over ${GAIN_DEPTH} layers`, a: relu, b: tanh, statistic: 'logRatio', resolution: 1e-3, training: { untrained: 'gradients at initialisation; nothing is trained' } });
  },
});

export const reluSilentOrProportional = defineClaim({
  id: 'deep-feedforward-networks/relu-silent-or-proportional',
  source: { file, quote: '如果输入为负，它就保持静默；如果输入为正，其输出与输入成正比' },
  statement: 'ReLU outputs zero for negative inputs and an output proportional to the input for positive inputs.',
  reading: 'tf.relu on generated float32 values (subnormals and extremes included): every negative input gives exactly 0; every positive input z gives exactly z, i.e. proportional with the constant factor 1 (the ratio output/input must be the same, 1, for all of them). Measured: the number of inputs violating either rule. Scope forall: the definition of ReLU, so every generated input must obey it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('a count of violations; none is allowed'),
  correction: (e) => `ReLU 在 ${firstOutside(e).measured} 个输入上违背了“负则静默、正则成正比”`,
  cases: () => fc.record({ values: fc.array(fc.float({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 64 }).map((v) => v.join(',')) }),
  runs: { quick: 20, standard: 100, full: 400 },
  check: ({ values }, { tf, judge }) => {
    const z = values.split(',').map(Number);
    const out = tf.tidy(() => Array.from(tf.relu(tf.tensor1d(z)).dataSync()));
    const bad = z.filter((v, i) => (v < 0 && out[i] !== 0) || (v > 0 && out[i]! / Math.fround(v) !== 1)).length;
    judge.value({ label: 'inputs violating relu(z) = 0 (z < 0) or relu(z) = 1 * z (z > 0)', measured: bad, asserted: 0 });
  },
});
