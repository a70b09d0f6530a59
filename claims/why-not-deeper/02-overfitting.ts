// § 2. 过拟合 (Overfitting)
// The text: deeper nets have more parameters and more fitting capacity; with limited data a too-complex
// model memorises noise, does well on training and badly on test data; L1/L2, Dropout, data augmentation
// and early stopping help (the remedies: 02-overfitting-remedies.ts).
// How we test it: parameter counts from layer sizes; small nets fitting random labels; a big net on a
// small teacher task with 30% label noise (which training labels it reproduces, train against clean test
// accuracy). What would refute it: a deeper net with no more parameters; a big net that does not fit the
// flipped labels.
import * as fc from 'fast-check';
import { defineClaim, exactly, noLessThan, type CheckContext, type EvidenceView } from '../../src/claim/index.js';
import { meansText } from '../../src/findings/evidence-text.js';
import { denseParamCount } from '../../src/nets/count/param-count.js';
import { trainMlp, type TrainResult } from '../../src/nets/train/train-mlp.js';
import { bigNet, NOISY_TASK_READING } from '../../src/experiments/remedy-runs.js';
import { teacherClassification } from '../../src/datasets/teacher.js';

const file = 'why-not-deeper.md';

export const deeperMoreParameters = defineClaim({
  id: 'why-not-deeper/deeper-means-more-parameters',
  source: { file, quote: '更深的网络通常意味着模型拥有更多的参数' },
  statement: 'A deeper network usually means a model with more parameters.',
  reading: 'Dense nets of input d, L hidden layers of width w and c outputs (weights and biases), counted from layer sizes: adding a hidden layer adds w^2 + w parameters. Generated d, w, c in 1..512 and L in 1..50. Scope typical: "通常意味着" promises most cases, so the share of generated architectures must exceed one half.',
  kind: 'architecture',
  scope: 'typical',
  tolerance: noLessThan(1, 'an integer comparison: "more parameters" means at least one more'),
  correction: () => '更深的网络并不意味着更多的参数',
  cases: () => fc.record({ d: fc.integer({ min: 1, max: 512 }), w: fc.integer({ min: 1, max: 512 }), c: fc.integer({ min: 1, max: 512 }), L: fc.integer({ min: 1, max: 50 }) }),
  runs: { quick: 50, standard: 200, full: 1000 },
  check: ({ d, w, c, L }, ctx) => {
    const count = (k: number) => denseParamCount([d, ...Array<number>(k).fill(w), c]);
    ctx.judge.value({ label: 'count(L + 1) - count(L)', measured: count(L + 1) - count(L) });
  },
});

const capacityQuote = '从而具有更强的拟合能力';
const capacityStatement = 'With more parameters, a deeper network has a stronger capacity to fit data.';
const capacitySetup = 'Fitting capacity = how much of a random labelling a net can fit: 256 points (8-dim N(0, I)) with uniformly random labels among 4 classes; nets of 1, 2 and 4 hidden ReLU layers of width 16 (He init; 212, 484 and 1028 parameters), Adam (lr 0.01), the same number of steps; one judgement per seed. (A first version used 128 points and width 32, where every net fitted 97-100% and the strict ordering failed on a tie at 100%: it measured saturation, not capacity; the task was enlarged for that reason.)';
const capacityScale = { quick: { seeds: 1, steps: 120 }, standard: { seeds: 2, steps: 200 }, full: { seeds: 6, steps: 600 } };

/** Per seed, the final random-label training accuracy of the nets of 1, 2 and 4 hidden layers. */
function randomLabelAccuracies(ctx: CheckContext<{ seeds: number; steps: number }>): { seed: number; acc: number[] }[] {
  const { seeds, steps } = ctx.scaled;
  return Array.from({ length: seeds }, (_, s) => {
    const seed = ctx.seeds.child('task', s).value;
    const data = teacherClassification(ctx.tf, { nTrain: 256, nTest: 1, d: 8, classes: 4, labelNoise: 0.75, seed });
    try {
      return { seed, acc: [1, 2, 4].map((L) => trainMlp(ctx.tf, { sizes: [8, ...Array<number>(L).fill(16), 4], phi: 'relu', weightVariance: 2, seed: ctx.seeds.child('net', s, L).value }, { optimizer: 'adam', lr: 0.01, steps, loss: 'softmax', train: { x: data.xTrain, y: data.yTrain }, evalEvery: steps }).trainAcc.at(-1)!) };
    } finally {
      data.dispose();
    }
  });
}
const capacityCorrection = (e: EvidenceView) => `在这一规模下，更深（参数更多）的网络拟合随机标签的能力并未更强（${e.observations.map((o) => JSON.stringify(o.values)).join('；')}）`;

