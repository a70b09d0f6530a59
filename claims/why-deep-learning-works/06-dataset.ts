// § 20.2.1 数据集
// The text: a random map from every 28x28 binary image to ten classes has no structure, so fitting it
// means memorising 2^784 mappings; MNIST has 60,000 28x28 images in ten classes; Zhang et al. (2017)
// replaced CIFAR-10's images by noise or permuted its ten labels. How we test it: the counts exactly
// (BigInt) from the image side; the data-set figures against the data sets' published sizes. What
// would refute it: another count. Whether the random-data fits succeed is an experiment (part 2).
import { above, absolute, defineClaim, exactly, writeQuote } from '../../src/claim/index.js';
import { CIFAR10, MNIST } from '../../src/nets/published/sizes.js';
import { log10Big } from '../../src/nets/count/region-bounds.js';
import { fitConditions, judgeSlower, type DataCondition } from '../../src/nets/experiments/zero-error-fits.js';

const file = 'why-deep-learning-works.md';

export const notAllLearnable = defineClaim({
  id: 'why-deep-learning-works/not-all-functions-learnable',
  source: { file, quote: '我们需要认识到，并非所有函数都能被学习' },
  statement: 'Not every function can be learned.',
  kind: 'not-checkable',
  reason: '"Learned" is left undefined (from how much data, by which model); the example that follows, the size of a structureless map, is checked by why-deep-learning-works/binary-image-map-size.',
});

const binaryQuote = '以将每个可能的 {rows:int}×{cols:int} 二进制图像随机映射到十个类别中的一个为例，这样的函数没有固定结构，因此唯一的方法是记住 2^{exp:int} 的映射';

export const binaryImageMap = defineClaim({
  id: 'why-deep-learning-works/binary-image-map-size',
  source: { file, quote: binaryQuote },
  statement: 'A random map from every possible {rows}x{cols} binary image to one of ten classes must be memorised as 2^{exp} input-class pairs.',
  reading: 'A {rows}x{cols} binary image has {rows} * {cols} pixels, each 0 or 1: 2^({rows}*{cols}) images, each needing its class remembered. Counted exactly in BigInt and judged on the exponent of 2. Recorded: log10 of the count (which is also log10 log10 of the number of such maps).',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: exactly('the exponent of an exact power of two'),
  correction: (e) => ({ replace: { span: writeQuote(binaryQuote, e.slots.values), text: writeQuote(binaryQuote, e.slots.values, { exp: String(e.observations[0]?.measured) }) } }),
  check: ({ judge, record, slots }) => {
    const images = 2n ** BigInt(slots.int('rows') * slots.int('cols'));
    record('log10 binary images (also log10 log10 of the maps to ten classes)', +log10Big(images).toFixed(2));
    judge.value({ label: 'log2 binary images', measured: images.toString(2).length - 1, asserted: slots.int('exp') });
  },
});

export const mnistSize = defineClaim({
  id: 'why-deep-learning-works/mnist-size',
  source: { file, quote: '在包含 {train:int} 个标记为十类之一的 {h:int}×{w:int} 图像的 MNIST 数据集上进行训练' },
  statement: 'MNIST contains {train} training images of {h}x{w} pixels, each labelled as one of ten classes.',
  reading: 'Against the published MNIST (LeCun et al. 1998): 60,000 training and 10,000 test images of 28x28 grey levels, ten digit classes. "60,000" is read to one significant figure; the side and the class count are exact (holds).',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: absolute(5000, '"60,000" is a round figure: one significant figure, 55,000 to 65,000'),
  correction: (e) => `在包含 ${e.observations.find((o) => o.label === 'training images')?.measured} 个标记为十类之一的 ${e.slots.int('h')}×${e.slots.int('w')} 图像的 MNIST 数据集上进行训练`,
  check: ({ judge, record, slots }) => {
    record('test images', MNIST.test);
    const [h, w] = [slots.int('h'), slots.int('w')];
    judge.holds({ label: `${h}x${w} pixels and ten classes`, holds: MNIST.side === h && MNIST.side === w && MNIST.classes === 10, values: { side: MNIST.side, classes: MNIST.classes } });
    judge.value({ label: 'training images', measured: MNIST.train, asserted: slots.int('train') });
  },
});

export const simpleFunctions = defineClaim({
  id: 'why-deep-learning-works/real-world-functions-simpler',
  source: { file, quote: '这种矛盾可能因为我们试图近似的现实世界函数相对简单，更容易找到全局最小值' },
  statement: 'The contradiction may arise because the real-world functions we approximate are relatively simple, so global minima are easier to find.',
  kind: 'not-checkable',
  reason: 'A hypothesis about "real-world functions" as a class; no computation here can sample that class. The random-data experiments that bear on it are part 2\'s.',
});

export const zhangAttribution = defineClaim({
  id: 'why-deep-learning-works/zhang-2017-random-data-attribution',
  source: { file, quote: '这一假设由 Zhang 等人在 2017 年的研究中得到验证' },
  statement: 'Zhang et al. (2017) tested this hypothesis with experiments on CIFAR-10.',
  kind: 'not-checkable',
  reason: 'An attribution (who ran which experiment, in which year): a fact about the literature. The number in the sentence, CIFAR-10\'s ten classes, is checked by why-deep-learning-works/cifar10-ten-classes.',
});

