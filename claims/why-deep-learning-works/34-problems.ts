// § Problems
// Problem 20.1 premises: ImageNet classification inputs are 224x224 RGB images; quantised to ten
// levels per channel and trained on about 10 million examples, how many possible inputs are there per
// training example? How we test it: the input size the rebuilt ImageNet classifiers need; the count
// 10^(224*224*3) exactly in BigInt and per training example for each plausible training set (the
// premise's "about 10 million" against ImageNet-1k and the full ImageNet-21k). The other problems are
// questions (narrative) or premises about figure 20.2's experiment (part 2).
import { absolute, defineClaim, exactly, writeQuote } from '../../src/claim/index.js';
import { VGG_CONFIGS } from '../../src/nets/count/architectures.js';
import { IMAGENET_21K } from '../../src/nets/published/sizes.js';
import { log10Big } from '../../src/nets/count/region-bounds.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { runClassifier } from '../../src/nets/train/classifier-run.js';

const file = 'why-deep-learning-works.md';
const SIDE = 224;
const CHANNELS = 3;
const possibleInputs = () => 10n ** BigInt(SIDE * SIDE * CHANNELS);

const inputQuote = '问题 20.1 在 ImageNet 图像分类任务中，输入图像的分辨率为 {h:int}×{w:int} 像素，每个像素点包含 RGB 三通道的颜色值';

export const inputSize = defineClaim({
  id: 'why-deep-learning-works/imagenet-input-224',
  source: { file, quote: inputQuote },
  statement: 'ImageNet classification inputs are {h}x{w} pixels with three RGB channels.',
  reading: 'The input side the rebuilt ImageNet classifiers require: VGG\'s fc6 takes a 7x7 grid after five 2x2 max-pools (Simonyan & Zisserman 2015), so its input side is 7 * 2^5; three colour channels are the first conv\'s input channels in every rebuilt net.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: exactly('an image side in pixels is an integer'),
  correction: (e) => ({ replace: { span: writeQuote(inputQuote, e.slots.values), text: writeQuote(inputQuote, e.slots.values, { h: String(e.observations[0]?.measured), w: String(e.observations[0]?.measured) }) } }),
  check: ({ judge, slots }) => {
    const pools = VGG_CONFIGS.D.filter((v) => v === 'M').length;
    for (const side of ['h', 'w']) judge.value({ label: 'input side VGG\'s fc6 implies (pixels)', measured: 7 * 2 ** pools, asserted: slots.int(side), where: { side } });
  },
});

const premise = '并且用大约 {n:int} 万个训练样本进行训练';
const answerReading = 'The problem\'s answer is recorded: 10^(224*224*3) = 10^150528 possible inputs (counted exactly: 150,529 decimal digits), divided by the training set (log10 per example).';

export const premiseImagenet21k = defineClaim({
  id: 'why-deep-learning-works/problem-20-1-training-set-reading-b',
  source: { file, quote: premise },
  statement: 'The full ImageNet has about {n} × 10^4 (万) training examples.',
  reading: `Problem 20.1 posits the training-set size as the premise of a counting exercise, not as a statement about ILSVRC-2012 (ImageNet-1k\'s 1.28 million training images), so the size is read as that of the only ImageNet of this size: the full ImageNet release (ImageNet-21k, 14,197,122 images), all of it used for training. "大约 1000 万" is read to one significant figure. ${answerReading}`,
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: absolute(5e6, 'one significant figure: 5 to 15 million round to 1000 万'),
  correction: (e) => `并且用大约 ${Math.round((e.observations.find((o) => o.label === 'training images')?.measured ?? NaN) / 1e6) * 100} 万个训练样本进行训练`,
  check: ({ judge, record, slots }) => {
    const n = possibleInputs();
    judge.holds({ label: 'count of possible inputs has 150,529 digits', holds: n.toString().length === SIDE * SIDE * CHANNELS + 1, values: { log10: log10Big(n) } });
    record('log10 possible inputs per training example', +(log10Big(n) - Math.log10(IMAGENET_21K.images)).toFixed(2));
    judge.value({ label: 'training images', measured: IMAGENET_21K.images, asserted: slots.int('n') * 1e4 });
  },
});

// The text: figure 20.2 shows a non-stochastic fitting procedure with a fixed learning rate fitting
// random data. How we test it: figure 20.2's two-hidden-layer net trained by plain full-batch
// gradient descent at one fixed step size on MNIST-1D with permuted labels until every training point
// is classified. What would refute it: the net not reaching zero training error within the cap.
export const fixedRateFitsRandomData = defineClaim({
  id: 'why-deep-learning-works/problem-20-3-full-batch-fixed-rate-fits-random-labels',
  source: { file, quote: '问题 20.3 图 20.2 展示了使用固定学习率的非随机拟合过程成功地拟合了随机数据' },
  statement: 'Figure 20.2 shows a non-stochastic fitting procedure with a fixed learning rate successfully fitting random data.',
  reading: 'The premise re-run: figure 20.2\'s two-hidden-layer net (40-100-100-10 ReLU, 15,210 parameters), He initialisation (N(0, 2/fan_in) exactly, zero biases), plain full-batch gradient descent (non-stochastic: every step uses every example, no momentum) at one fixed step size, 0.25 on the mean cross-entropy (the step why-deep-learning-works/fig-20-2-random-labels-fitted-deeper-faster uses and explains: 0.0025 is unaffordable here), on n seeded MNIST-1D examples with permuted labels (quick 300, standard 1000, full 4000), until every training point is classified (cap: quick 3000, standard 6000, full 20000 steps; evaluated every 10). Judged: zero training error reached within the cap (an exact fact of one run). Scope forall: the figure\'s fit is stated outright.',
  kind: 'experiment',
  scope: 'forall',
  tolerance: exactly('a run reaches 100% training accuracy or not'),
  correction: (e) => `（MNIST-1D 复现中，固定学习率的全批量梯度下降在上限步数内未能拟合随机标签：${JSON.stringify(e.observations[0]?.values)}）`,
  timeLimit: { quick: 300, standard: 1200, full: 3600 },
  scale: { quick: { n: 300, cap: 3000 }, standard: { n: 1000, cap: 6000 }, full: { n: 4000, cap: 20000 } },
  check: ({ tf, judge, scaled, seeds, record }) => {
    const n = scaled.n;
    const cap = scaled.cap;
    record('examples (permuted labels) / step cap / seeds', `${n} / ${cap} / 1`);
    const task = mnist1dTask(tf, { seed: seeds.child('data').value, nTrain: n, nTest: 10, labels: 'random' });
    try {
      const r = runClassifier(tf, { sizes: [40, 100, 100, 10], phi: 'relu', weightVariance: 2, seed: seeds.child('init').value }, { optimizer: 'sgd', lr: 0.25, steps: cap, evalEvery: 10, train: task.train, stopWhenFit: true });
      record('steps to zero training error', r.fitStep ?? `>${cap}`);
      record('training accuracy at 0 / 25 / 50 / 75 / 100% of the steps taken', [0, 0.25, 0.5, 0.75, 1].map((f) => r.trainAcc[r.at.findIndex((s) => s >= f * r.steps)]!.toFixed(3)).join(' / '));
      judge.holds({ label: 'zero training error within the cap', holds: r.fitStep !== null, values: { finalTrainAcc: r.trainAcc.at(-1)!, steps: r.steps } });
    } finally {
      task.dispose();
    }
  },
});
