// § 20.2.1 数据集
// The text: a random map from every 28x28 binary image to ten classes has no structure, so fitting it
// means memorising 2^784 mappings; MNIST has 60,000 28x28 images in ten classes; Zhang et al. (2017)
// replaced CIFAR-10's images by noise or permuted its ten labels. How we test it: the counts exactly
// (BigInt) from the image side; the data-set figures against the data sets' published sizes. What
// would refute it: another count. Whether the random-data fits succeed is an experiment (part 2).
import { above, absolute, type CheckContext, defineClaim, exactly, writeQuote } from '../../src/claim/index.js';
import { CIFAR10, MNIST } from '../../src/nets/published/sizes.js';
import { ZHANG_2017 } from '../../src/nets/published/random-labels.js';
import { log10Big } from '../../src/nets/count/region-bounds.js';
import { judgeSlower } from '../../src/nets/experiments/zero-error-fits.js';
import { RANDOM_DATA_EVERY, RANDOM_DATA_SCALE, randomDataFits, randomDataReading, slowerObserved } from '../../src/experiments/random-data-fits.js';

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

// A choice slot: the verb a correction changes (得到验证 -> 得到检验), so the claims keep anchoring and the record claim judges the new verb.
const zhangQuote = '这一假设由 Zhang 等人在 2017 年的研究中{verb:得到验证|得到检验}';
const TESTED = '得到检验';

export const zhangAttribution = defineClaim({
  id: 'why-deep-learning-works/zhang-2017-random-data-attribution',
  source: { file, quote: zhangQuote },
  statement: 'Zhang et al. (2017) ran these experiments on CIFAR-10.',
  kind: 'not-checkable',
  reason: 'An attribution (who ran which experiment, in which year): a fact about the literature. The number in the sentence, CIFAR-10\'s ten classes, is checked by why-deep-learning-works/cifar10-ten-classes; what the experiments showed about the hypothesis is why-deep-learning-works/zhang-2017-hypothesis-as-published.',
});

export const zhangVerdictAsPublished = defineClaim({
  id: 'why-deep-learning-works/zhang-2017-hypothesis-as-published',
  source: { file, quote: zhangQuote },
  statement: 'The hypothesis that networks fit real data easily because real-world functions are simple was confirmed, or only tested (the text: «{verb}»), by Zhang et al. (2017).',
  reading: 'A statement about the published record, which settles it (ZHANG_2017 in src/nets/published/random-labels.ts). 得到验证 says their study confirmed the hypothesis; 得到检验 only that it tested it. Their networks fitted CIFAR-10 with random labels and with Gaussian-noise images, data with no real-world structure, which argues against the hypothesis, as the paragraph itself concludes (这表明数据集的特性并非决定性因素; session-9 referee). Supported if the verb the text uses matches the record: confirmation needs a study that confirms, testing one that tested. Scope forall: one published result.',
  kind: 'arithmetic',
  scope: 'forall',
  published: [ZHANG_2017.testedRandomData, ZHANG_2017.confirmsSimpleFunctionsHypothesis],
  tolerance: exactly('a study confirms a hypothesis or it does not'),
  correction: (e) => ({ replace: { span: writeQuote(zhangQuote, e.slots.values), text: writeQuote(zhangQuote, e.slots.values, { verb: TESTED }) } }),
  check: ({ judge, slots }) => {
    const saysConfirmed = slots.choice('verb') === TESTED ? 0 : 1;
    const holds = saysConfirmed === 1 ? ZHANG_2017.confirmsSimpleFunctionsHypothesis.value === 1 : ZHANG_2017.testedRandomData.value === 1;
    judge.holds({ label: 'the text\'s verb (confirmed or tested) matches what Zhang et al. (2017) published', holds, values: { textSaysConfirmed: saysConfirmed, published: ZHANG_2017.confirmsSimpleFunctionsHypothesis.value } });
  },
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
  reason: 'An inference drawn from Zhang et al.\'s random-data experiment ("这表明"); the experiment itself is reproduced by why-deep-learning-works/random-data-fitted-more-slowly-labels and -inputs, and whether data properties are "decisive" is an interpretation, not a measurement.',
});

