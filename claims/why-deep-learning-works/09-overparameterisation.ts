// § 20.2.4 过参数化
// The text: networks are often over-parameterised by one or two orders of magnitude (figure 20.3);
// augmentation can add orders of magnitude of data; theory guarantees convergence when networks are
// over-parameterised, but under unrealistic assumptions, e.g. width Omega[I^4 K^2] (Du et al. 2019a)
// or width above the data-set size (Nguyen & Hein 2017). How we test it: every ImageNet CNN of the
// families figure 20.3 compares that we can rebuild (ResNet, ResNeXt, DenseNet, Xception,
// EfficientNet, Inception; not AmoebaNet) counted from its configuration and divided by ImageNet-1k's
// training set; AlexNet's augmentation factor from its crop arithmetic; the widths the theorems demand
// for the chapter's data sets against the widest layer of every network the chapter names, and
// against the widths of the chapter's own MNIST-1D nets that fit their training sets. What would refute it: ratios outside the stated orders,
// demanded widths a real network meets. Attributions of theorems are not-checkable.
import { defineClaim, exactly, absolute, noLessThan } from '../../src/claim/index.js';
import { FIG_20_3_MODELS, IMAGENET_CNNS, paramsPerExample } from '../../src/nets/count/imagenet-models.js';
import { maxWidth } from '../../src/nets/count/architectures.js';
import { ALEXNET_AUGMENTATION, CIFAR10, IMAGENET_1K, MNIST } from '../../src/nets/published/sizes.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { runClassifier } from '../../src/nets/train/classifier-run.js';
import { denseParamCount } from '../../src/nets/count/param-count.js';

const file = 'why-deep-learning-works.md';

export const sejnowski = defineClaim({
  id: 'why-deep-learning-works/sejnowski-haystack-of-needles',
  source: { file, quote: 'Sejnowski（2020）指出' },
  statement: 'Sejnowski (2020) wrote that the degeneracy of solutions turns finding a needle in a haystack into finding a haystack of needles.',
  kind: 'not-checkable',
  reason: 'A quotation and a metaphor attributed to a paper; nothing to compute.',
});

export const ordersOfMagnitude = defineClaim({
  id: 'why-deep-learning-works/imagenet-cnns-overparameterised-one-or-two-orders',
  source: { file, quote: '在实际应用中，网络常常被过度参数化至一个或两个数量级（如图 20.3 所示）' },
  statement: 'In practice networks are often over-parameterised by one or two orders of magnitude.',
  reading: 'The networks of figure 20.3 (ImageNet classifiers) rebuilt from their published configurations: ResNet-18/34/50/101/152, ResNeXt-50 (32x4d), ResNeXt-101 (32x8d), DenseNet-121/161/169/201, Xception, EfficientNet-B0..B7, Inception-v4, Inception-ResNet-v2 (AmoebaNet is not rebuilt; the counts and their other readings are recorded by why-deep-learning-works/fig-20-3-ten-to-hundred-times). Over-parameterisation = parameters / ImageNet-1k training images (1,281,167). "One or two orders of magnitude" = log10 of the ratio rounds to 1 or 2 (ratio from 10^0.5 to 10^2.5); "often" = for more than half of the models.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: noLessThan(0.5, '"often" read as "for more than half": the share must reach one half'),
  correction: (e) => `在实际应用中，约 ${Math.round(100 * (e.observations[0]?.measured ?? NaN))}% 的网络被过度参数化至一个或两个数量级（如图 20.3 所示）`,
  check: ({ judge, record }) => {
    const ratios = paramsPerExample(FIG_20_3_MODELS, IMAGENET_1K.train);
    ratios.forEach((r) => record(`${r.name}: parameters per training image`, +r.ratio.toFixed(1)));
    const share = ratios.filter((r) => [1, 2].includes(Math.round(Math.log10(r.ratio)))).length / ratios.length;
    judge.value({ label: 'share of models over-parameterised by 10^1 or 10^2 (log10 rounded)', measured: share });
  },
});

