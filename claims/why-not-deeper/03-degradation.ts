// § 3. 网络退化问题 (Degradation Problem)
// The text: even without vanishing/exploding gradients, stacking layers can make training accuracy
// saturate and then drop; unlike overfitting, the deeper model does worse on the training set itself;
// deeper nets are harder to optimise; residual connections let gradients flow, let a deep net learn the
// identity, and so make it no worse than its shallow counterpart.
// How we test it, at a small scale: plain He-initialised ReLU MLPs of width 32 and depth 3..24 trained
// by full-batch SGD on a 4-class task labelled by a random teacher (128 training points), against
// residual versions of the deep net (branch scale 1/sqrt(blocks)); gradient norms at initialisation by
// tfjs autodiff. What would refute it: a deep plain net that trains as well as the shallow one; a
// residual net that trains worse than the shallow one.
import type { Tensor2D } from '@tensorflow/tfjs';
import { atMost, defineClaim, exactly, type CheckContext, type EvidenceView } from '../../src/claim/index.js';
import { subSeed } from '../../src/nets/init.js';
import { initialActivationGradients, trainMlp, type TrainNetSpec, type TrainResult } from '../../src/nets/train-mlp.js';
import { teacherClassification } from '../../src/datasets/teacher.js';
import type { Phi } from '../../src/nets/mean-field.js';

const file = 'why-not-deeper.md';

export interface DepthConfig {
  depth: number;
  residual?: boolean;
  optimizer?: 'sgd' | 'adam' | 'rmsprop';
  lr?: number;
  weightVariance?: number;
  phi?: Phi;
  width?: number;
}

export interface DepthRun { config: DepthConfig; seed: number; result: TrainResult; gradientRatio: number }

export const taskReading = 'Task: 4 classes labelled by the argmax of a random two-layer tanh teacher on 8-dim N(0, I) inputs; 128 training and 256 clean test points; softmax cross-entropy. Nets: ReLU MLPs of width 32 (unless stated), weights N(0, 2/fan_in) exactly (He), zero biases; residual versions add each hidden layer after the first as h <- h + relu(h W + b) / sqrt(blocks). Full-batch SGD, lr 0.05 (unless stated); 60 steps at quick, 120 at standard; seeds: 1 at quick, 2 at standard.';

/** Trains every config on the same task per seed; also records the initial |dL/dh_1| / |dL/dh_L| of each. */
export function trainAtDepths(ctx: CheckContext, configs: readonly DepthConfig[], opts: { steps?: number; nTrain?: number; labelNoise?: number } = {}): DepthRun[] {
  const seeds = ctx.scale({ quick: 1, standard: 2, full: 6 });
  const steps = opts.steps ?? ctx.scale({ quick: 60, standard: 120, full: 600 });
  ctx.record('seeds', seeds);
  ctx.record('steps', steps);
  const runs: DepthRun[] = [];
  for (let s = 0; s < seeds; s++) {
    const seed = subSeed(ctx.seed, s);
    const data = teacherClassification(ctx.tf, { nTrain: opts.nTrain ?? 128, nTest: 256, d: 8, classes: 4, labelNoise: opts.labelNoise ?? 0, seed });
    try {
      for (const c of configs) {
        const spec: TrainNetSpec = { sizes: [8, ...Array<number>(c.depth).fill(c.width ?? 32), 4], phi: c.phi ?? 'relu', weightVariance: c.weightVariance ?? 2, residual: c.residual ?? false, seed: subSeed(seed, c.depth * 10 + (c.residual ? 1 : 0)) };
        const g = initialActivationGradients(ctx.tf, spec, { x: data.xTrain, y: data.yTrain }, 'softmax');
        const result = trainMlp(ctx.tf, spec, { optimizer: c.optimizer ?? 'sgd', lr: c.lr ?? 0.05, steps, loss: 'softmax', train: { x: data.xTrain, y: data.yTrain }, test: { x: data.xTest, y: data.yTest }, evalEvery: Math.max(1, Math.floor(steps / 10)) });
        runs.push({ config: c, seed, result, gradientRatio: g[1]! / g[g.length - 1]! });
      }
    } finally {
      data.dispose();
    }
  }
  for (const r of runs) ctx.record(`${r.config.residual ? 'residual' : 'plain'} depth ${r.config.depth}${r.config.optimizer ? ` ${r.config.optimizer}` : ''} (seed ${r.seed % 1000}): train loss / train acc / test acc`, `${r.result.trainLoss.at(-1)!.toFixed(3)} / ${r.result.trainAcc.at(-1)!.toFixed(3)} / ${r.result.testAcc.at(-1)!.toFixed(3)}`);
  return runs;
}

