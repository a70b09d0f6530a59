// § 深度的幻象与激活的火花, the paragraph on training, second half: ReLU's derivative is 1 or 0, so a
// unit that only ever sees negative input gets no gradient and never changes ("dies"), and many gradients are
// exactly zero. How we test it: MLPs with a unit held negative, and gradient-descent runs that watch every hidden
// unit on the whole training set. What would refute it: a nonzero gradient through a dead unit, a dead unit that
// moves or comes back, a small share of exact zeros.
import * as fc from 'fast-check';
import type { Tensor, Tensor1D, Tensor2D } from '@tensorflow/tfjs';
import { defineClaim, exactly, noLessThan, type CheckContext } from '../../src/claim/index.js';
import { buildMlp, forward, type Mlp } from '../../src/nets/base/mlp.js';
import { subSeed } from '../../src/random/seeds.js';
import { forwardTrace } from '../../src/nets/probe/layer-jacobians.js';
import { firstOutside } from '../../src/claim/first-outside.js';
import { scalarOf } from '../../src/backend/scalar-of.js';
import { probedForward } from '../../src/nets/probe/probed-forward.js';
import { DYING_NET, dyingNetRun } from '../../src/nets/experiments/dead-unit-run.js';

const file = 'deep-feedforward-networks.md';

export const reluDerivative = defineClaim({
  id: 'deep-feedforward-networks/relu-derivative-one-or-zero',
  source: { file, quote: '对于ReLU，其[导数](@article_id:318324)在正输入时为 ${positive:number}$，在负输入时为 ${negative:number}$' },
  statement: 'ReLU\'s derivative is {positive} for positive inputs and {negative} for negative inputs.',
  reading: 'Two independent measurements on generated nonzero float32 inputs (subnormals and extremes included): tfjs autodiff of relu, and the float64 central difference (max(0, z + h) - max(0, z - h)) / 2h with h = |z| / 2. Both must give exactly 1 for z > 0 and exactly 0 for z < 0. The value at z = 0 (not asserted) is recorded. Measured: number of inputs where either disagrees. Scope forall: a computed fact about every input.',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('a count of disagreements; none is allowed'),
  correction: (e) => `ReLU 的导数在 ${firstOutside(e).measured} 个输入上不是 ${e.slots.number('positive')}（正）或 ${e.slots.number('negative')}（负）`,
  cases: () => fc.record({ values: fc.array(fc.float({ noNaN: true, noDefaultInfinity: true }).filter((v) => v !== 0), { minLength: 1, maxLength: 64 }).map((v) => v.join(',')) }),
  runs: { quick: 20, standard: 100, full: 400 },
  check: ({ values }, { tf, judge, record, slots }) => {
    const z = values.split(',').map(Number);
    const auto = tf.tidy(() => Array.from(tf.grad((t: Tensor) => tf.sum(tf.relu(t)))(tf.tensor1d(z)).dataSync()));
    record('tfjs relu\'(0)', tf.tidy(() => tf.grad((t: Tensor) => tf.sum(tf.relu(t)))(tf.tensor1d([0])).dataSync()[0]!));
    const bad = z.filter((v, i) => {
      const want = v > 0 ? slots.number('positive') : slots.number('negative');
      const h = Math.abs(v) / 2;
      const fd = (Math.max(0, v + h) - Math.max(0, v - h)) / (2 * h);
      return auto[i] !== want || fd !== want;
    }).length;
    judge.value({ label: `inputs where relu' (autodiff or central difference) is not ${slots.number('positive')} (z > 0) / ${slots.number('negative')} (z < 0)`, measured: bad, asserted: 0 });
  },
});