export const augmentationComplicates = defineClaim({
  id: 'why-deep-learning-works/augmentation-complicates-statements',
  source: { file, quote: '然而，数据增强的使用使得精确陈述变得复杂' },
  statement: 'Data augmentation makes precise statements about over-parameterisation difficult.',
  kind: 'not-checkable',
  reason: 'A remark about how hard a statement is to make; the size of the effect is computed by why-deep-learning-works/augmentation-orders-of-magnitude.',
});

export const augmentationOrders = defineClaim({
  id: 'why-deep-learning-works/augmentation-orders-of-magnitude',
  source: { file, quote: '数据增强可能将数据量增加数个数量级' },
  statement: 'Data augmentation may increase the amount of data by several orders of magnitude.',
  reading: 'The augmentation the chapter cites, AlexNet\'s (section 20.1.1): crops of 224 from 256-pixel images and their mirror images, (256 - 224)^2 * 2 transformations per image (Krizhevsky et al. 2012). "Several" orders of magnitude = at least two (log10 of the factor >= 2).',
  kind: 'arithmetic',
  scope: 'exists',
  tolerance: noLessThan(2, '"several" read as "at least two": log10 of the factor must reach 2'),
  correction: (e) => `数据增强可能将数据量增加约 ${(e.observations[0]?.measured ?? NaN).toFixed(1)} 个数量级`,
  check: ({ judge }) => {
    const { imageSide, cropSide, reflections } = ALEXNET_AUGMENTATION;
    judge.value({ label: 'log10 augmentation factor (AlexNet)', measured: Math.log10((imageSide - cropSide) ** 2 * reflections) });
  },
});

const theory = (id: string, quote: string, statement: string, reason: string) =>
  defineClaim({ id: `why-deep-learning-works/${id}`, source: { file, quote }, statement, kind: 'not-checkable', reason });
const theorem = 'A theorem attributed to a paper (its hypotheses, rates and constants live in the paper): no computation on finite examples here proves or refutes an asymptotic guarantee; the year is a citation.';

export const theorySummary = theory('theory-sgd-converges-when-overparameterised', '多项理论研究结果表明，在特定条件下，如果网络过度参数化，随机梯度下降（SGD）能收敛至全局最小值',
  'Several theoretical results show that, under certain conditions, SGD converges to a global minimum if the network is over-parameterised.', 'A summary of theorems in the literature (listed in the following sentences); no computation here can establish a theorem.');
export const du2019b = theory('du-2019b-shallow-relu-convergence', '例如，Du 等人（2019b）发现，对于具有足够隐层单元的浅层全连接 ReLU 网络',
  'Du et al. (2019b) showed that randomly initialised SGD converges to the global minimum of the least-squares loss for shallow fully connected ReLU networks with enough hidden units.', theorem);
export const du2019a = theory('du-2019a-deep-residual-smooth-activations', '类似地，Du 等人（2019a）研究了当激活函数是平滑且Lipschitz连续时的深度残差网络和卷积网络',
  'Du et al. (2019a) studied deep residual and convolutional networks with smooth, Lipschitz activations.', theorem);
export const zou2020 = theory('zou-2020-hinge-loss-convergence', 'Zou 等人（2020）分析了在使用铰链损失函数的深层全连接网络上梯度下降的收敛性',
  'Zou et al. (2020) analysed the convergence of gradient descent for deep fully connected networks with the hinge loss.', theorem);
export const allenZhu = theory('allen-zhu-2019-deep-relu', 'Allen-Zhu 等人（2019）考察了使用 ReLU 激活函数的深层网络',
  'Allen-Zhu et al. (2019) studied deep networks with ReLU activations.', theorem);
export const stationaryGlobal = theory('memorising-nets-stationary-points-global', '如果神经网络过度参数化到可以记忆任意固定大小的数据集，那么所有静止点将成为全局最小值',
  'If a network is over-parameterised enough to memorise any data set of a fixed size, all its stationary points are global minima (Livni et al. 2014; Nguyen & Hein 2017, 2018).', theorem);