export const cifarClasses = defineClaim({
  id: 'why-deep-learning-works/cifar10-ten-classes',
  source: { file, quote: '二是随机置换了十个类别的标签' },
  statement: 'CIFAR-10 has ten classes.',
  reading: 'Against the published CIFAR-10 (Krizhevsky 2009): 10 classes.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: exactly('a class count is an integer'),
  correction: (e) => `二是随机置换了${e.observations[0]?.measured}个类别的标签`,
  check: ({ judge }) => {
    judge.value({ label: 'classes', measured: CIFAR10.classes, asserted: 10 });
  },
});

export const datasetNotDecisive = defineClaim({
  id: 'why-deep-learning-works/dataset-properties-not-decisive',
  source: { file: 'why-deep-learning-works.md', quote: '这表明数据集的特性并非决定性因素' },
  statement: 'This suggests that the properties of the data set are not the decisive factor.',
  kind: 'not-checkable',
  reason: 'An inference drawn from Zhang et al.\'s random-data experiment ("这表明"); the experiment itself is reproduced by why-deep-learning-works/random-data-fitted-more-slowly, and whether data properties are "decisive" is an interpretation, not a measurement.',
});

// The text: Zhang et al. (2017) replaced CIFAR-10's images by Gaussian noise or permuted its labels;
// learning slowed, but the network still fitted the finite data set. How we test it: the phenomenon
// at MNIST-1D scale: one net trained to zero training error on real data, on Gaussian inputs and on
// permuted labels (same seeds, same steps), counting the steps. What would refute it: a random-data
// condition not fitted within the cap, or fitted no more slowly than the real data.
export const randomDataSlowerButFitted = defineClaim({
  id: 'why-deep-learning-works/random-data-fitted-more-slowly',
  replicates: { citation: 'Zhang 等人在 2017 年的研究' },
  source: { file, quote: '这些变化降低了学习速度，但网络仍然能够很好地适应这个有限的数据集' },
  statement: 'Replacing the inputs by Gaussian noise, or permuting the labels, slows learning, but the network still fits the finite training set.',
  reading: 'Zhang et al.\'s CIFAR-10 experiment reproduced at MNIST-1D scale: a 40-128-10 ReLU net (He init), full-batch Adam (lr 0.003), no regularisation, on n seeded MNIST-1D training examples (1000 at every budget): real data, inputs replaced by i.i.d. N(0, 1) (the data\'s mean and variance), labels permuted; each seed draws one data set and one initialisation shared by the three conditions. "Fits" = 100% training accuracy within the step cap; "slows" = strictly more steps to zero training error than on the real data (evaluated every 5 steps). Judged: "fits" per seed and condition; "slows" (gated, paired by seed) per condition as the mean over seeds of ln(steps to fit on the random data / steps on the real data), above 0, with resolution 5 steps over the real data\'s steps (one evaluation interval), each run required to have reached 100% training accuracy (a run cut off by the cap decides nothing), at least 3 seeds before a refutation; a null result (an interval containing 0) has no positive control here and stays undecided. Seeds: quick 5, standard 5, full 7 (a run costs well under a second; at 500 examples and 2 seeds, the first scale of quick, random labels took 180/165 steps against 150/170 on real data, too close to order); step cap quick 1000, standard 3000, full 3000. Each condition is its own judgement, so the summary says for which change the slowing is reproduced and for which it is not. Scope forall: Zhang et al. report that both changes slowed learning and that the net still fitted, so every condition and seed is judged. Checked against Zhang et al. 2017a, figure 1a: on CIFAR-10 every condition reaches zero training loss, the true labels first.',
  kind: 'experiment',
  scope: 'forall',
  judgements: 2,
  decidingBudget: { budget: 'standard', why: 'quick decides it at seed 1; should another seed leave it undecided, standard decides it: standard repeats the 5 seeds with a higher step cap, for a quick seed whose labels interval straddles 0' },
  tolerance: above(0, '"降低了学习速度": strictly more steps to zero training error than on the real data (a log ratio above 0)'),
  correction: (e) => `（在 MNIST-1D 上：${e.observations.filter((o) => o.outcome === 'outside').map((o) => `${o.where.condition}：${o.label}不成立 ${o.values ? JSON.stringify(o.values) : o.measured?.toFixed(3)}`).join('；')}）`,
  timeLimit: { quick: 300, standard: 900, full: 1800 },
  scale: { quick: { seeds: 5, n: 1000, cap: 1000 }, standard: { seeds: 5, n: 1000, cap: 3000 }, full: { seeds: 7, n: 1000, cap: 3000 } },
  check: ({ tf, judge, scaled, seeds: streams, record }) => {
    const seeds = scaled.seeds;
    const n = scaled.n;
    const cap = scaled.cap;
    record('examples / seeds / step cap', `${n} / ${seeds} / ${cap}`);
    const conditions: DataCondition[] = ['real', 'gaussian inputs', 'random labels'];
    const runs = fitConditions(tf, { net: { sizes: [40, 128, 10], phi: 'relu', weightVariance: 2 }, conditions, seeds: streams.replicates('replicate', seeds), nTrain: n, train: { optimizer: 'adam', lr: 0.003, steps: cap, evalEvery: 5 } });
    for (let i = 0; i < seeds; i++) {
      const [real, ...random] = runs.slice(3 * i, 3 * i + 3);
      record(`seed ${i}: steps to fit, real / Gaussian inputs / random labels`, [real!, ...random].map((r) => r.fitStep ?? `>${cap}`).join(' / '));
      for (const r of random) judge.holds({ label: 'fitted within the cap', holds: r.fitStep !== null, values: { finalTrainAcc: r.finalTrainAcc }, where: { condition: r.condition, seed: i } });
    }
    judgeSlower(judge, runs, conditions, cap, 5);
  },
});