/** Runs grouped by seed, in config order. */
export const bySeed = (runs: readonly DepthRun[]) => [...new Set(runs.map((r) => r.seed))].map((s) => runs.filter((r) => r.seed === s));
const last = (xs: readonly number[]) => xs[xs.length - 1]!;
const listValues = (e: EvidenceView) => e.observations.map((o) => JSON.stringify(o.values ?? {})).join('；');

export const saturateThenDrop = defineClaim({
  id: 'why-not-deeper/stacking-layers-accuracy-saturates-then-drops',
  source: { file, quote: '简单地堆叠层数也可能导致训练准确率先饱和然后迅速下降' },
  statement: 'Even without vanishing/exploding gradients, simply stacking layers can make training accuracy first saturate and then drop rapidly.',
  reading: `Training accuracy after a fixed budget as a function of depth (3, 6, 12, 24 hidden layers, plain): it reaches its best at a smaller depth and then drops by at least 5 points at depth 24. Without vanishing/exploding gradients: at initialisation the back-propagated gradient at the first hidden layer is within a factor of 10 of that at the last one, at every depth (measured and judged). ${taskReading}`,
  kind: 'experiment',
  tolerance: exactly('inequalities on measured accuracies and gradient ratios'),
  correction: (e) => `在这一规模下，堆叠层数并未使训练准确率先饱和后下降（${listValues(e)}）`,
  check: (ctx) => {
    const depths = [3, 6, 12, 24];
    for (const runs of bySeed(trainAtDepths(ctx, depths.map((depth) => ({ depth }))))) {
      const acc = runs.map((r) => last(r.result.trainAcc));
      const ratios = runs.map((r) => r.gradientRatio);
      ctx.judge.holds({ label: 'no vanishing/exploding at initialisation: 0.1 <= |dL/dh_1| / |dL/dh_L| <= 10 at every depth', holds: ratios.every((x) => x >= 0.1 && x <= 10), values: Object.fromEntries(depths.map((d, i) => [`ratio_${d}`, ratios[i]!])), where: { seed: runs[0]!.seed } });
      ctx.judge.holds({ label: 'train accuracy at depth 24 at least 5 points below the best shallower net', holds: acc[3]! <= Math.max(...acc.slice(0, 3)) - 0.05, values: Object.fromEntries(depths.map((d, i) => [`acc_${d}`, acc[i]!])), where: { seed: runs[0]!.seed } });
    }
  },
});

export const notOverfitting = defineClaim({
  id: 'why-not-deeper/degradation-is-not-overfitting',
  source: { file, quote: '这不同于过拟合' },
  statement: 'Degradation differs from overfitting: the deeper net does worse on the training data, not only on test data.',
  reading: `The deep plain net (24 hidden layers) against the shallow one (3): its training accuracy is lower (the failure is in fitting), and its train-test accuracy gap is not larger than the shallow net's (it is not a generalisation failure). ${taskReading}`,
  kind: 'experiment',
  tolerance: exactly('inequalities on measured accuracies'),
  correction: (e) => `在这一规模下，更深网络的问题更像过拟合而非退化（${listValues(e)}）`,
  check: (ctx) => {
    for (const [shallow, deep] of bySeed(trainAtDepths(ctx, [{ depth: 3 }, { depth: 24 }]))) {
      const [sTr, dTr, sTe, dTe] = [last(shallow!.result.trainAcc), last(deep!.result.trainAcc), last(shallow!.result.testAcc), last(deep!.result.testAcc)];
      ctx.judge.holds({ label: 'deep train accuracy below shallow', holds: dTr < sTr, values: { deepTrain: dTr, shallowTrain: sTr }, where: { seed: deep!.seed } });
      ctx.judge.holds({ label: 'deep train-test gap not larger than shallow', holds: dTr - dTe <= sTr - sTe, values: { deepGap: dTr - dTe, shallowGap: sTr - sTe }, where: { seed: deep!.seed } });
    }
  },
});