// The text: Zhang et al. (2017) replaced CIFAR-10's images by Gaussian noise or permuted its labels;
// learning slowed, but the network still fitted the finite data set. How we test it: the phenomenon
// at MNIST-1D scale (src/experiments/random-data-fits.ts): one net trained to zero training error on
// real data, on Gaussian inputs and on permuted labels (same seeds), counting the steps. The sentence
// makes one assertion about each change, so each is its own replication: one label must not hide the
// other. What would refute either: its condition not fitted within the cap, or fitted no more slowly
// than the real data.
const slowQuote = '这些变化降低了学习速度，但网络仍然能够很好地适应这个有限的数据集';
const slowTolerance = above(0, '"降低了学习速度": strictly more steps to zero training error than on the real data (a log ratio above 0)');
const slowJudged = (what: string) => `Judged: per seed, the ${what} fitted within the cap ("仍然能够很好地适应"); and (gated, paired by seed) the mean over seeds of ln(steps to fit on the ${what} / steps on the real data) above 0 ("降低了学习速度": strictly more steps), with resolution ${RANDOM_DATA_EVERY} steps over the real data's fastest fit (one evaluation interval), each run required to have reached 100% training accuracy (a run cut off by the cap decides nothing), at least 3 seeds before a refutation; a null result (an interval containing 0) has no positive control here and stays undecided.`;
const slowHistory = 'Until session 9 one claim, why-deep-learning-works/random-data-fitted-more-slowly, judged both changes, so its single label ("not reproduced") hid that the random-label half was reproduced (session-8 review, item 75); it is split into this claim and its sibling, on the same runs.';

/** The one judgement each half makes on the shared runs. */
function judgeHalf(ctx: CheckContext, condition: 'gaussian inputs' | 'random labels'): void {
  const { n, cap, seeds } = RANDOM_DATA_SCALE[ctx.budget];
  ctx.record('examples / seeds / step cap', `${n} / ${seeds} / ${cap}`);
  const runs = randomDataFits.of(ctx, undefined);
  const pick = (c: string) => runs.filter((r) => r.condition === c);
  const [real, random] = [pick('real'), pick(condition)];
  random.forEach((r, i) => {
    ctx.record(`seed ${i}: steps to fit, real / ${condition}`, `${real[i]!.fitStep ?? `>${cap}`} / ${r.fitStep ?? `>${cap}`}`);
    ctx.judge.holds({ label: 'fitted within the cap', holds: r.fitStep !== null, values: { finalTrainAcc: r.finalTrainAcc }, where: { condition, seed: i } });
  });
  judgeSlower(ctx.judge, [...real, ...random], ['real', condition], cap, RANDOM_DATA_EVERY);
}

const slowScope = 'Scope forall: Zhang et al. report that the change slowed learning and that the net still fitted, so every seed is judged. Checked against Zhang et al. 2017a, figure 1a: on CIFAR-10 every condition reaches zero training loss, the true labels first; a replication of that direction at MNIST-1D scale (1000 examples, not CIFAR-10\'s 50,000), so the result reads as reproduced or not reproduced at this scale.';

/** One half of the sentence: the same judgement on the shared runs, for one of the two changes. */
const slowerHalf = (o: { suffix: 'labels' | 'inputs'; condition: 'random labels' | 'gaussian inputs'; what: string; statement: string; half: string; decidingWhy: string }) => defineClaim({
  id: `why-deep-learning-works/random-data-fitted-more-slowly-${o.suffix}`,
  replicates: { citation: 'Zhang 等人在 2017 年的研究' },
  source: { file, quote: slowQuote },
  statement: o.statement,
  reading: `${o.half} ${randomDataReading} ${slowJudged(o.what)} ${slowHistory} ${slowScope}`,
  kind: 'experiment',
  scope: 'forall',
  shares: [randomDataFits.key],
  decidingBudget: { budget: 'standard', why: `quick decides it at seed 1 (session 8: ${o.decidingWhy}); should another seed leave it undecided, standard repeats the 5 seeds with a step cap of 3000` },
  tolerance: slowTolerance,
  correction: (e) => slowerObserved(e, o.condition),
  timeLimit: { quick: 300, standard: 900, full: 1800 },
  scale: RANDOM_DATA_SCALE,
  check: (ctx) => judgeHalf(ctx, o.condition),
});

export const randomLabelsSlowerButFitted = slowerHalf({
  suffix: 'labels',
  condition: 'random labels',
  what: 'permuted labels',
  statement: 'Permuting the labels slows learning, but the network still fits the finite training set.',
  half: 'The label half of Zhang et al.\'s CIFAR-10 experiment reproduced at MNIST-1D scale (the Gaussian-input half is why-deep-learning-works/random-data-fitted-more-slowly-inputs, on the same runs).',
  decidingWhy: '5 of 5 seeds slower, 315/305/335/315/375 steps against 275/255/260/245/260',
});

export const gaussianInputsSlowerButFitted = slowerHalf({
  suffix: 'inputs',
  condition: 'gaussian inputs',
  what: 'Gaussian inputs',
  statement: 'Replacing the inputs by Gaussian noise slows learning, but the network still fits the finite training set.',
  half: 'The Gaussian-input half of Zhang et al.\'s CIFAR-10 experiment reproduced at MNIST-1D scale (the label half is why-deep-learning-works/random-data-fitted-more-slowly-labels, on the same runs; figure 20.1\'s caption states this half again, why-deep-learning-works/fig-20-1-gaussian-inputs-fitted-more-slowly, also on these runs).',
  decidingWhy: 'Gaussian inputs faster in 5 of 5 seeds, log ratio -0.41 [-0.52, -0.30]',
});
