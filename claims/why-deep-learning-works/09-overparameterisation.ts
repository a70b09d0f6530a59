// § 20.2.4 过参数化
// The text: networks are often over-parameterised by one or two orders of magnitude (figure 20.3);
// augmentation can add orders of magnitude of data; theory guarantees convergence when networks are
// over-parameterised, but under unrealistic assumptions, e.g. width Omega[I^4 K^2] (Du et al. 2019a)
// or width above the data-set size (Nguyen & Hein 2017). How we test it: every ImageNet CNN of the
// families figure 20.3 compares that we can rebuild (ResNet, ResNeXt, DenseNet) counted from its
// configuration and divided by ImageNet-1k's training set; AlexNet's augmentation factor from its
// crop arithmetic; the widths the two theorems demand for the chapter's data sets against the widest
// layer of every network the chapter names. What would refute it: ratios outside the stated orders,
// demanded widths a real network meets. Attributions of theorems are not-checkable.
import { atLeast, defineClaim, exactly } from '../../src/claim/index.js';
import { IMAGENET_CNNS, paramsPerExample } from '../../src/nets/imagenet-models.js';
import { maxWidth } from '../../src/nets/architectures.js';
import { ALEXNET_AUGMENTATION, CIFAR10, IMAGENET_1K, MNIST } from '../../src/nets/published-sizes.js';

const file = 'why-deep-learning-works.md';
const FIG_20_3_FAMILIES = ['ResNet', 'ResNeXt', 'DenseNet'];
const fig203Models = () => IMAGENET_CNNS.filter((m) => FIG_20_3_FAMILIES.includes(m.family));

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
  reading: 'The networks of figure 20.3 (ImageNet classifiers) that this project rebuilds from their papers: ResNet-18/34/50/101/152, ResNeXt-50 (32x4d), ResNeXt-101 (32x8d), DenseNet-121/161/169/201 (Xception, EfficientNet, Inception and AmoebaNet are not rebuilt). Over-parameterisation = parameters / ImageNet-1k training images (1,281,167). "One or two orders of magnitude" = log10 of the ratio rounds to 1 or 2 (ratio from 10^0.5 to 10^2.5); "often" = for more than half of the models.',
  kind: 'arithmetic',
  tolerance: atLeast(0, '"often" read as "for more than half": the share must reach one half'),
  correction: (e) => `在实际应用中，约 ${Math.round(100 * (e.observations[0]?.measured ?? NaN))}% 的网络被过度参数化至一个或两个数量级（如图 20.3 所示）`,
  check: ({ judge, record }) => {
    const ratios = paramsPerExample(fig203Models(), IMAGENET_1K.train);
    ratios.forEach((r) => record(`${r.name}: parameters per training image`, +r.ratio.toFixed(1)));
    const share = ratios.filter((r) => [1, 2].includes(Math.round(Math.log10(r.ratio)))).length / ratios.length;
    judge.value({ label: 'share of models over-parameterised by 10^1 or 10^2 (log10 rounded)', measured: share, asserted: 0.5 });
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
  tolerance: atLeast(0, '"several" read as "at least two": log10 of the factor must reach 2'),
  correction: (e) => `数据增强可能将数据量增加约 ${(e.observations[0]?.measured ?? NaN).toFixed(1)} 个数量级`,
  check: ({ judge }) => {
    const { imageSide, cropSide, reflections } = ALEXNET_AUGMENTATION;
    judge.value({ label: 'log10 augmentation factor (AlexNet)', measured: Math.log10((imageSide - cropSide) ** 2 * reflections), asserted: 2 });
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
  tolerance: atLeast(0, '"most" read as "more than half": the share must reach one half'),
  correction: (e) => `（只有 ${Math.round(100 * (1 - (e.observations[0]?.measured ?? NaN)))}% 的情形里网络宽度小于数据集大小）`,
  check: ({ judge, record }) => {
    const w = widest();
    record('widest layer of the chapter\'s networks', w);
    const share = SETTINGS.filter((s) => s.examples > w).length / SETTINGS.length;
    judge.value({ label: 'share of the chapter\'s data sets larger than the widest layer', measured: share, asserted: 0.5 });
  },
});

export const theoryIncomplete = theory('theory-does-not-explain-fitting', '过参数化显然很重要，但当前的理论还不能完全解释实证的拟合性能',
  'Over-parameterisation clearly matters, but current theory cannot fully explain the empirical fitting performance.', 'A judgement on the state of theory; no computation measures what a theory explains.');
