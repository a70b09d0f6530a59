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
import type { Scalar, Tensor, Tensor2D } from '@tensorflow/tfjs';
import { defineClaim, noLessThan, noMoreThan, type CheckContext } from '../../src/claim/index.js';
import { scoredFinalLoss, trainParams } from '../../src/nets/train/train.js';
import { initialActivationGradients } from '../../src/nets/train/train-mlp.js';
import { teacherClassification } from '../../src/datasets/teacher.js';
import { bySeed, DEPTH_RUN_SCALE, DEPTH_RUNS, finalLoss, taskReading, trainAtDepths, type DepthRun } from '../../src/experiments/depth-runs.js';
import { meansText } from '../../src/findings/evidence-text.js';
import { subSeed } from '../../src/random/seeds.js';

const file = 'why-not-deeper.md';

const last = (xs: readonly number[]) => xs[xs.length - 1]!;
const logRatio = (a: number, b: number) => Math.log(a / b);

// One claim per threshold the sentence sets (a claim has one tolerance): the drop of at least 5 points,
// and the premise "即使没有梯度消失/爆炸" read as a gradient ratio within a factor of 10; both judge the same runs.
const DEGRADATION_DEPTHS = [3, 6, 12, 24];
export const saturateThenDrop = defineClaim({
  id: 'why-not-deeper/stacking-layers-accuracy-saturates-then-drops',
  source: { file, quote: '简单地堆叠层数也可能导致训练准确率先饱和然后迅速下降' },
  statement: 'Even without vanishing/exploding gradients, simply stacking layers can make training accuracy first saturate and then drop rapidly.',
  reading: `Training accuracy after a fixed budget as a function of depth (3, 6, 12, 24 hidden layers, plain): it reaches its best at a smaller depth and then drops by at least 5 points at depth 24. Per seed: drop = max(acc_3, acc_6, acc_12) - acc_24, its mean judged against 0.05. That these runs have no vanishing or exploding gradients is its own claim, why-not-deeper/stacking-layers-without-vanishing-gradients (the same runs). ${taskReading} Scope exists: "也可能导致" states a possibility, so one stack whose accuracy saturates and drops witnesses it.`,
  kind: 'experiment',
  scope: 'exists',
  shares: [DEPTH_RUNS],
  scale: DEPTH_RUN_SCALE,
  tolerance: noLessThan(0.05, '"迅速下降" read as a drop of at least 5 points of training accuracy from the best shallower depth to depth 24'),
  correction: (e) => `在这一规模下，堆叠层数并未使训练准确率先饱和后下降（${meansText(e)}）`,
  check: (ctx) => {
    const seeds = bySeed(trainAtDepths(ctx, DEGRADATION_DEPTHS.map((depth) => ({ depth }))));
    const drop = seeds.map((runs) => { const acc = runs.map((r) => last(r.result.trainAcc)); return Math.max(...acc.slice(0, 3)) - acc[3]!; });
    ctx.judge.mean({ label: 'train accuracy drop: best of depths 3-12 minus depth 24', samples: drop });
  },
});

export const saturateWithoutVanishing = defineClaim({
  id: 'why-not-deeper/stacking-layers-without-vanishing-gradients',
  source: { file, quote: '即使没有梯度消失/爆炸' },
  statement: 'The degradation happens even without vanishing/exploding gradients.',
  reading: `The runs of why-not-deeper/stacking-layers-accuracy-saturates-then-drops (plain, 3, 6, 12, 24 hidden layers) have no vanishing or exploding gradient: at initialisation the back-propagated gradient at the first hidden layer is within a factor of 10 of that at the last one at every depth. Per seed: margin = 1 - max over depths of |log10(|dL/dh_1| / |dL/dh_L|)|, its mean judged against 0. ${taskReading} Scope exists: the sentence's premise holds of the stack that witnesses the drop.`,
  kind: 'experiment',
  scope: 'exists',
  shares: [DEPTH_RUNS],
  scale: DEPTH_RUN_SCALE,
  tolerance: noLessThan(0, '"没有梯度消失/爆炸" read as a first-to-last gradient ratio within a factor of 10 at every depth: margin 1 - max |log10 ratio| at least 0'),
  correction: (e) => `这些网络在初始化时存在梯度消失或爆炸（${meansText(e)}）`,
  check: (ctx) => {
    const seeds = bySeed(trainAtDepths(ctx, DEGRADATION_DEPTHS.map((depth) => ({ depth }))));
    const margin = seeds.map((runs) => 1 - Math.max(...runs.map((r) => Math.abs(Math.log10(r.gradientRatio)))));
    ctx.judge.mean({ label: 'gradient-ratio margin at initialisation, 1 - max |log10 ratio|', samples: margin });
  },
});