export const moreCapacity = defineClaim({
  id: 'why-not-deeper/more-parameters-stronger-fitting',
  primary: { why: '"更强" compares each deeper net with the shallower one: every step in depth, with its added parameters, fits more, a strict ordering. A blind referee (session 7) picked the non-strict reading, reading "通常" as a hedge on the whole sentence; but 通常 qualifies 意味着更多的参数 (checked as typical by deeper-means-more-parameters), and 从而具有更强的拟合能力 states the consequence as a comparative; the non-strict reading was also introduced only after the strict one failed on a tie, together with a larger task' },
  source: { file, quote: capacityQuote },
  statement: capacityStatement,
  reading: `${capacitySetup} Stronger = training accuracy rises strictly with depth: acc(1) < acc(2) < acc(4). Scope forall: "从而具有" is definite, so the judged deeper net must fit better.`,
  kind: 'experiment',
  scope: 'forall',
  scale: capacityScale,
  tolerance: exactly('an ordering of measured accuracies'),
  correction: capacityCorrection,
  check: (ctx) => {
    for (const { seed, acc } of randomLabelAccuracies(ctx)) ctx.judge.holds({ label: 'random-label training accuracy: 1 < 2 < 4 layers', holds: acc[0]! < acc[1]! && acc[1]! < acc[2]!, values: { acc1: acc[0]!, acc2: acc[1]!, acc4: acc[2]! }, where: { seed } });
  },
});

export const moreCapacityNonStrict = defineClaim({
  id: 'why-not-deeper/more-parameters-stronger-fitting-non-strict',
  alternativeOf: 'why-not-deeper/more-parameters-stronger-fitting',
  source: { file, quote: capacityQuote },
  statement: capacityStatement,
  reading: `Alternative reading (the primary is why-not-deeper/more-parameters-stronger-fitting; this non-strict one was introduced together with the enlarged task, after the strict ordering had failed on a tie): ${capacitySetup} Stronger = training accuracy does not fall with depth and is higher at 4 layers than at 1. Scope forall: "从而具有" is definite, so the judged deeper net must fit better.`,
  kind: 'experiment',
  scope: 'forall',
  scale: capacityScale,
  tolerance: exactly('an ordering of measured accuracies'),
  correction: capacityCorrection,
  check: (ctx) => {
    for (const { seed, acc } of randomLabelAccuracies(ctx)) ctx.judge.holds({ label: 'random-label training accuracy: 1 <= 2 <= 4 layers, and 4 > 1', holds: acc[0]! <= acc[1]! && acc[1]! <= acc[2]! && acc[2]! > acc[0]!, values: { acc1: acc[0]!, acc2: acc[1]!, acc4: acc[2]! }, where: { seed } });
  },
});

// The big net on the small noisy task; results per seed.
const noisyReading = `${NOISY_TASK_READING} Per seed one statistic; its mean is judged by a t-interval over the seeds. (Earlier design: one exact judgement per seed, 1 seed at quick, 2 at standard and 6 at full, refuted as soon as any one seed went the other way, so the verdict depended on the number of seeds rather than on the average effect the sentence asserts; changed for that reason, with the statistic fixed before running.)`;
/** Seeds and Adam steps of the noisy-task runs, per budget (every claim on them declares it). */
const noisyScale = { quick: { seeds: 4, steps: 150 }, standard: { seeds: 8, steps: 250 }, full: { seeds: 12, steps: 500 } };
function noisyRuns(ctx: CheckContext<{ seeds: number; steps: number }>): { seed: number; base: TrainResult; flipped: boolean[]; labels: number[] }[] {
  const { seeds, steps } = ctx.scaled;
  return Array.from({ length: seeds }, (_, s) => {
    const seed = ctx.seeds.child('task', s).value;
    const data = teacherClassification(ctx.tf, { nTrain: 64, nTest: 512, d: 8, classes: 4, labelNoise: 0.3, seed });
    try {
      const base = trainMlp(ctx.tf, bigNet(ctx.seeds.child('net', s).value), { optimizer: 'adam', lr: 0.003, steps, loss: 'softmax', train: { x: data.xTrain, y: data.yTrain }, test: { x: data.xTest, y: data.yTest }, evalEvery: 10 });
      const labels = Array.from(ctx.tf.tidy(() => ctx.tf.argMax(data.yTrain, 1).dataSync()));
      return { seed, base, flipped: data.flipped, labels };
    } finally {
      data.dispose();
    }
  });
}

