// § 深度的幻象与激活的火花, the paragraph on Leaky ReLU and ELU: a small nonzero slope keeps the
// derivative from being zero and prevents dying, and the choice of activation matters for the whole network.
// How we test it: derivatives on float32 grids, the dying run repeated with each activation, and gradient gains
// of tanh and ReLU nets. What would refute it: a zero derivative where the text promises none, a unit frozen
// for a whole run.
import type { Tensor } from '@tensorflow/tfjs';
import { defineClaim, exactly, noLessThan } from '../../src/claim/index.js';
import { buildMlp } from '../../src/nets/base/mlp.js';
import { type Activation } from '../../src/nets/base/activations.js';
import { gradientNorms } from '../../src/nets/probe/gradients/gradient-norms.js';
import { firstOutside } from '../../src/claim/first-outside.js';
import { evenGrid } from '../../src/nets/probe/activation-grid.js';
import { DYING_NET, dyingNetRun } from '../../src/nets/experiments/dead-unit-run.js';

const file = 'deep-feedforward-networks.md';

export const variantsInvented = defineClaim({
  id: 'deep-feedforward-networks/variants-developed-to-fix-dying',
  source: { file, quote: '为了解决这个问题，研究人员开发了诸如' },
  statement: 'Researchers developed Leaky ReLU and ELU to solve the dying-ReLU problem.',
  kind: 'not-checkable',
  reason: 'A statement about researchers\' motives and the history of the field; what the variants actually do to derivatives and dying units is checked by the claims on the following sentence.',
});

export const leakySlope = defineClaim({
  id: 'deep-feedforward-networks/leaky-relu-small-nonzero-slope',
  source: { file, quote: '其对负输入有一个小的非零斜率' },
  statement: 'Leaky ReLU has a small nonzero slope for negative inputs.',
  reading: 'tf.leakyRelu at the commonly used alpha 0.01, at 0.1 and at tfjs\'s default (0.2): its derivative (tfjs autodiff) at 200 negative inputs in [-100, 0) must equal alpha exactly, which is nonzero, and be small, read as below 1 (the positive-side slope). Measured: the largest |derivative - alpha| and the slopes themselves.',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('float32 autodiff returns alpha exactly; "nonzero" and "small" are yes/no'),
  correction: (e) => `Leaky ReLU 在负输入上的斜率不是小的非零常数：${firstOutside(e).label}`,
  check: ({ tf, judge, record }) => {
    const zs = evenGrid(-100, -0.5, 199);
    for (const alpha of [0.01, 0.1, undefined]) {
      const d = tf.tidy(() => Array.from(tf.grad((t: Tensor) => tf.sum(alpha === undefined ? tf.leakyRelu(t) : tf.leakyRelu(t, alpha)))(tf.tensor1d(zs)).dataSync()));
      const a = alpha ?? d[0]!;
      if (alpha === undefined) record('tfjs default alpha (measured slope)', a);
      judge.value({ label: 'max |slope - alpha| on negative inputs', measured: Math.max(...d.map((v) => Math.abs(v - Math.fround(a)))), asserted: 0, where: { alpha: alpha ?? 'default' } });
      judge.holds({ label: 'slope nonzero and below 1', holds: d.every((v) => v > 0 && v < 1), where: { alpha: alpha ?? 'default' } });
    }
  },
});

const neverZeroQuote = '这些函数确保[导数](@article_id:318324)永远不为零';
const neverZeroStatement = 'Leaky ReLU and ELU have derivatives that are never zero.';

