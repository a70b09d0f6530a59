// § 20.5.3 讨论
// The text: over-parameterisation appears necessary for generalisation; Bubeck & Sellke (2021) show
// that smooth interpolation in D dimensions needs D times the parameters of mere interpolation, and
// argue that today's ImageNet models are not over-parameterised enough. How we test it: their law
// of robustness (Lipschitz constant >= sqrt(n D / p) up to constants) solved for the parameters that
// allow a Lipschitz constant of order 1, against n for interpolation alone; and the parameters that
// smooth interpolation of ImageNet would take against every ImageNet model rebuilt here. What would
// refute it: another ratio; a rebuilt model that already reaches n D. Judgements are not-checkable.
import { defineClaim, exactly } from '../../src/claim/index.js';
import { IMAGENET_CNNS, paramsPerExample } from '../../src/nets/count/imagenet-models.js';
import { CIFAR10, IMAGENET_1K, MNIST } from '../../src/nets/published/sizes.js';

const file = 'why-deep-learning-works.md';
const literature = (id: string, quote: string, statement: string, reason: string) =>
  defineClaim({ id: `why-deep-learning-works/${id}`, source: { file, quote }, statement, kind: 'not-checkable', reason });

export const necessary = literature('overparameterisation-necessary', '目前的证据显示，至少对于当前使用的数据集大小和复杂度来说，过参数化对于模型的泛化是必要的',
  'Current evidence suggests that, at least for today\'s data-set sizes and complexity, over-parameterisation is necessary for generalisation.',
  'A reading of the evidence in the literature; the counts behind it (models against their training sets) are checked in sections 20.5.1 and 20.5.2.');
export const noEvidence = literature('no-sota-with-few-parameters', '目前尚无证据显示，在复杂数据集上能用远少于训练样本的参数实现顶尖性能',
  'There is no evidence yet of state-of-the-art performance on complex data sets with far fewer parameters than training examples.',
  'A statement about the absence of results in the literature; no computation here can search it.');
export const stillNecessary = literature('pruning-distillation-keep-necessity', '尽管尝试通过修剪或蒸馏已训练的网络来减小模型的规模，但这并未改变过参数化的必要性',
  'Pruning or distilling trained networks has not changed the necessity of over-parameterisation.',
  'A conclusion about a body of work; its numbers (pruned and distilled networks still exceed their training sets) are checked by why-deep-learning-works/pruned-nets-still-overparameterised-* and distilled-student-still-overparameterised.');
export const tradeoff = literature('lipschitz-overparameterisation-tradeoff', '此外，最近的理论研究发现模型的 Lipschitz 常数与过参数化之间存在一种权衡关系',
  'Recent theory finds a trade-off between a model\'s Lipschitz constant and its over-parameterisation.',
  'An attribution of a theoretical result; its quantitative form is computed by why-deep-learning-works/bubeck-sellke-d-times-more-parameters.');

// Bubeck & Sellke (2021), theorem 1 (law of robustness), constants dropped: Lip(f) >= sqrt(n d / p).
const paramsForLipschitz = (n: number, d: number, lip: number) => (n * d) / lip ** 2;

const SETTINGS = [
  { dataset: 'MNIST-1D', n: 10_000, d: 40 },
  { dataset: 'MNIST', n: MNIST.train, d: MNIST.side ** 2 },
  { dataset: 'CIFAR-10', n: CIFAR10.train, d: CIFAR10.side ** 2 * 3 },
  { dataset: 'ImageNet-1k', n: IMAGENET_1K.train, d: 224 * 224 * 3 },
] as const;

export const dTimes = defineClaim({
  id: 'why-deep-learning-works/bubeck-sellke-d-times-more-parameters',
  source: { file, quote: 'Bubeck & Sellke（2021）的研究表明，在 D 维空间中，要实现平滑插值，所需的参数数量是仅进行插值所需参数的 D 倍' },
  statement: 'In D dimensions, smooth interpolation needs D times as many parameters as interpolation alone (Bubeck & Sellke 2021).',
  reading: 'The law of robustness (Bubeck & Sellke 2021, theorem 1): a model with p parameters interpolating n noisy points in D dimensions has Lipschitz constant at least of order sqrt(n D / p). Solved for the p that allows a Lipschitz constant of order 1 (constants set to 1): p = n D; interpolation alone needs p of order n (one parameter per point). Their ratio, computed for the chapter\'s data sets (n training examples, D input dimensions), divided by D.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: exactly('a ratio of exact products: it must equal D'),
  correction: (e) => `（所需参数之比为 D 的 ${e.observations[0]?.measured} 倍。）`,
  check: ({ judge }) => {
    for (const s of SETTINGS) {
      judge.value({ label: 'p(smooth) / p(interpolation) / D', measured: paramsForLipschitz(s.n, s.d, 1) / s.n / s.d, asserted: 1, where: { dataset: s.dataset } });
    }
  },
});

export const notEnough = defineClaim({
  id: 'why-deep-learning-works/imagenet-models-not-overparameterised-enough',
  source: { file, quote: '他们认为，目前用于大型数据集（如 ImageNet）的模型过参数化程度还不够' },
  statement: 'Bubeck & Sellke argue that current models for large data sets such as ImageNet are not over-parameterised enough.',
  reading: 'By the law of robustness (why-deep-learning-works/bubeck-sellke-d-times-more-parameters) smooth interpolation of ImageNet-1k (n = 1,281,167 images of D = 224 * 224 * 3 inputs) takes about n D parameters. "Not enough" = every ImageNet CNN rebuilt here (AlexNet, VGG, ResNet, ResNeXt, DenseNet) has fewer.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: exactly('inequalities between exact counts'),
  correction: (e) => `（${e.observations.filter((o) => o.outcome === 'outside').map((o) => o.where.model).join('、')} 的参数已达到 nD。）`,
  check: ({ judge, record }) => {
    const nD = IMAGENET_1K.train * 224 * 224 * 3;
    record('n D for ImageNet-1k', nD);
    for (const m of paramsPerExample(IMAGENET_CNNS, IMAGENET_1K.train)) {
      judge.holds({ label: 'parameters below n D', holds: m.params < nD, values: { params: m.params, shortfall: nD / m.params }, where: { model: m.name } });
    }
  },
});