export const notOverfitting = defineClaim({
  id: 'why-not-deeper/degradation-is-not-overfitting',
  source: { file, quote: '这不同于过拟合' },
  statement: 'Degradation differs from overfitting: the deeper net does worse on the training data, not only on test data.',
  reading: `The deep plain net (24 hidden layers) against the shallow one (3): its training accuracy is lower (the failure is in fitting), and its train-test accuracy gap is not larger than the shallow net's (it is not a generalisation failure). Per seed: shallow minus deep training accuracy, and shallow gap minus deep gap; each mean judged against 0. ${taskReading} Scope forall: "这不同于" is definite, so the judged degradation must not be overfitting.`,
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'beyond', why: 'full\'s 12 seeds left the gap difference undecided in the full-budget run of session 8 (seed 1); the summary\'s projection there asks for about 40, past full' },
  shares: [DEPTH_RUNS],
  scale: DEPTH_RUN_SCALE,
  judgements: 2,
  tolerance: noLessThan(0, 'the sentence orders the two nets: both differences must be positive on average (>= 0)'),
  correction: (e) => `在这一规模下，更深网络的问题更像过拟合而非退化（${meansText(e)}）`,
  check: (ctx) => {
    const pairs = bySeed(trainAtDepths(ctx, [{ depth: 3 }, { depth: 24 }]));
    const acc = (r: DepthRun) => [last(r.result.trainAcc), last(r.result.testAcc)] as const;
    ctx.judge.mean({ label: 'training accuracy, shallow minus deep', samples: pairs.map(([s, d]) => acc(s!)[0] - acc(d!)[0]) });
    ctx.judge.mean({ label: 'train-test gap, shallow minus deep', samples: pairs.map(([s, d]) => (acc(s!)[0] - acc(s!)[1]) - (acc(d!)[0] - acc(d!)[1])) });
  },
});

export const deeperWorseOnTrain = defineClaim({
  id: 'why-not-deeper/deeper-model-worse-on-training-set',
  source: { file, quote: '这意味着更深的模型在训练集上都难以达到与较浅模型相当的性能' },
  statement: 'The deeper model struggles to reach, even on the training set, the performance of a shallower one.',
  reading: `Final training loss of the deep plain net (24 hidden layers) above that of the shallow one (3) after the same budget. Per seed: log(loss_deep / loss_shallow); its mean judged against 0. ${taskReading} Scope forall: "这意味着" is definite, so the judged deeper model must do worse on its training set.`,
  kind: 'experiment',
  scope: 'forall',
  shares: [DEPTH_RUNS],
  scale: DEPTH_RUN_SCALE,
  tolerance: noLessThan(0, 'the sentence orders the losses: the mean log-ratio must be positive (>= 0)'),
  correction: (e) => `在这一规模下，更深的模型在训练集上达到了与较浅模型相当的性能（${meansText(e)}）`,
  check: (ctx) => {
    const pairs = bySeed(trainAtDepths(ctx, [{ depth: 3 }, { depth: 24 }]));
    ctx.judge.mean({ label: 'log(final training loss deep / shallow)', samples: pairs.map(([s, d]) => logRatio(finalLoss(d!), finalLoss(s!))) });
  },
});