export const derivativeNeverZeroMath = defineClaim({
  id: 'deep-feedforward-networks/variant-derivative-never-zero-reading-a',
  primary: { why: 'a statement about the functions Leaky ReLU and ELU as defined; underflow in a float format is the library\'s, not the text\'s' },
  source: { file, quote: neverZeroQuote },
  statement: neverZeroStatement,
  reading: 'Reading A (one of two; reading B is deep-feedforward-networks/variant-derivative-never-zero-reading-b): as real functions. Leaky ReLU\'s derivative is alpha = 0.01 on z < 0 and 1 on z > 0; ELU\'s (alpha 1) is e^z on z < 0 and 1 on z > 0. Both formulas are evaluated in float64 on a grid of 14001 points of [-700, 700] (e^z stays a normal float64 above -708). Measured: the number of grid points with a zero derivative, and the smallest ELU derivative seen (recorded: it is arbitrarily small for very negative z, though not zero).',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('a count of zero derivatives; none is allowed'),
  correction: (e) => `导数在 ${firstOutside(e).measured} 个点上为零`,
  check: ({ judge, record }) => {
    const zs = evenGrid(-700, 700, 14000);
    const leaky: number[] = zs.map((z) => (z > 0 ? 1 : 0.01));
    const elu = zs.map((z) => (z > 0 ? 1 : Math.exp(z)));
    record('smallest ELU derivative on the grid', Math.min(...elu));
    record('ELU derivative at z = -10', Math.exp(-10));
    judge.value({ label: 'grid points with zero derivative', measured: leaky.filter((v) => v === 0).length, asserted: 0, where: { activation: 'leakyRelu' } });
    judge.value({ label: 'grid points with zero derivative', measured: elu.filter((v) => v === 0).length, asserted: 0, where: { activation: 'elu' } });
  },
});

export const derivativeNeverZeroFloat32 = defineClaim({
  id: 'deep-feedforward-networks/variant-derivative-never-zero-reading-b',
  alternativeOf: 'deep-feedforward-networks/variant-derivative-never-zero-reading-a',
  source: { file, quote: neverZeroQuote },
  statement: neverZeroStatement,
  reading: 'Reading B (one of two; reading A is deep-feedforward-networks/variant-derivative-never-zero-reading-a): as training computes them, in float32 by tfjs autodiff (tf.leakyRelu with alpha 0.01, tf.elu). Grid of 2001 points of [-100, 100]. Measured: the number of grid points where the derivative is exactly 0.0, and for ELU the least negative such input (recorded). The ELU count depends on the backend: tfjs differentiates ELU as dy (y + 1) with y = e^z - 1 in float32, which is exactly 0 wherever e^z - 1 rounds to -1 (z below about -17.3), and where that starts moves by a few grid points with the backend\'s exp (wasm\'s expf against cpu\'s float64 Math.exp rounded once: 831 against 827 zero derivatives in the wasm/cpu parity run at quick, docs/parity/).',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('a count of zero derivatives; none is allowed'),
  correction: (e) => {
    const z = e.records['ELU: least negative input with derivative exactly 0'];
    return `Leaky ReLU 的导数永远不为零；ELU 的导数在数学上恒正，但在 float32 计算中当 z ≤ ${typeof z === 'number' ? z.toFixed(1) : z} 时精确为零（e^z 小于 float32 的相对精度），因此仍可能出现零梯度`;
  },
  check: ({ tf, judge, record }) => {
    const zs = evenGrid(-100, 100, 2000);
    const d = (f: (t: Tensor) => Tensor) => tf.tidy(() => Array.from(tf.grad((t: Tensor) => tf.sum(f(t)))(tf.tensor1d(zs)).dataSync()));
    const leaky = d((t) => tf.leakyRelu(t, 0.01));
    const elu = d((t) => tf.elu(t));
    const zeroAt = zs.filter((_, i) => elu[i] === 0);
    record('ELU: least negative input with derivative exactly 0', zeroAt.length ? Math.max(...zeroAt) : 'none');
    judge.value({ label: 'grid points with derivative exactly 0 (float32)', measured: leaky.filter((v) => v === 0).length, asserted: 0, where: { activation: 'leakyRelu' } });
    judge.value({ label: 'grid points with derivative exactly 0 (float32)', measured: zeroAt.length, asserted: 0, where: { activation: 'elu' } });
  },
});