export const wideFewMinima = theory('wide-nets-few-bad-minima', '其他研究结果表明，如果网络足够宽，则高于全球最小值的局部最小值很少出现',
  'Other results show that if a network is wide enough, local minima above the global minimum are rare (Choromanska et al. 2015; Pascanu et al. 2014; Pennington & Bahri 2017).', theorem);
export const kawaguchi = theory('kawaguchi-2019-local-minima-approach-global', 'Kawaguchi 等人（2019）证明，随着网络变得更深、更宽或两者兼有',
  'Kawaguchi et al. (2019) proved that as networks get deeper, wider or both, the loss at local minima approaches that at the global minimum, in particular for the square loss.', theorem);

export const unrealistic = theory('theory-assumptions-unrealistic', '这些理论成果令人兴奋，但它们通常基于对网络结构的不切实际假设',
  'These theoretical results are exciting but usually rest on unrealistic assumptions about the network.', 'A judgement ("exciting", "unrealistic") over a body of theorems; the two examples that follow are computed by why-deep-learning-works/du-width-condition-unrealistic and nguyen-hein-width-unrealistic.');
export const duAttribution = theory('du-2019a-width-condition-attribution', '例如，Du 等人（2019a）发现，当网络宽度 D（即隐层单元数）为 Ω[I^4K^2] 时，残差网络能够收敛到零训练损失',
  'Du et al. (2019a) showed that residual networks converge to zero training loss when their width D is Omega[I^4 K^2], with I training examples and depth K.', `${theorem} What the width condition demands in practice is computed by why-deep-learning-works/du-width-condition-unrealistic.`);

// Data sets of the chapter, with the depth of a network it trains on them.
const SETTINGS = [
  { dataset: 'MNIST-1D (section 20.1)', examples: 10_000, depth: 3 },
  { dataset: 'MNIST', examples: MNIST.train, depth: 3 },
  { dataset: 'CIFAR-10', examples: CIFAR10.train, depth: 18 },
  { dataset: 'ImageNet-1k', examples: IMAGENET_1K.train, depth: 50 },
] as const;
const widest = () => Math.max(...IMAGENET_CNNS.map((m) => maxWidth(m.layers())), 400);

export const duUnrealistic = defineClaim({
  id: 'why-deep-learning-works/du-width-condition-unrealistic',
  source: { file, quote: 'Ω[I^4K^2]' },
  statement: 'A width of order I^4 K^2 is an unrealistic assumption for real networks.',
  reading: 'The condition\'s rate with its hidden constant set to 1: width I^4 K^2 for the chapter\'s data sets (MNIST-1D 10,000 with a 3-layer net; MNIST 60,000, 3 layers; CIFAR-10 50,000, 18 layers; ImageNet-1k 1,281,167, 50 layers). "Unrealistic" = the demanded width exceeds the widest layer of any network the chapter names (the rebuilt ImageNet CNNs, 4096 units in AlexNet/VGG, and the 400-unit MNIST-1D nets).',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: exactly('an inequality between exact numbers'),
  correction: (e) => `（按 I^4K^2 计算，${e.observations.filter((o) => o.outcome === 'outside').map((o) => o.where.dataset).join('、')} 所需的宽度不超过实际网络的宽度。）`,
  check: ({ judge }) => {
    const w = widest();
    for (const s of SETTINGS) {
      const log10Width = 4 * Math.log10(s.examples) + 2 * Math.log10(s.depth);
      judge.holds({ label: 'I^4 K^2 exceeds the widest layer of the chapter\'s networks', holds: log10Width > Math.log10(w), values: { log10Width, widestLayer: w }, where: { dataset: s.dataset } });
    }
  },
});