// A ReLU MLP in which hidden unit `unit` of layer `layer` gets bias -100 (negative on every input); everything else as drawn.
function netWithNegativeUnit(tf: CheckContext['tf'], c: { widths: string; layer: number; unit: number; seed: number }): { mlp: Mlp; layer: number; unit: number } {
  const sizes = c.widths.split('-').map(Number);
  const mlp = buildMlp(tf, { sizes, activation: 'relu', weightVariance: (n) => 2 / n, biasVariance: 0.1, seed: c.seed });
  const layer = c.layer % (sizes.length - 2);
  const unit = c.unit % sizes[layer + 1]!;
  const old = mlp.biases[layer]!;
  mlp.biases[layer] = tf.tidy(() => tf.add(old, tf.tensor1d(Array.from({ length: sizes[layer + 1]! }, (_, j) => (j === unit ? -100 : 0)))) as Tensor1D);
  old.dispose();
  return { mlp, layer, unit };
}
const negativeUnitCases = () => fc.record({
  widths: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 3, maxLength: 6 }).map((ws) => ws.join('-')),
  layer: fc.nat(), unit: fc.nat(), seed: fc.nat(),
});

export const negativeInputZeroDerivative = defineClaim({
  id: 'deep-feedforward-networks/negative-input-zero-derivative',
  source: { file, quote: '如果一个[神经元](@article_id:324093)持续接收到负输入，它的[导数](@article_id:318324)将永远是零' },
  statement: 'A ReLU neuron that keeps receiving negative input always has zero derivative.',
  reading: 'ReLU MLPs (widths 1..12, depth 2..5, biases) in which one hidden unit gets bias -100, so its pre-activation is negative on every one of 32 N(0, I) inputs; its derivative relu\'(z) as tfjs autodiff computes it must be exactly 0 on every input. Measured: number of inputs with a nonzero derivative. Scope forall: "永远是零" quantifies over every negative input.',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('a count; none is allowed'),
  correction: (e) => `持续接收负输入的ReLU神经元在 ${firstOutside(e).measured} 个输入上导数不为零`,
  cases: negativeUnitCases,
  runs: { quick: 8, standard: 30, full: 100 },
  check: (c, { tf, judge }) => {
    const { mlp, layer, unit } = netWithNegativeUnit(tf, c);
    try {
      const nonzero = scalarOf(tf, () => {
        const x = tf.randomNormal([32, mlp.spec.sizes[0]!], 0, 1, 'float32', subSeed(c.seed, 1)) as Tensor2D;
        const { zs } = forwardTrace(tf, mlp, x);
        const z = tf.slice(zs[layer]!, [0, unit], [32, 1]);
        const d = tf.grad((t: Tensor) => tf.sum(tf.relu(t)))(z);
        return tf.add(tf.sum(tf.cast(tf.notEqual(d, 0), 'float32')), tf.sum(tf.cast(tf.greater(z, 0), 'float32')));
      });
      judge.value({ label: 'inputs where the negatively biased unit has z > 0 or relu\'(z) != 0', measured: nonzero, asserted: 0 });
    } finally {
      mlp.dispose();
    }
  },
});