export const deeperWorseOnTrain = defineClaim({
  id: 'why-not-deeper/deeper-model-worse-on-training-set',
  source: { file, quote: '这意味着更深的模型在训练集上都难以达到与较浅模型相当的性能' },
  statement: 'The deeper model struggles to reach, even on the training set, the performance of a shallower one.',
  reading: `Final training loss of the deep plain net (24 hidden layers) above that of the shallow one (3) after the same budget. ${taskReading}`,
  kind: 'experiment',
  tolerance: exactly('an inequality on measured losses'),
  correction: (e) => `在这一规模下，更深的模型在训练集上达到了与较浅模型相当的性能（${listValues(e)}）`,
  check: (ctx) => {
    for (const [shallow, deep] of bySeed(trainAtDepths(ctx, [{ depth: 3 }, { depth: 24 }]))) {
      const [s, d] = [last(shallow!.result.trainLoss), last(deep!.result.trainLoss)];
      ctx.judge.holds({ label: 'deep final training loss above shallow', holds: d > s, values: { deep: d, shallow: s }, where: { seed: deep!.seed } });
    }
  },
});

export const harderToOptimise = defineClaim({
  id: 'why-not-deeper/deeper-net-harder-to-optimise',
  source: { file, quote: '优化更深的网络变得更加困难' },
  statement: 'Optimising the deeper network becomes harder.',
  reading: `Harder = over the whole run the deep plain net's training loss stays above the shallow net's: the mean over evaluation points (every tenth of the run, after the start) of log(loss_deep / loss_shallow) is positive. 24 against 3 hidden layers. ${taskReading}`,
  kind: 'experiment',
  tolerance: exactly('the sign of a measured mean log-ratio'),
  correction: (e) => `在这一规模下，更深网络的训练损失曲线并不高于浅层网络（${listValues(e)}）`,
  check: (ctx) => {
    for (const [shallow, deep] of bySeed(trainAtDepths(ctx, [{ depth: 3 }, { depth: 24 }]))) {
      const ratios = deep!.result.trainLoss.slice(1).map((l, i) => Math.log(l / shallow!.result.trainLoss[i + 1]!));
      const m = ratios.reduce((a, b) => a + b, 0) / ratios.length;
      ctx.judge.holds({ label: 'mean log(loss_deep / loss_shallow) over the run > 0', holds: m > 0, values: { meanLogRatio: m }, where: { seed: deep!.seed } });
    }
  },
});

export const resnetHistory = defineClaim({
  id: 'why-not-deeper/resnet-proposed-for-degradation',
  source: { file, quote: '的提出就是为了解决这个退化问题' },
  statement: 'ResNet was proposed precisely to solve the degradation problem.',
  kind: 'not-checkable',
  reason: 'A statement about the motivation of the authors of a paper (He et al., 2016): history of the literature, which no computation can reach. (Their paper does present residual learning as the answer to the degradation problem.)',
});

export const residualGradientFlow = defineClaim({
  id: 'why-not-deeper/residual-connections-let-gradients-flow',
  source: { file, quote: '残差连接允许梯度更容易地流过深层网络' },
  statement: 'Residual connections let gradients flow more easily through deep networks.',
  reading: 'At initialisation, for the same 24-hidden-layer ReLU net (He init, width 32, a batch of 128 points of the task) in plain and residual form: the ratio |dL/dh_1| / |dL/dh_24| of the back-propagated gradient at the first and last hidden layers is closer to 1 (|log ratio| smaller) with residual connections. (Activation gradients, not weight gradients, measure the flow: see why-not-deeper/layer-multiplies-gradient-below-one; a first run with weight gradients was refuted for that reason.) Each seed is one judgement (3 seeds at quick, 10 at standard).',
  kind: 'exact',
  tolerance: atMost(0, 'the band is |log ratio_residual| - |log ratio_plain| <= 0'),
  correction: (e) => `残差连接并未使梯度更容易流过（${e.observations.map((o) => o.measured!.toFixed(2)).join('，')}）`,
  check: (ctx) => {
    const seeds = ctx.scale({ quick: 3, standard: 10, full: 30 });
    for (let s = 0; s < seeds; s++) {
      const seed = subSeed(ctx.seed, s);
      const data = teacherClassification(ctx.tf, { nTrain: 128, nTest: 1, d: 8, classes: 4, seed });
      try {
        const ratio = (residual: boolean) => { const g = initialActivationGradients(ctx.tf, { sizes: [8, ...Array<number>(24).fill(32), 4], phi: 'relu', weightVariance: 2, residual, seed }, { x: data.xTrain, y: data.yTrain }, 'softmax'); return Math.abs(Math.log(g[1]! / g[24]!)); };
        ctx.judge.value({ label: '|log ratio| residual - |log ratio| plain', measured: ratio(true) - ratio(false), asserted: 0, where: { seed } });
      } finally {
        data.dispose();
      }
    }
  },
});