export const memorisesNoise = defineClaim({
  id: 'why-not-deeper/complex-model-memorises-noise',
  source: { file, quote: '模型可能会“记住”训练数据中的噪声和特定细节' },
  statement: 'A model too complex for limited training data may memorise the noise and particulars of the training data instead of the underlying rule.',
  reading: `Memorising noise = the big net reproduces the corrupted labels: at the end it predicts the (wrong) given label for at least 80% of the training points whose label was flipped. ${noisyReading} Scope exists: "可能会记住" states a possibility, so one model that memorises the noise witnesses it.`,
  kind: 'experiment',
  scope: 'exists',
  scale: noisyScale,
  tolerance: noLessThan(0.8, 'memorising the noise is read as reproducing at least 80% of the flipped labels: most of the noise learned by heart'),
  correction: (e) => `在这一规模下，大模型平均只“记住”了 ${(100 * e.observations[0]!.measured!).toFixed(0)}% 的噪声标签`,
  check: (ctx) => {
    const fractions = noisyRuns(ctx).map((r) => {
      const idx = r.flipped.map((f, i) => (f ? i : -1)).filter((i) => i >= 0);
      return idx.filter((i) => r.base.trainPred[i] === r.labels[i]).length / idx.length;
    });
    ctx.judge.mean({ label: 'fraction of flipped training labels reproduced', samples: fractions });
  },
});

// One claim per threshold (a claim has one tolerance): "表现很好" on the training data, and "表现很差" on the
// test data read as a train-test gap; both run the same design, each from its own seeds.
export const goodOnTrain = defineClaim({
  id: 'why-not-deeper/overfit-model-good-on-train',
  source: { file, quote: '这会导致模型在训练数据上表现很好' },
  statement: 'Overfitting makes the model perform well on training data.',
  reading: `Well on training = mean training accuracy (on the given, noisy labels) at least 0.9. That it does poorly on test data is its own claim, why-not-deeper/overfit-model-good-on-train-poor-on-test (a claim has one threshold; both run the same design, each claim from its own seeds; before session 9 one claim held both thresholds, atLeast(0) with the values as asserted). ${noisyReading} Scope forall: "这会导致" is definite, so the judged overfit model must do well on its training data.`,
  kind: 'experiment',
  scope: 'forall',
  scale: noisyScale,
  tolerance: noLessThan(0.9, '"表现很好" on the training data read as at least 90% training accuracy on the labels it was given'),
  correction: (e) => `在这一规模下，过拟合的模型在训练数据上表现并不好（${meansText(e)}）`,
  check: (ctx) => {
    ctx.judge.mean({ label: 'training accuracy', samples: noisyRuns(ctx).map((r) => r.base.trainAcc.at(-1)!) });
  },
});

export const poorGeneralisation = defineClaim({
  id: 'why-not-deeper/overfit-model-good-on-train-poor-on-test',
  source: { file, quote: '但在未见过的测试数据（或验证数据）上表现很差' },
  statement: 'Overfitting makes the model perform poorly on unseen test data, compared with the training data.',
  reading: `Poorly on test = mean clean test accuracy at least 0.2 below the training accuracy (the train-test gap). That it does well on the training data is its own claim, why-not-deeper/overfit-model-good-on-train (a claim has one threshold; both run the same design, each claim from its own seeds; before session 9 this claim held both thresholds, atLeast(0) with the values as asserted). ${noisyReading} Scope forall: "这会导致" is definite, so the judged overfit model must show the gap.`,
  kind: 'experiment',
  scope: 'forall',
  scale: noisyScale,
  tolerance: noLessThan(0.2, '"表现很差" set against "表现很好" on the training data: a train-test accuracy gap of at least 20 points'),
  correction: (e) => `在这一规模下，过拟合的模型训练/测试表现差距不大（${meansText(e)}）`,
  check: (ctx) => {
    ctx.judge.mean({ label: 'training minus clean test accuracy', samples: noisyRuns(ctx).map((r) => r.base.trainAcc.at(-1)! - r.base.testAcc.at(-1)!) });
  },
});