export const deadUnitPassesNoGradient = defineClaim({
  id: 'deep-feedforward-networks/dead-unit-passes-no-gradient',
  source: { file, quote: '这意味着没有梯度信号能通过它回传' },
  statement: 'No gradient signal passes back through a ReLU neuron that only receives negative input.',
  reading: 'In the nets of negative-input-zero-derivative, the gradient arriving at the dead unit\'s output (dL/dh, generally nonzero) must not pass: dL/dz of the unit is exactly 0 on every input, and the gradient reaching every lower layer is bit-for-bit unchanged when the signal arriving at the unit is changed (its outgoing weights replaced by fresh random ones, which leaves the forward pass unchanged because its output is 0). Measured: |dL/dz| summed over inputs plus the largest change of any lower-layer gradient entry. Scope forall: "没有梯度信号" quantifies over every such neuron.',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('the claim is that nothing passes: the measured sum must be exactly 0'),
  correction: (e) => `梯度信号仍能通过“死亡”的ReLU神经元回传（${firstOutside(e).measured?.toPrecision(3)}）`,
  cases: negativeUnitCases,
  runs: { quick: 8, standard: 30, full: 100 },
  check: (c, { tf, judge, record }) => {
    const { mlp, layer, unit } = netWithNegativeUnit(tf, c);
    const L = mlp.weights.length;
    try {
      const leaked = scalarOf(tf, () => {
        const sizes = mlp.spec.sizes;
        const x = tf.randomNormal([32, sizes[0]!], 0, 1, 'float32', subSeed(c.seed, 1)) as Tensor2D;
        const r = tf.randomNormal([32, sizes[L]!], 0, 1, 'float32', subSeed(c.seed, 2));
        const lowerGrads = (m: Mlp) => {
          const pz = sizes.slice(1).map((n) => tf.zeros([32, n]));
          const ph = sizes.slice(1, -1).map((n) => tf.zeros([32, n]));
          return tf.grads((...ps: Tensor[]) => tf.sum(tf.mul(probedForward(tf, m, x, ps.slice(0, L), ps.slice(L)), r)))([...pz, ...ph]);
        };
        const g = lowerGrads(mlp);
        // Replace the unit's outgoing weights (row `unit` of W_{layer+1}).
        const wOut = mlp.weights[layer + 1]!;
        const fresh = tf.randomNormal(wOut.shape, 0, 1, 'float32', subSeed(c.seed, 3));
        const mask = tf.tensor2d(Array.from({ length: wOut.shape[0] }, (_, j) => [j === unit ? 1 : 0]));
        const swapped = tf.add(tf.mul(wOut, tf.sub(1, mask)), tf.mul(fresh, mask)) as Tensor2D;
        const g2 = lowerGrads({ ...mlp, weights: mlp.weights.map((w, l) => (l === layer + 1 ? swapped : w)) });
        const arriving = tf.sum(tf.abs(tf.slice(g[L + layer]!, [0, unit], [32, 1])));
        record('|dL/dh| arriving at the dead unit (summed over inputs)', arriving.dataSync()[0]!);
        const through = tf.sum(tf.abs(tf.slice(g[layer]!, [0, unit], [32, 1])));
        const lower = Array.from({ length: layer }, (_, l) => tf.max(tf.abs(tf.sub(g[l]!, g2[l]!))));
        const lowerH = Array.from({ length: layer }, (_, l) => tf.max(tf.abs(tf.sub(g[L + l]!, g2[L + l]!))));
        return tf.addN([through, ...lower, ...lowerH, tf.max(tf.abs(tf.sub(g[layer]!, g2[layer]!)))]);
      });
      judge.value({ label: 'gradient through the dead unit + change of lower-layer gradients when its incoming signal changes', measured: leaked, asserted: 0 });
    } finally {
      mlp.dispose();
    }
  },
});

export const deadWeightsNeverUpdated = defineClaim({
  id: 'deep-feedforward-networks/dead-unit-weights-never-updated',
  source: { file, quote: '其权重也永远不会被更新' },
  statement: 'The weights of a ReLU neuron that keeps receiving negative input are never updated.',
  reading: 'Training by full-batch gradient descent (the update the text describes; no momentum, no weight decay) on a teacher regression task. A unit "keeps receiving negative input" if its pre-activation is <= 0 on every training example at every step of the run. For each such unit its incoming weights and bias at the start and the end must be bit-for-bit equal. Measured per hidden layer: the number of such units whose parameters changed (the number of such units is recorded; the check needs at least one). Seeds: 2 runs. Scope forall: "永远不会被更新" is definite, so every step of every dead unit must leave its weights unchanged.',
  kind: 'experiment',
  scope: 'forall',
  tolerance: exactly('"never updated" allows no change at all: the count of changed units must be 0'),
  correction: (e) => `持续接收负输入的神经元中有 ${firstOutside(e).measured} 个在训练中权重发生了变化`,
  scale: { quick: { steps: 100 }, standard: { steps: 400 }, full: { steps: 1000 } },
  check: (ctx) => {
    const steps = ctx.scaled.steps;
    ctx.record('gradient-descent steps (full batch)', steps);
    ctx.record('net', DYING_NET);
    let watched = 0;
    for (const s of [0, 1]) {
      const run = dyingNetRun(ctx.tf, 'relu', steps, ctx.seeds.child('run', s).value);
      run.unitsBefore.forEach((units, l) => {
        let changed = 0;
        units.forEach((before, j) => {
          if (!run.negative.every((t) => t[l]![j])) return;
          watched++;
          if (before.some((v, i) => v !== run.unitsAfter[l]![j]![i])) changed++;
        });
        ctx.judge.value({ label: 'always-negative units whose weights changed', measured: changed, asserted: 0, where: { layer: l + 1, run: s } });
      });
    }
    ctx.record('always-negative units watched', watched);
    if (watched === 0) throw new Error('no unit stayed negative on the whole training set: nothing to test');
  },
});