export const harderToOptimise = defineClaim({
  id: 'why-not-deeper/deeper-net-harder-to-optimise',
  source: { file, quote: '优化更深的网络变得更加困难' },
  statement: 'Optimising the deeper network becomes harder.',
  reading: `Harder = over the whole run the deep plain net's training loss stays above the shallow net's: the mean over evaluation points (every tenth of the run, after the start) of log(loss_deep / loss_shallow) is positive. 24 against 3 hidden layers. ${taskReading} Scope forall: a definite statement, so the judged deeper net must be harder to optimise.`,
  kind: 'experiment',
  scope: 'forall',
  shares: [DEPTH_RUNS],
  scale: DEPTH_RUN_SCALE,
  tolerance: noLessThan(0, 'the sign of the mean over seeds of each run\'s mean log-ratio (>= 0)'),
  correction: (e) => `在这一规模下，更深网络的训练损失曲线并不高于浅层网络（${meansText(e)}）`,
  check: (ctx) => {
    const pairs = bySeed(trainAtDepths(ctx, [{ depth: 3 }, { depth: 24 }]));
    const perSeed = pairs.map(([shallow, deep]) => {
      const ratios = deep!.result.trainLoss.slice(1).map((l, i) => Math.log(l / shallow!.result.trainLoss[i + 1]!));
      return ratios.reduce((a, b) => a + b, 0) / ratios.length;
    });
    ctx.judge.mean({ label: 'mean over the run of log(loss_deep / loss_shallow)', samples: perSeed });
  },
});

export const resnetHistory = defineClaim({
  id: 'why-not-deeper/resnet-proposed-for-degradation',
  source: { file, quote: '的提出就是为了解决这个退化问题' },
  statement: 'ResNet was proposed precisely to solve the degradation problem.',
  kind: 'not-checkable',
  reason: 'A statement about the motivation of the authors of a paper (He et al., 2016): history of the literature, which no computation can reach. (Their paper does present residual learning as the answer to the degradation problem.)',
});

/** Per seed, the log ratio log(|dL/dh_1| / |dL/dh_24|) of a 24-hidden-layer ReLU net at He initialisation, residual and plain. */
function gradientLogRatios(ctx: CheckContext<{ seeds: number }>): { residual: number; plain: number }[] {
  return Array.from({ length: ctx.scaled.seeds }, (_, s) => {
    const seed = ctx.seeds.child('run', s).value;
    const data = teacherClassification(ctx.tf, { nTrain: 128, nTest: 1, d: 8, classes: 4, seed });
    try {
      const logRatio = (residual: boolean) => { const g = initialActivationGradients(ctx.tf, { sizes: [8, ...Array<number>(24).fill(32), 4], phi: 'relu', weightVariance: 2, residual, seed }, { x: data.xTrain, y: data.yTrain }, 'softmax'); return Math.log(g[1]! / g[24]!); };
      return { residual: logRatio(true), plain: logRatio(false) };
    } finally {
      data.dispose();
    }
  });
}

const FLOW_SETUP = 'At initialisation, for the same 24-hidden-layer ReLU net (He init, width 32, a batch of 128 points of the task) in plain and residual form (unnormalised branches), the log ratio log(|dL/dh_1| / |dL/dh_24|) of the back-propagated activation gradient at the first and last hidden layers.';

export const residualGradientFlow = defineClaim({
  id: 'why-not-deeper/residual-connections-let-gradients-flow',
  source: { file, quote: '残差连接允许梯度更容易地流过深层网络' },
  statement: 'Residual connections let gradients flow more easily through deep networks.',
  primary: { why: 'The paragraph is about the degradation problem and the vanishing gradients of the section before: "flow through" means the gradient reaches the early layers without being attenuated on the way, which is what the identity path guarantees.' },
  reading: `${FLOW_SETUP} "Flows more easily": the gradient is attenuated less on its way back, i.e. the log ratio is at least as large with residual connections as without. Per seed: log ratio residual minus log ratio plain; its mean judged against 0 over the seeds. Designed after the first design (why-not-deeper/residual-connections-let-gradients-flow-closer-to-one, |log ratio| closer to 0) was refuted at one seed because unnormalised residual branches make the gradient grow backwards, which that design counted against the sentence; the first design stays as its own reading.`,
  kind: 'exact',
  scope: 'forall',
  scale: { quick: { seeds: 6 }, standard: { seeds: 12 }, full: { seeds: 24 } },
  tolerance: noLessThan(0, 'less attenuation: the mean of (log ratio residual - log ratio plain) over the seeds must not be below 0'),
  correction: (e) => `残差连接并未使梯度更容易流过（${meansText(e)}）`,
  check: (ctx) => {
    const runs = gradientLogRatios(ctx);
    ctx.judge.mean({ label: 'log ratio residual - log ratio plain', samples: runs.map((r) => r.residual - r.plain) });
  },
});