export const nguyenHeinUnrealistic = defineClaim({
  id: 'why-deep-learning-works/nguyen-hein-width-unrealistic',
  source: { file, quote: '类似地，Nguyen & Hein（2017）的假设认为网络宽度超过数据集大小，这在大多数实践情境中并不现实' },
  statement: 'Nguyen & Hein (2017) assume a layer wider than the data set, which is unrealistic in most practical settings.',
  reading: 'For each data set of the chapter (MNIST-1D 10,000, MNIST 60,000, CIFAR-10 50,000, ImageNet-1k 1,281,167 training examples), the training-set size against the widest layer of any network the chapter names (the rebuilt ImageNet CNNs and the 400-unit MNIST-1D nets). "Unrealistic in most settings" = the data set is larger in more than half of them.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: noLessThan(0.5, '"most" read as "more than half": the share must reach one half'),
  correction: (e) => `（只有 ${Math.round(100 * (1 - (e.observations[0]?.measured ?? NaN)))}% 的情形里网络宽度小于数据集大小）`,
  check: ({ judge, record }) => {
    const w = widest();
    record('widest layer of the chapter\'s networks', w);
    const share = SETTINGS.filter((s) => s.examples > w).length / SETTINGS.length;
    judge.value({ label: 'share of the chapter\'s data sets larger than the widest layer', measured: share });
  },
});

// The chapter's own MNIST-1D nets that fit their training sets: section 20.1's two 43-unit hidden
// layers on 10,000 examples (about 4000 parameters), and figure 20.2's four nets on 4000 random labels.
const MNIST1D_FITTING_NETS = [
  { net: 'section 20.1, 2 x 43 units', examples: 10_000, hiddenLayers: 2, width: 43 },
  { net: 'figure 20.2, 1 x 298 units', examples: 4000, hiddenLayers: 1, width: 298 },
  { net: 'figure 20.2, 2 x 100 units', examples: 4000, hiddenLayers: 2, width: 100 },
  { net: 'figure 20.2, 3 x 75 units', examples: 4000, hiddenLayers: 3, width: 75 },
  { net: 'figure 20.2, 4 x 63 units', examples: 4000, hiddenLayers: 4, width: 63 },
] as const;

export const duMnist1dNets = defineClaim({
  id: 'why-deep-learning-works/du-width-condition-vs-chapter-mnist1d-nets',
  source: { file, quote: '其中 I 是训练数据量，K 是网络深度' },
  statement: 'For the chapter\'s own MNIST-1D networks, the width Omega[I^4 K^2] is unrealistic: the widths that actually fit these training sets are far smaller.',
  reading: 'The rate with its hidden constant set to 1, D = I^4 K^2, for each MNIST-1D net the chapter reports fitting its training set: section 20.1\'s two hidden layers of 43 units on 10,000 examples, and figure 20.2\'s 1-4 hidden layers of 298, 100, 75, 63 units on 4000 random-label examples. K = hidden layers (the book\'s depth; K + 1 weight layers is recorded too). "Unrealistic" = the demanded width exceeds the width that fits. Recorded per net: log10 of D and of D / width, the largest hidden constant c for which c I^4 K^2 would not exceed the width that fits, and log10 of the parameters and float32 bytes of a net of width D with 40 inputs, K hidden layers and 10 outputs.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: exactly('inequalities between exact numbers'),
  correction: (e) => `（按 I^4K^2 计算，${e.observations.filter((o) => o.outcome === 'outside').map((o) => o.where.net).join('、')} 的实际宽度已满足该条件。）`,
  check: ({ judge, record }) => {
    for (const n of MNIST1D_FITTING_NETS) {
      const log10D = 4 * Math.log10(n.examples) + 2 * Math.log10(n.hiddenLayers);
      const D = 10 ** log10D;
      const params = 40 * D + (n.hiddenLayers - 1) * D * D + 10 * D + n.hiddenLayers * D + 10;
      record(`${n.net}: log10 demanded width (K = hidden layers)`, +log10D.toFixed(2));
      record(`${n.net}: log10 demanded width (K = weight layers)`, +(4 * Math.log10(n.examples) + 2 * Math.log10(n.hiddenLayers + 1)).toFixed(2));
      record(`${n.net}: log10 (demanded / fitting width)`, +(log10D - Math.log10(n.width)).toFixed(2));
      record(`${n.net}: largest hidden constant the fitting width meets`, Number((n.width / D).toPrecision(3)));
      record(`${n.net}: log10 parameters at the demanded width`, +Math.log10(params).toFixed(2));
      record(`${n.net}: log10 float32 bytes at the demanded width`, +Math.log10(4 * params).toFixed(2));
      judge.holds({ label: 'I^4 K^2 exceeds the width that fits', holds: log10D > Math.log10(n.width), values: { log10D, width: n.width }, where: { net: n.net } });
    }
  },
});