export const deadUnitStaysDead = defineClaim({
  id: 'deep-feedforward-networks/dead-unit-stays-dead',
  source: { file, quote: '这个[神经元](@article_id:324093)实际上“死亡”了，不再参与学习' },
  statement: 'Such a ReLU neuron is effectively dead and no longer takes part in learning.',
  reading: '"Dead" read as permanent: a hidden unit whose pre-activation is <= 0 on the whole training set at the start of training stays so at every later step of full-batch gradient descent (it never takes part again). Same run as dead-unit-weights-never-updated (2 seeds). Measured per hidden layer: the number of units dead at the start that are alive (positive on some example) at some later step. Scope forall: a definite statement ("实际上死亡了"), so every dead unit must stay dead.',
  kind: 'experiment',
  scope: 'forall',
  tolerance: exactly('"no longer takes part" allows no revival: the count must be 0'),
  qualifiers: [{ condition: 'layer = 1 (the first hidden layer, whose input never changes)', holds: (w) => w.layer === 1 }],
  correction: (e) => {
    const o = firstOutside(e);
    return e.qualifiedBy
      ? '这个神经元（若位于第一隐藏层）实际上“死亡”了，不再参与学习；更深层的“死亡”神经元会因前面层的权重更新而复活'
      : `“死亡”的神经元并非永久死亡：第 ${o.where.layer} 层有 ${o.measured} 个在训练中复活`;
  },
  scale: { quick: { steps: 100 }, standard: { steps: 400 }, full: { steps: 1000 } },
  check: (ctx) => {
    const steps = ctx.scaled.steps;
    ctx.record('gradient-descent steps (full batch)', steps);
    ctx.record('net', DYING_NET);
    let deadAtStart = 0;
    for (const s of [0, 1]) {
      const run = dyingNetRun(ctx.tf, 'relu', steps, ctx.seeds.child('run', s).value);
      run.negative[0]!.forEach((layer, l) => {
        const dead = layer.map((d, j) => (d ? j : -1)).filter((j) => j >= 0);
        deadAtStart += dead.length;
        const revived = dead.filter((j) => run.negative.some((t) => !t[l]![j])).length;
        ctx.judge.value({ label: 'units dead at the start that later come alive', measured: revived, asserted: 0, where: { layer: l + 1, run: s } });
      });
    }
    ctx.record('units dead on the whole training set at the start', deadAtStart);
  },
});

// Per-example gradients of hidden pre-activations and batch weight gradients of a He ReLU MLP at initialisation.
function zeroShares(tf: CheckContext['tf'], c: { depth: number; width: number; seed: number }, batch: number): { perExample: number; batchWeights: number } {
  const sizes = [c.width, ...Array<number>(c.depth).fill(c.width), 1];
  const mlp = buildMlp(tf, { sizes, activation: 'relu', weightVariance: (n) => 2 / n, seed: c.seed });
  try {
    return tf.tidy(() => {
      const x = tf.randomNormal([batch, c.width], 0, 1, 'float32', subSeed(c.seed, 1)) as Tensor2D;
      const r = tf.randomNormal([batch, 1], 0, 1, 'float32', subSeed(c.seed, 2));
      const L = mlp.weights.length;
      const pz = sizes.slice(1).map((n) => tf.zeros([batch, n]));
      const ph = sizes.slice(1, -1).map((n) => tf.zeros([batch, n]));
      const g = tf.grads((...ps: Tensor[]) => tf.sum(tf.mul(probedForward(tf, mlp, x, ps.slice(0, L), ps.slice(L)), r)))([...pz, ...ph]);
      const hidden = g.slice(0, L - 1);
      const zeroFrac = (ts: Tensor[]) => ts.reduce((s, t) => s + tf.sum(tf.cast(tf.equal(t, 0), 'float32')).dataSync()[0]!, 0) / ts.reduce((s, t) => s + t.size, 0);
      const wg = tf.grads((...ws: Tensor[]) => tf.sum(tf.mul(forward(tf, { ...mlp, weights: ws as Tensor2D[] }, x), r)))(mlp.weights.slice());
      return { perExample: zeroFrac(hidden), batchWeights: zeroFrac(wg.slice(0, L - 1)) } as never;
    }) as unknown as { perExample: number; batchWeights: number };
  } finally {
    mlp.dispose();
  }
}
const sparsityQuote = '这种大量梯度可能变为精确零的现象被称为**梯度[稀疏性](@article_id:297245)**';
const sparsityStatement = 'In ReLU networks a large share of gradients can be exactly zero (gradient sparsity).';
const sparsityTolerance = noLessThan(0.25, '"a large number" read as at least a quarter of the entries: the measured share must reach 0.25');
const sparsityCases = () => fc.record({ depth: fc.integer({ min: 2, max: 6 }), width: fc.integer({ min: 32, max: 128 }), seed: fc.nat() });