export const residualGradientFlowCloserToOne = defineClaim({
  id: 'why-not-deeper/residual-connections-let-gradients-flow-closer-to-one',
  alternativeOf: 'why-not-deeper/residual-connections-let-gradients-flow',
  source: { file, quote: '残差连接允许梯度更容易地流过深层网络' },
  statement: 'Residual connections keep the back-propagated gradient closer to its size at the output, neither shrinking nor growing.',
  reading: `${FLOW_SETUP} The first design: the ratio is closer to 1 (|log ratio| smaller) with residual connections. Per seed: |log ratio| residual minus |log ratio| plain; its mean judged against 0. It reads "more easily" as "unchanged in size", so a gradient that grows on its way back counts against the sentence; unnormalised residual branches do make it grow (the variance doubles per block at He initialisation), which is why the primary reading asks about attenuation only. Earlier still: one judgement per seed, refuted by any single seed.`,
  kind: 'exact',
  scope: 'forall',
  decidingBudget: { budget: 'full', why: 'full\'s 24 seeds decide it: the full-budget run of session 8 (seed 1) put the whole interval of the difference above 0, where quick\'s 6 seeds straddle it' },
  scale: { quick: { seeds: 6 }, standard: { seeds: 12 }, full: { seeds: 24 } },
  tolerance: noMoreThan(0, 'the band is mean(|log ratio_residual| - |log ratio_plain|) <= 0'),
  correction: (e) => `残差连接并未使梯度大小保持不变（${meansText(e)}）`,
  check: (ctx) => {
    const runs = gradientLogRatios(ctx);
    ctx.judge.mean({ label: '|log ratio| residual - |log ratio| plain', samples: runs.map((r) => Math.abs(r.residual) - Math.abs(r.plain)) });
  },
});

// A stack of residual blocks h <- h + relu(h W_l + b_l) / sqrt(blocks) on R^8 with no projection around it
// (He init, zero biases), trained by Adam (lr 0.05) on y = x: the relative training MSE E|f(x) - x|^2 / E|x|^2,
// recorded 11 times. The identity is the stack with every branch silenced, which training must reach.
function residualIdentityCurve(tf: CheckContext['tf'], seed: number, steps: number, blocks = 10, width = 8): number[] {
  const x = tf.randomNormal([128, width], 0, 1, 'float32', seed) as Tensor2D;
  const init = [
    ...Array.from({ length: blocks }, (_, l) => tf.randomNormal([width, width], 0, Math.sqrt(2 / width), 'float32', subSeed(seed, l + 1))),
    ...Array.from({ length: blocks }, () => tf.zeros([width])),
  ];
  try {
    const meanSquare = tf.tidy(() => tf.mean(tf.sum(tf.square(x), 1)).dataSync()[0]!);
    const loss = (ps: readonly Tensor[]) => tf.tidy(() => {
      let h: Tensor2D = x;
      for (let l = 0; l < blocks; l++) h = tf.add(h, tf.mul(tf.relu(tf.add(tf.matMul(h, ps[l] as Tensor2D), ps[blocks + l]!)), 1 / Math.sqrt(blocks))) as Tensor2D;
      return tf.div(tf.mean(tf.sum(tf.square(tf.sub(h, x)), 1)), meanSquare) as Scalar;
    });
    const run = trainParams(tf, init, loss, { steps, learningRate: IDENTITY_LR, optimizer: 'adam' });
    tf.dispose([...run.params]);
    const every = Math.max(1, Math.floor(steps / 10));
    return run.losses.filter((_, t) => t % every === 0 || t === run.losses.length - 1);
  } finally {
    tf.dispose([x, ...init]);
  }
}
const IDENTITY_LR = 0.05;