export const du2019bShallow = defineClaim({
  id: 'why-deep-learning-works/du-2019b-enough-units-vs-fig-20-2-shallow-net',
  source: { file, quote: '例如，Du 等人（2019b）发现，对于具有足够隐层单元的浅层全连接 ReLU 网络' },
  statement: 'The "enough hidden units" of Du et al. (2019b) is far more than the 298 units with which figure 20.2\'s shallow ReLU net fits 4000 MNIST-1D examples.',
  reading: 'The text gives no number; the theorem (Du et al. 2019b, theorem 3.2, an input here) asks for m = Omega(n^6 / (lambda0^4 delta^3)) hidden units, lambda0 the least eigenvalue of the infinite-width Gram matrix H, delta the failure probability. For unit-norm inputs H_ii = 1/2, so lambda0 <= trace(H)/n = 1/2; with delta <= 1 and the hidden constant 1 the demand is at least 16 n^6 whatever the data: a lower bound on what the theorem asks. n = 4000 (figure 20.2). "Far more" = the bound exceeds 298, the width of figure 20.2\'s one-hidden-layer net (the theorem\'s own setting: one hidden ReLU layer).',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: exactly('an inequality between exact numbers'),
  correction: () => `（按 Du 等人（2019b）的定理，n = 4000 时所需隐藏单元至少为 10^${(Math.log10(16) + 6 * Math.log10(4000)).toFixed(1)}。）`,
  check: ({ judge, record }) => {
    const n = 4000;
    const log10Bound = Math.log10(16) + 6 * Math.log10(n);
    record('log10 lower bound on the hidden units the theorem asks for (n = 4000)', +log10Bound.toFixed(2));
    record('log10 (bound / 298)', +(log10Bound - Math.log10(298)).toFixed(2));
    judge.holds({ label: '16 n^6 exceeds the 298 units that fit', holds: log10Bound > Math.log10(298), values: { log10Bound, width: 298 } });
  },
});

export const theoryIncomplete = theory('theory-does-not-explain-fitting', '过参数化显然很重要，但当前的理论还不能完全解释实证的拟合性能',
  'Over-parameterisation clearly matters, but current theory cannot fully explain the empirical fitting performance.', 'A judgement on the state of theory; no computation measures what a theory explains.');

export const overparamKey = defineClaim({
  id: 'why-deep-learning-works/overparameterisation-key-factor',
  source: { file: 'why-deep-learning-works.md', quote: '过参数化无疑是促进训练简化的一个关键因素' },
  statement: 'Overparameterisation is undoubtedly a key factor in making training easy.',
  kind: 'not-checkable',
  reason: 'A judgement of relative importance among causes ("一个关键因素"). Its measurable consequence, that wider nets fit in fewer steps, is tested by why-deep-learning-works/wider-nets-converge-in-fewer-steps.',
});

export const manyEquivalentSolutions = defineClaim({
  id: 'why-deep-learning-works/many-equivalent-solutions',
  source: { file: 'why-deep-learning-works.md', quote: '这表明存在一个庞大的等效解集合，因此几乎总能找到一个方向来调整参数以减少损失' },
  statement: 'This suggests there is a huge set of equivalent solutions, so a direction that reduces the loss can almost always be found.',
  kind: 'not-checkable',
  reason: 'An inference ("这表明") offered as an explanation; the size of the solution set is not measurable here. The symmetries that multiply solutions are checked by why-deep-learning-works/hidden-unit-permutation-symmetry and its neighbours in §20.3.1.',
});