export const gradientSparsityPerExample = defineClaim({
  id: 'deep-feedforward-networks/gradient-sparsity-reading-a',
  primary: { why: 'the paragraph follows the gradient signal flowing back through each neuron and stopped by a zero derivative (没有梯度信号能通过它回传)' },
  source: { file, quote: sparsityQuote },
  statement: sparsityStatement,
  reading: 'Reading A (one of two; reading B is deep-feedforward-networks/gradient-sparsity-reading-b): the gradients are the per-example back-propagated signals dL/dz at the hidden units (tfjs autodiff through zero probes). He-initialised square ReLU MLPs (depth 2..6, width 32..128), a batch of 32 N(0, I) inputs; measured: the share of entries that are exactly 0.0 in float32. Scope exists: "可能变为精确零" states a possibility, so one network with a large share of exact zeros witnesses it.',
  kind: 'statistical',
  scope: 'exists',
  tolerance: sparsityTolerance,
  correction: (e) => `在ReLU网络中，逐样本的反向梯度只有 ${((firstOutside(e).measured ?? 0) * 100).toFixed(1)}% 精确为零`,
  cases: sparsityCases,
  runs: { quick: 5, standard: 20, full: 60 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'share of exactly-zero per-example gradients dL/dz', measured: zeroShares(tf, c, 32).perExample });
  },
});

export const gradientSparsityBatchWeights = defineClaim({
  id: 'deep-feedforward-networks/gradient-sparsity-reading-b',
  alternativeOf: 'deep-feedforward-networks/gradient-sparsity-reading-a',
  source: { file, quote: sparsityQuote },
  statement: sparsityStatement,
  reading: 'Reading B (one of two; reading A is deep-feedforward-networks/gradient-sparsity-reading-a): the gradients are those an update uses, dL/dW of the hidden layers summed over a mini-batch of 32. Same nets and inputs as reading A; measured: the share of weight-gradient entries that are exactly 0.0 (an entry is zero only if its unit is off, or its input is 0, on all 32 examples). Scope exists: "可能变为精确零" states a possibility, so one network with a large share of exact zeros witnesses it.',
  kind: 'statistical',
  scope: 'exists',
  decidingBudget: { budget: 'beyond', why: 'its shares (0.013-0.024 against 0.25) are judged with judge.value, which a statistical claim cannot refute or support with: no budget decides it; a gated design (judge.replicated over seeds) would' },
  tolerance: sparsityTolerance,
  correction: (e) => `在小批量（32）上累加后，隐藏层权重梯度只有 ${((firstOutside(e).measured ?? 0) * 100).toFixed(2)}% 精确为零；大量精确为零的是逐样本的梯度，而不是用于更新的批量梯度`,
  cases: sparsityCases,
  runs: { quick: 5, standard: 20, full: 60 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'share of exactly-zero batch weight gradients dL/dW', measured: zeroShares(tf, c, 32).batchWeights });
  },
});