export const identityByConstruction = defineClaim({
  id: 'why-not-deeper/residual-net-can-represent-identity',
  source: { file, quote: '并使得深层网络至少能够学习到恒等映射' },
  statement: 'Residual connections make it possible for a deep network to at least learn the identity mapping.',
  reading: 'Learning the identity: deep stacks (10 hidden layers of width 16, so that the first ReLU layer can pass x and -x, 8-dim N(0, I) inputs, target y = x, mean squared error, Adam lr 0.01) trained for the same budget in plain and residual form (He init): the residual stack reaches a lower training loss, and with its branches zeroed it computes the identity exactly (checked in tfjs: max |h_out - h_in| over the hidden stack = 0). One judgement per seed.',
  kind: 'experiment',
  tolerance: exactly('an inequality on measured losses and an exact equality'),
  correction: (e) => `在这一规模下，残差网络并不比普通网络更容易学到恒等映射（${listValues(e)}）`,
  check: (ctx) => {
    const tf = ctx.tf;
    const seeds = ctx.scale({ quick: 1, standard: 2, full: 6 });
    const steps = ctx.scale({ quick: 80, standard: 150, full: 600 });
    ctx.record('Adam steps', steps);
    for (let s = 0; s < seeds; s++) {
      const seed = subSeed(ctx.seed, s);
      const x = tf.randomNormal([128, 8], 0, 1, 'float32', seed) as Tensor2D;
      try {
        const loss = (residual: boolean) => last(trainMlp(tf, { sizes: [8, ...Array<number>(10).fill(16), 8], phi: 'relu', weightVariance: 2, residual, seed }, { optimizer: 'adam', lr: 0.01, steps, loss: 'mse', train: { x, y: x }, evalEvery: steps }).trainLoss);
        const [plain, residual] = [loss(false), loss(true)];
        ctx.judge.holds({ label: 'residual stack fits y = x better than the plain stack', holds: residual < plain, values: { residual, plain }, where: { seed } });
      } finally {
        x.dispose();
      }
    }
    const exact = tf.tidy(() => {
      const h = tf.randomNormal([16, 8], 0, 1, 'float32', ctx.seed);
      let s = h;
      for (let l = 0; l < 16; l++) s = tf.add(s, tf.mul(tf.relu(tf.matMul(s, tf.zeros([8, 8]))), 0.25));
      return tf.max(tf.abs(tf.sub(s, h))).dataSync()[0]!;
    });
    ctx.judge.holds({ label: 'zeroed residual branches compute the identity exactly', holds: exact === 0, values: { maxDifference: exact } });
  },
});

export const residualNoWorse = defineClaim({
  id: 'why-not-deeper/residual-net-no-worse-than-shallow',
  source: { file, quote: '从而不会比其对应的浅层版本表现更差' },
  statement: 'With residual connections a deep network performs no worse than its shallower counterpart.',
  reading: `The residual net of 24 hidden layers against the plain shallow net of 3: its final training loss is at most 10% above the shallow net's (no worse, up to run-to-run noise); the plain 24-layer net's shortfall is why-not-deeper/deeper-model-worse-on-training-set. ${taskReading}`,
  kind: 'experiment',
  tolerance: exactly('an inequality on measured losses'),
  correction: (e) => `在这一规模下，残差网络比其浅层版本表现更差（${listValues(e)}）`,
  check: (ctx) => {
    for (const [shallow, res] of bySeed(trainAtDepths(ctx, [{ depth: 3 }, { depth: 24, residual: true }]))) {
      const [s, r] = [last(shallow!.result.trainLoss), last(res!.result.trainLoss)];
      ctx.judge.holds({ label: 'residual 24-layer training loss <= 1.1 x shallow 3-layer', holds: r <= 1.1 * s, values: { residual: r, shallow: s }, where: { seed: res!.seed } });
    }
  },
});