export const identityByConstruction = defineClaim({
  id: 'why-not-deeper/residual-net-can-represent-identity',
  source: { file, quote: '并使得深层网络至少能够学习到恒等映射' },
  statement: 'Residual connections make it possible for a deep network to at least learn the identity mapping.',
  reading: 'A capability, in two parts. Representing it: with its residual branches zeroed the stack computes the identity exactly (checked in tfjs: max |h_out - h_in| over 16 zero-weight blocks = 0). Learning it: a deep residual stack (10 blocks h <- h + relu(h W_l + b_l) / sqrt(10) on R^8, no projection around them, He init, zero biases; 128 8-dim N(0, I) inputs, target y = x, mean squared error, Adam lr 0.05) trained from its random start reaches the identity, the stack with every branch silenced: its final training MSE relative to E[y^2] at most 1%. Per seed: that relative MSE, judged (replicated, gated; a refutation needs runs whose loss has plateaued, at most 1e-4 of improvement over the last 3 of 11 recorded points) against 0.01. (First design, removed: the residual stack had to reach a lower loss than the plain one, which the span does not assert and which the plain stack can also represent the identity for; an exists claim judged by an ungated mean, it could only be left without a witness; session-7 referee, #201.) Disclosed: the learning rate and the step count were raised after slower first runs had not plateaued; the 1% threshold was fixed before any run. Scope exists: "至少能够学习到" states a capability, so one residual net that learns the identity witnesses it.',
  kind: 'experiment',
  scope: 'exists',
  scale: { quick: { seeds: 3, steps: 400 }, standard: { seeds: 6, steps: 600 }, full: { seeds: 12, steps: 800 } },
  tolerance: noMoreThan(0.01, '"学习到恒等映射" read as fitting y = x to within 1% of its mean square (relative training MSE at most 0.01)'),
  correction: (e) => `在这一规模下，残差网络未能学到恒等映射（${meansText(e)}）`,
  check: (ctx) => {
    const tf = ctx.tf;
    const { seeds, steps } = ctx.scaled;
    const runs = Array.from({ length: seeds }, (_, s) => residualIdentityCurve(tf, ctx.seeds.child('run', s).value, steps));
    ctx.record('relative training MSE of the residual stack per seed', runs.map((c) => scoredFinalLoss(c).last.toPrecision(3)).join(', '));
    ctx.record('relative training MSE over training, first seed', runs[0]!.map((v) => v.toPrecision(3)).join(', '));
    ctx.judge.replicated({ label: 'residual stack fitting y = x: final training MSE / E[y^2]', samples: runs.map((c) => scoredFinalLoss(c).last), resolution: 1e-4, training: { curves: runs, rule: { kind: 'plateau', window: 3, tolerance: 1e-4, goal: 'min' } } });
    const exact = tf.tidy(() => {
      const h = tf.randomNormal([16, 8], 0, 1, 'float32', ctx.seeds.child('identity-probe').value);
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
  reading: `The residual net of 24 hidden layers against the plain shallow net of 3: its final training loss is at most 10% above the shallow net's (no worse, up to run-to-run noise); the plain 24-layer net's shortfall is why-not-deeper/deeper-model-worse-on-training-set. Per seed: log(loss_residual / loss_shallow); its mean judged against log 1.1. ${taskReading} Scope forall: "不会比…更差" is definite, so the judged residual net must be no worse.`,
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'beyond', why: 'the log loss ratio -0.013 has a half-width 0.49 from 4 seeds against a distance 0.11 to the bound log 1.1: about 83 seeds, past full\'s 12' },
  shares: [DEPTH_RUNS],
  scale: DEPTH_RUN_SCALE,
  tolerance: noMoreThan(Math.log(1.1), 'no worse up to run-to-run noise: the mean log-ratio at most log 1.1 (a final loss at most 10% above the shallow net\'s)'),
  correction: (e) => `在这一规模下，残差网络比其浅层版本表现更差（${meansText(e)}）`,
  check: (ctx) => {
    const pairs = bySeed(trainAtDepths(ctx, [{ depth: 3 }, { depth: 24, residual: true }]));
    ctx.judge.mean({ label: 'log(final training loss residual 24 / plain 3)', samples: pairs.map(([s, r]) => logRatio(finalLoss(r!), finalLoss(s!))) });
  },
});