// The text: as figure 8.10 shows, neural networks sometimes fit the training data well even with as
// many parameters as data points, or fewer. How we test it: an MLP with just fewer parameters than
// training examples (p/n = 0.99) trained on MNIST-1D until it fits. What would refute it: nothing
// can (one witness decides an exists claim); no fit within the cap leaves it undecided.
const SIZES = [40, 42, 42, 10];
const N_FIT = 4000;
export const fitsWithFewerParams = defineClaim({
  id: 'why-deep-learning-works/fits-with-fewer-parameters-than-data',
  source: { file, quote: '即使参数数量与数据点数量相当或更少，神经网络有时也能很好地拟合训练数据' },
  statement: 'Neural networks sometimes fit the training data well even when they have as many parameters as data points, or fewer.',
  reading: `A ${SIZES.join('-')} ReLU MLP (${denseParamCount(SIZES)} parameters, weights and biases) on ${N_FIT} seeded MNIST-1D training examples (parameters / examples = ${(denseParamCount(SIZES) / N_FIT).toFixed(2)}: "相当或更少" read as p at or just below n, the point where figure 8.10's training error reaches zero), He initialisation, full-batch Adam (lr 0.01), no regularisation, trained until 100% training accuracy (evaluated every 100 steps) or a cap (quick 1000 steps, standard 3000, full 6000). The fit criterion, fixed before this design ran: training accuracy 1 within 0.01 (at most 1% of the training points misclassified; "well", not "perfectly"). One run (value). Scope exists: '有时' asks for one witness, a net that fits with no more parameters than examples; a run that does not fit does not refute. Design history: the first design (a 40-24-24-10 net, 1,834 parameters, Adam with minibatches of 100, n = 2000 at quick and 4000 otherwise, p/n = 0.92 and 0.46) plateaued near 0.81 at every budget (quick 0.795, standard 0.769, full 0.808, seed 1); an exists claim without a witness is undecided at every budget, so that design could never decide and is not kept as a reading. This design sits at p ≈ n as the sentence does and trains full-batch (the minibatch noise at lr 0.01 held the first design's accuracy down).`,
  kind: 'experiment',
  scope: 'exists',
  decidingBudget: { budget: 'standard', why: 'a witness decides it; standard triples quick\'s step cap, so a seed whose run is still short of 99% at quick\'s 1000 steps gets 3000 (the prototype run of this design, data seed 11, fitted 100% by step 400)' },
  tolerance: absolute(0.01, '"fits well" read as at most 1% training error'),
  correction: (e) => `（复现中，参数少于样本数的网络训练准确率仅为 ${(e.observations[0]?.measured ?? NaN).toFixed(3)}。）`,
  timeLimit: { quick: 120, standard: 600, full: 1800 },
  scale: { quick: { cap: 1000 }, standard: { cap: 3000 }, full: { cap: 6000 } },
  check: ({ tf, judge, scaled, seeds, record }) => {
    const n = N_FIT;
    const cap = scaled.cap;
    record('parameters / examples / step cap', `${denseParamCount(SIZES)} / ${n} / ${cap}`);
    const task = mnist1dTask(tf, { seed: seeds.child('data').value, nTrain: n, nTest: 10 });
    try {
      const r = runClassifier(tf, { sizes: SIZES, phi: 'relu', weightVariance: 2, seed: seeds.child('init').value }, { optimizer: 'adam', lr: 0.01, steps: cap, evalEvery: 100, train: task.train, stopWhenFit: true });
      record('steps taken', r.steps);
      record('training accuracy curve (step:acc)', r.at.filter((_, k) => k % Math.max(1, Math.floor(r.at.length / 10)) === 0 || k === r.at.length - 1).map((s) => `${s}:${r.trainAcc[r.at.indexOf(s)]!.toFixed(3)}`).join(' '));
      judge.value({ label: 'final training accuracy', measured: r.trainAcc.at(-1)!, asserted: 1 });
    } finally {
      task.dispose();
    }
  },
});