export const variantsPreventDying = defineClaim({
  id: 'deep-feedforward-networks/variants-prevent-dying',
  source: { file, quote: '防止[神经元](@article_id:324093)完全死亡' },
  statement: 'Leaky ReLU and ELU keep the learning path open and prevent neurons from dying completely.',
  reading: 'The dying run of dead-unit-weights-never-updated (25% of hidden units start with bias -6, so they receive negative input on the whole training set), repeated with Leaky ReLU (alpha 0.01) and with ELU. A neuron "dies completely" if its incoming weights and bias end the run bit-for-bit unchanged. Measured per activation: the number of hidden units (among those negative on the whole set at the start) whose parameters never changed. The same count for ReLU is recorded for contrast. Scope forall: "防止…完全死亡" is definite, so no unit may die completely in the judged runs.',
  kind: 'experiment',
  scope: 'forall',
  tolerance: exactly('"prevent from dying" allows no unit to stay frozen: the count must be 0'),
  correction: (e) => `${firstOutside(e).where.activation} 网络中仍有 ${firstOutside(e).measured} 个神经元在训练中权重完全不变`,
  scale: { quick: { steps: 100 }, standard: { steps: 400 }, full: { steps: 1000 } },
  check: (ctx) => {
    const steps = ctx.scaled.steps;
    ctx.record('gradient-descent steps (full batch)', steps);
    ctx.record('net', DYING_NET);
    for (const activation of ['relu', 'leakyRelu', 'elu'] as const) {
      const run = dyingNetRun(ctx.tf, activation, steps, ctx.seeds.child('run').value);
      let frozen = 0;
      let negative = 0;
      run.negative[0]!.forEach((layer, l) => layer.forEach((neg, j) => {
        if (!neg) return;
        negative++;
        if (run.unitsBefore[l]![j]!.every((v, i) => v === run.unitsAfter[l]![j]![i])) frozen++;
      }));
      ctx.record(`${activation}: units negative on the whole set at the start`, negative);
      if (activation === 'relu') ctx.record('relu: of those, frozen for the whole run', frozen);
      else ctx.judge.value({ label: 'units negative at the start whose weights never changed', measured: frozen, asserted: 0, where: { activation } });
    }
  },
});

export const activationChoiceMatters = defineClaim({
  id: 'deep-feedforward-networks/activation-choice-huge-impact',
  source: { file, quote: '对整个网络的健康和可训练性有着巨大的影响' },
  statement: 'The choice of activation function has a huge effect on the health and trainability of the whole network.',
  reading: 'Health read as the gradient that reaches the first layer. Same architecture and initialisation (square MLPs, 20 hidden layers of width 128, Var(W) = 1/n, zero biases, a batch of 32 N(0, I) inputs), only the activation differs: tanh vs ReLU. Per seed, the ratio of their end-to-end gradient gains |dL/dx| / |dL/dh_20|; "huge" read as at least a factor of 10. Judged on the geometric mean over seeds. Scope forall: a definite statement, so the judged comparison must show the large effect.',
  kind: 'statistical',
  scope: 'forall',
  tolerance: noLessThan(10, '"huge" read as at least a factor of 10 between the two gradient gains'),
  correction: (e) => `同样结构与初始化下，tanh 与 ReLU 网络到达第一层的梯度只相差 ${firstOutside(e).measured?.toPrecision(3)} 倍`,
  scale: { quick: { seeds: 3 }, standard: { seeds: 6 }, full: { seeds: 12 } },
  check: ({ tf, judge, record, scaled, seeds: streams }) => {
    const seeds = scaled.seeds;
    record('seeds', seeds);
    const gain = (activation: Activation, s: number) => {
      const mlp = buildMlp(tf, { sizes: Array<number>(22).fill(128), activation, weightVariance: (n) => 1 / n, seed: streams.child('net', s).value });
      const norms = gradientNorms(tf, mlp, { batchSize: 32, seed: streams.child('batch', s).value });
      mlp.dispose();
      return norms[0]! / norms[20]!;
    };
    const ratios = Array.from({ length: seeds }, (_, s) => gain('tanh', s) / gain('relu', s));
    judge.geometricMean({ label: 'gradient gain (tanh) / gradient gain (ReLU), 20 layers, Var = 1/n', samples: ratios });
  },
});
