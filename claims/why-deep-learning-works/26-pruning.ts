// § 20.5.1 剪枝
// The text: Han et al. kept VGG's ImageNet performance with 8% of its weights, yet VGG has about 100
// times as many parameters as ImageNet has training images; Frankle & Carbin cut VGG-19 (138 million
// parameters) by 98.5% on CIFAR-10 (60,000 samples) and ResNet-50 (25.6 million) by 80% on ImageNet
// (12.8 million samples), and the pruned networks are still over-parameterised. How we test it: the
// networks rebuilt from their papers and counted (cross-checked in tfjs-layers: full size where it
// is at most ResNet-50's size, width / 8 otherwise); the shares and ratios recomputed against the
// published data-set sizes; the pruning percentages themselves are the cited experiments' results
// and enter only as inputs. What would refute it: a count or a share outside the precision written.
import { absolute, defineClaim, exactly, relative, writeQuote, type EvidenceView, atLeast } from '../../src/claim/index.js';
import { countParams, resnetLayers, RESNETS, vggLayers, type VggConfig } from '../../src/nets/count/architectures.js';
import { countWithTfjs, resnetModel, vggModel } from '../../src/nets/build/architecture-tfjs.js';
import { CIFAR10, HAN_VGG16_REMAINING, HAN_VGG16_WEIGHTS_KEPT, IMAGENET_1K, IMAGENET_21K } from '../../src/nets/published/sizes.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { runClassifier } from '../../src/nets/train/classifier-run.js';
import { magnitudeMasks } from '../../src/nets/probe/param-probes.js';
import type { Tensor } from '@tensorflow/tfjs';

const file = 'why-deep-learning-works.md';
const measured = (e: EvidenceView, label: string) => e.observations.find((o) => o.label === label)?.measured ?? NaN;
const VGG16: VggConfig = { config: 'D', head: 'imagenet' };
const VGG19: VggConfig = { config: 'E', head: 'imagenet' };
const VGG19_CIFAR: VggConfig = { config: 'E', head: 'cifar' };

const literature = (id: string, quote: string, statement: string, reason: string) =>
  defineClaim({ id: `why-deep-learning-works/${id}`, source: { file, quote }, statement, kind: 'not-checkable', reason });

export const storage = literature('pruning-reduces-storage', '通过修剪训练模型可以减小模型大小，进而降低存储需求（图 20.15）',
  'Pruning a trained model reduces its size and so its storage needs.',
  'A description of what the method is for; how much storage a pruned matrix actually saves depends on its sparse format, which the sentence leaves open.');
export const criteria = literature('pruning-criteria', '最简单的修剪方法是去除个别权重',
  'The simplest pruning removes individual weights, by the loss\'s second derivatives (LeCun et al. 1990; Hassibi & Stork 1993) or, more practically, by their absolute values (Han et al. 2016, 2015).',
  'A survey of methods attributed to papers (who proposed which criterion, when); nothing to compute.');
export const structured = literature('structured-pruning', '还有研究通过修剪隐藏单元',
  'Other work prunes hidden units, convolution channels or whole residual layers.',
  'A survey of methods attributed to papers; nothing to compute.');
export const fineTune = literature('fine-tune-after-pruning', '修剪后，通常会对网络进行微调，有时这一过程还需重复',
  'After pruning the network is usually fine-tuned, sometimes repeatedly.',
  'A statement about common practice; no computation measures what practitioners usually do.');

export const hanSharePublished = defineClaim({
  id: 'why-deep-learning-works/han-vgg-share-of-weights-kept-as-published',
  primary: { why: 'the sentence reports what Han et al. (2016) found ("Han 等人（2016）在只保留 8% 权重的情况下"), so it is checked against the share the paper itself states' },
  source: { file, quote: '举例来说，Han 等人（2016）在只保留 {kept:percent} 权重的情况下' },
  statement: 'Han et al. kept only {kept} of VGG\'s weights.',
  reading: 'The share of VGG-16\'s weights Han et al. report keeping, as they state it: 13x fewer in their abstract (\'reduced by 13x, from 138 million to 10.3 million\', HAN_VGG16_WEIGHTS_KEPT; their per-layer table\'s 7.5% is left out until its location is checked); the referee review (docs/reviews/findings-engine.md #31) judged that the sentence reports the paper, whose own 1/13 = 7.7% rounds to 8%, so the paper\'s figure is what the text must match, and the first design (10.3M over our rebuilt VGG-16) is kept as its alternative. "8%" is read to one significant figure.',
  kind: 'arithmetic',
  scope: 'forall',
  published: HAN_VGG16_WEIGHTS_KEPT,
  tolerance: absolute(0.5, 'one significant figure: shares from 7.5% to 8.5% round to 8%'),
  correction: (e) => ({ replace: { span: '举例来说，Han 等人（2016）在只保留 8% 权重的情况下', text: `举例来说，Han 等人（2016）在只保留 ${measured(e, 'share of weights kept as published (%)').toFixed(1)}% 权重的情况下` } }),
  check: ({ judge, slots }) => {
    for (const p of HAN_VGG16_WEIGHTS_KEPT) {
      judge.value({ label: 'share of weights kept as published (%)', measured: 100 * p.value, asserted: 100 * slots.percent('kept'), where: { source: p.source ?? 'unlocated' } });
    }
  },
});

export const hanShare = defineClaim({
  id: 'why-deep-learning-works/han-vgg-share-of-weights-kept',
  alternativeOf: 'why-deep-learning-works/han-vgg-share-of-weights-kept-as-published',
  source: { file, quote: '举例来说，Han 等人（2016）在只保留 {kept:percent} 权重的情况下' },
  statement: 'Han et al. kept only {kept} of VGG\'s weights.',
  reading: 'The pruned VGG-16 of Han et al. keeps 10.3 million parameters (Han et al. 2015, abstract; the same pruning is stage one of Han et al. 2016); the share kept is that over VGG-16\'s parameter count, rebuilt from Simonyan & Zisserman\'s configuration D (weights and biases). The paper\'s own "reduced 13x" (1/13) is recorded. "8%" is read to one significant figure. The first design, kept as an alternative of han-vgg-share-of-weights-kept-as-published since the referee review (docs/reviews/findings-engine.md #31): the sentence reports the paper\'s share, which this rebuild only approximates.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: absolute(0.5, 'one significant figure: shares from 7.5% to 8.5% round to 8%'),
  // A note, not an edit: the sentence reports the paper, whose own figures (13x fewer, 7.5% in its table) round to 8%.
  correction: (e) => `（按重建的 VGG-16 参数量计算，保留的 1,030 万个参数占 ${measured(e, 'share of weights kept (%)').toFixed(1)}%；论文本身报告的是减少 13 倍，即约 7.7%，四舍五入即文中的 8%。）`,
  check: ({ judge, record, slots }) => {
    const total = countParams(vggLayers(VGG16));
    record('VGG-16 parameters', total);
    record('1/13 (the paper\'s rounded factor), %', +(100 / 13).toFixed(2));
    judge.value({ label: 'share of weights kept (%)', measured: (100 * HAN_VGG16_REMAINING) / total, asserted: 100 * slots.percent('kept') });
  },
});

export const vggHundredTimes = defineClaim({
  id: 'why-deep-learning-works/vgg-params-per-imagenet-image',
  source: { file, quote: 'VGG 网络的参数数量是 ImageNet 训练数据的约 {ratio:int} 倍（未计入数据增强）' },
  statement: 'A VGG network has about {ratio} times as many parameters as ImageNet has training examples (without augmentation).',
  reading: 'VGG-16 and VGG-19 (Simonyan & Zisserman 2015, configurations D and E, ImageNet head) rebuilt and counted, divided by the ILSVRC-2012 training set (1,281,167 images). "约 100 倍" is read to one significant figure.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: absolute(50, 'one significant figure: ratios from 50 to 150 round to 100'),
  correction: (e) => `VGG 网络的参数数量是 ImageNet 训练数据的约 ${Math.round(measured(e, 'parameters per training image'))} 倍（未计入数据增强）`,
  check: ({ judge, slots }) => {
    for (const [name, c] of [['VGG-16', VGG16], ['VGG-19', VGG19]] as const) {
      judge.value({ label: 'parameters per training image', measured: countParams(vggLayers(c)) / IMAGENET_1K.train, asserted: slots.int('ratio'), where: { model: name } });
    }
  },
});

export const prunedVggStillOver = defineClaim({
  id: 'why-deep-learning-works/pruned-vgg-still-overparameterised',
  source: { file, quote: '这显著降低了模型大小，但还不足以证明非过参数化模型不可行' },
  statement: 'Pruning reduced the model size substantially, but not to the point of showing that an under-parameterised model would do.',
  reading: 'The pruned VGG-16 (10.3 million parameters kept, Han et al. 2015) against ImageNet-1k\'s 1,281,167 training images: still over-parameterised if it keeps more parameters than there are images; "substantially" = at least a factor 10 fewer than the rebuilt VGG-16.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: exactly('inequalities between exact counts'),
  correction: (e) => `（剪枝后的 VGG-16 仍有 ${(e.observations[0]?.values?.perImage ?? NaN).toFixed(1)} 倍于训练图像的参数。）`,
  check: ({ judge }) => {
    const total = countParams(vggLayers(VGG16));
    const perImage = HAN_VGG16_REMAINING / IMAGENET_1K.train;
    judge.holds({ label: 'pruned VGG-16 still has more parameters than training images', holds: perImage > 1, values: { perImage } });
    judge.holds({ label: 'pruning removed at least 90% of VGG-16', holds: HAN_VGG16_REMAINING <= total / 10, values: { factor: total / HAN_VGG16_REMAINING } });
  },
});

export const architectureSearch = literature('pruning-is-architecture-search', '修剪本质上是一种架构搜索过程',
  'Pruning is in essence a search over architectures.',
  'An interpretation of a method, not a property with a measurable value.');
export const lotteryMethod = literature('lottery-ticket-procedure', 'Frankle & Carbin（2019）在其关于彩票假说的研究（见第 20.2.7 节）中',
  'In their lottery-ticket work, Frankle & Carbin (2019) train the network, prune the smallest weights and retrain the rest from the same initial weights.',
  'A description of a cited paper\'s procedure; its outcomes are the cited experiments\' (and part 2\'s).');

export const cifarSize = defineClaim({
  id: 'why-deep-learning-works/cifar10-size',
  source: { file, quote: '他们在 CIFAR-10 数据集（{n:int} 样本）上' },
  statement: 'The CIFAR-10 data set has {n} samples.',
  reading: 'CIFAR-10 as published (Krizhevsky 2009): 50,000 training and 10,000 test images, 60,000 in all. The sentence counts the data set, so the total is judged; the training set alone (the figure that matters for over-parameterisation) is recorded. "60,000" to one significant figure.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: absolute(5000, 'one significant figure: 55,000 to 65,000'),
  correction: (e) => `他们在 CIFAR-10 数据集（${measured(e, 'images in the data set')} 样本）上`,
  check: ({ judge, record, slots }) => {
    record('training images', CIFAR10.train);
    judge.value({ label: 'images in the data set', measured: CIFAR10.train + CIFAR10.test, asserted: slots.int('n') });
  },
});

// The count's words are slots: the referee's correction (docs/reviews/session-6-findings.md #15) leads
// with the network actually pruned, 原有约 2000 万参数, so the unit and the 约 change with the number.
const vggQuote = '将 VGG-19 网络（{about:原有|原有约} {n:number} {unit:亿|万}参数）的大小减少了 {cut:percent}';
const UNITS: Record<string, number> = { 亿: 1e8, 万: 1e4 };
const CIFAR_VGG = 'CIFAR-10 VGG-19 (Frankle & Carbin)';
const vggStated = (slots: { number(name: string): number; choice(name: string): string }) => slots.number('n') * UNITS[slots.choice('unit')]!;
const vggTolerance = relative(0.025, 'a count given to two or three significant digits (1.38 亿, 约 2000 万): within 2.5%, half a unit of the second digit');

export const vgg19Params = defineClaim({
  id: 'why-deep-learning-works/vgg19-param-count',
  primary: { why: 'the sentence gives the size of the network Frankle & Carbin pruned on CIFAR-10 (在 CIFAR-10 数据集上将 VGG-19 网络…减少了), the CIFAR VGG-19 of their figure 2' },
  source: { file, quote: vggQuote },
  statement: 'The VGG-19 that Frankle & Carbin pruned on CIFAR-10 had {n} {unit} parameters.',
  reading: 'The network the sentence says was pruned: Frankle & Carbin\'s CIFAR-10 VGG-19 (the 16 3x3 convs of configuration E with batch norm, one fc layer to 10 classes; their figure 2 lists it at 20M), built in full in tfjs-layers to cross-check the counter. The text\'s count is the number times its unit (亿 = 10^8, 万 = 10^4). Recorded: VGG-19 as published for ImageNet (Simonyan & Zisserman 2015, configuration E), the first design of this claim, now why-deep-learning-works/vgg19-param-count-as-published.',
  kind: 'architecture',
  scope: 'forall',
  tolerance: vggTolerance,
  correction: (e) => ({ replace: { span: writeQuote(vggQuote, e.slots.values), text: writeQuote(vggQuote, e.slots.values, { about: '原有约', n: String(Number((measured(e, 'parameters') / 1e4).toPrecision(2))), unit: '万' }) } }),
  check: ({ tf, judge, record, slots }) => {
    const counted = countParams(vggLayers(VGG19_CIFAR));
    const byTfjs = countWithTfjs(() => vggModel(tf, VGG19_CIFAR));
    record('ImageNet VGG-19 (configuration E)', countParams(vggLayers(VGG19)));
    judge.holds({ label: 'counter equals tfjs-layers (CIFAR VGG-19)', holds: counted === byTfjs, values: { counted, byTfjs } });
    judge.value({ label: 'parameters', measured: byTfjs, asserted: vggStated(slots) });
  },
});

export const vgg19ParamsAsPublished = defineClaim({
  id: 'why-deep-learning-works/vgg19-param-count-as-published',
  alternativeOf: 'why-deep-learning-works/vgg19-param-count',
  source: { file, quote: vggQuote },
  statement: 'VGG-19 as published has {n} {unit} parameters.',
  // One network's count: the statement holds or fails for it alone.
  scope: 'forall',
  reading: 'VGG-19 as published (Simonyan & Zisserman 2015, configuration E: 16 3x3 convs and fc 4096, 4096, 1000, with biases). Recorded: VGG-16 (configuration D), and the CIFAR-10 VGG-19 that Frankle & Carbin actually pruned; the ImageNet VGG-19 is built in tfjs-layers at width / 8 (full at the full budget), the CIFAR one in full, to cross-check the counter. The text\'s count is the number times its unit (亿 = 10^8, 万 = 10^4).',
  kind: 'architecture',
  tolerance: absolute(5e5, 'the first design\'s: three significant digits, 137.5 to 138.5 million round to 1.38 亿'),
  correction: (e) => `VGG-19（ImageNet，配置 E）有 ${(measured(e, 'parameters') / 1e8).toFixed(2)} 亿参数；在 CIFAR-10 上剪枝的版本约 ${(Number(e.records[CIFAR_VGG]) / 1e4).toFixed(0)} 万`,
  scale: { quick: { divisor: 8 }, standard: { divisor: 8 }, full: { divisor: 1 } },
  check: ({ tf, judge, record, scaled, slots }) => {
    const divisor = scaled.divisor;
    const small = { ...VGG19, widthDivisor: divisor };
    const countedSmall = countParams(vggLayers(small));
    const tfjsSmall = countWithTfjs(() => vggModel(tf, small));
    const countedCifar = countParams(vggLayers(VGG19_CIFAR));
    const tfjsCifar = countWithTfjs(() => vggModel(tf, VGG19_CIFAR));
    record('cross-check width divisor (ImageNet VGG-19)', divisor);
    record('VGG-16 (configuration D)', countParams(vggLayers(VGG16)));
    record(CIFAR_VGG, countedCifar);
    judge.holds({ label: 'counter equals tfjs-layers (ImageNet VGG-19 scaled, CIFAR VGG-19 full)', holds: countedSmall === tfjsSmall && countedCifar === tfjsCifar, values: { countedSmall, tfjsSmall, countedCifar, tfjsCifar } });
    judge.value({ label: 'parameters', measured: countParams(vggLayers(VGG19)), asserted: vggStated(slots) });
  },
});

export const resnet50Params = defineClaim({
  id: 'why-deep-learning-works/resnet50-param-count',
  source: { file, quote: '对于 ResNet-50（有 {n:int} 万参数）' },
  statement: 'ResNet-50 has {n} × 10^4 (万) parameters.',
  reading: 'ResNet-50 as published (He et al. 2016a, table 1: bottleneck blocks [3, 4, 6, 3], projection shortcuts where the shape changes) in the torchvision layout: no conv biases, batch norm after every conv (its scale and shift counted; running statistics are not parameters), fc 2048 -> 1000 with bias. Built in full in tfjs-layers to cross-check the counter. "2,560 万" is read to its three significant digits.',
  kind: 'architecture',
  scope: 'forall',
  tolerance: absolute(5e4, 'three significant digits: 2555 万 to 2565 万'),
  correction: (e) => `对于 ResNet-50（有 ${(measured(e, 'parameters') / 1e4).toFixed(0)} 万参数）`,
  check: ({ tf, judge, slots }) => {
    const counted = countParams(resnetLayers(RESNETS['ResNet-50']));
    const byTfjs = countWithTfjs(() => resnetModel(tf, RESNETS['ResNet-50']));
    judge.holds({ label: 'counter equals tfjs-layers on the full model', holds: counted === byTfjs, values: { counted, byTfjs } });
    judge.value({ label: 'parameters', measured: byTfjs, asserted: slots.int('n') * 1e4 });
  },
});

export const imagenetSize = defineClaim({
  id: 'why-deep-learning-works/imagenet-size-in-pruning-study',
  source: { file, quote: 'ImageNet（{n:int} 万样本）' },
  statement: 'ImageNet has {n} × 10^4 (万) samples.',
  reading: 'The ImageNet on which ResNet-50 is trained is ILSVRC-2012 (ImageNet-1k), 1,281,167 training images (Russakovsky et al. 2015). "1,280 万" is read to its three significant digits. The full ImageNet-21k (14,197,122 images) is recorded.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: absolute(5e4, 'three significant digits: 1275 万 to 1285 万'),
  correction: (e) => ({ replace: { span: 'ImageNet（1,280 万样本）', text: `ImageNet（${(measured(e, 'training images') / 1e4).toFixed(0)} 万样本）` } }),
  check: ({ judge, record, slots }) => {
    record('ImageNet-21k images', IMAGENET_21K.images);
    judge.value({ label: 'training images', measured: IMAGENET_1K.train, asserted: slots.int('n') * 1e4 });
  },
});

// The conclusion rests on the figures the paragraph has just given, read from it: the data sets'
// sizes, the networks' counts and the cited experiments' outcomes (the shares removed).
const figuresQuote = '他们在 CIFAR-10 数据集（{cifar:int} 样本）上将 VGG-19 网络（{about:原有|原有约} {n:number} {unit:亿|万}参数）的大小减少了 {vggCut:percent}，同时维持了良好的性能。对于 ResNet-50（有 {resnet:int} 万参数），{who:他们|Frankle 等人（2020）将权重回退到训练早期（而非初始权重）后，}在不损失 ImageNet（{imagenet:int} 万样本）上的性能的情况下，将参数减少了 {resnetCut:percent}。这些成果虽然印象深刻，但即使是修剪后（不考虑数据增强），这些网络仍然过参数化';

export const stillOverPublished = defineClaim({
  id: 'why-deep-learning-works/pruned-nets-still-overparameterised-reading-a',
  primary: { why: 'the sentence concludes about the real pruned networks (这些网络仍然过参数化), so it is judged on their true training-set sizes; reusing the paragraph\'s 1,280 万 (reading B) only inherits the root error of imagenet-size-in-pruning-study, which is judged in its own sentence (blind referee pick, session 7)' },
  source: { file, quote: figuresQuote },
  statement: 'Even after pruning (and without counting augmentation) these networks are still over-parameterised.',
  reading: 'Reading A (one of two; reading B is why-deep-learning-works/pruned-nets-still-overparameterised-reading-b): rebuilt parameter counts and published data-set sizes. VGG-19 keeps what the text\'s {vggCut} reduction leaves, on CIFAR-10\'s 50,000 training images: both the CIFAR VGG-19 Frankle & Carbin pruned and the ImageNet VGG-19 the text\'s count refers to are tried; ResNet-50 keeps what its {resnetCut} reduction leaves, on ImageNet-1k\'s 1,281,167 images. Over-parameterised = more parameters left than training examples.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: exactly('inequalities between exact counts'),
  correction: (e) => `（${e.observations.filter((o) => o.outcome === 'outside').map((o) => `${o.where.model} 剪枝后每个训练样本仅 ${o.values?.perExample?.toFixed(2)} 个参数`).join('；')}，并非过参数化。）`,
  check: ({ judge, slots }) => {
    const [vggLeft, resnetLeft] = [1 - slots.percent('vggCut'), 1 - slots.percent('resnetCut')];
    const cases = [
      { model: 'VGG-19 (CIFAR)', kept: vggLeft * countParams(vggLayers(VGG19_CIFAR)), examples: CIFAR10.train },
      { model: 'VGG-19 (ImageNet)', kept: vggLeft * countParams(vggLayers(VGG19)), examples: CIFAR10.train },
      { model: 'ResNet-50', kept: resnetLeft * countParams(resnetLayers(RESNETS['ResNet-50'])), examples: IMAGENET_1K.train },
    ];
    for (const c of cases) judge.holds({ label: 'parameters left exceed training examples', holds: c.kept > c.examples, values: { perExample: c.kept / c.examples }, where: { model: c.model } });
  },
});

export const stillOverAsStated = defineClaim({
  id: 'why-deep-learning-works/pruned-nets-still-overparameterised-reading-b',
  follows: 'why-deep-learning-works/imagenet-size-in-pruning-study',
  // The first primary, kept as an alternative since the blind referee pass (session 7): the sentence's conclusion is about the real networks.
  alternativeOf: 'why-deep-learning-works/pruned-nets-still-overparameterised-reading-a',
  source: { file, quote: figuresQuote },
  statement: 'By the paragraph\'s own figures, the pruned networks still have more parameters than training examples.',
  reading: 'Reading B (one of two; reading A is why-deep-learning-works/pruned-nets-still-overparameterised-reading-a): the figures the paragraph itself gives, read from it: VGG-19 with {n} {unit} parameters keeps what its {vggCut} reduction leaves, on CIFAR-10\'s {cifar} samples; ResNet-50 with {resnet} 万 keeps what its {resnetCut} reduction leaves, on ImageNet\'s {imagenet} 万 samples. It reuses the paragraph\'s ImageNet size, so its refutation follows from imagenet-size-in-pruning-study (ILSVRC-2012 has 128 万 training images), and the finding folds under that root (docs/reviews/findings-engine.md #34); its correction is that root\'s.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: exactly('inequalities between exact numbers'),
  correction: (e) => ({ replace: { span: writeQuote(figuresQuote, e.slots.values), text: writeQuote(figuresQuote, e.slots.values, { imagenet: (IMAGENET_1K.train / 1e4).toFixed(0) }) } }),
  check: ({ judge, slots }) => {
    const cases = [
      { model: 'VGG-19', kept: (1 - slots.percent('vggCut')) * vggStated(slots), examples: slots.int('cifar') },
      { model: 'ResNet-50', kept: (1 - slots.percent('resnetCut')) * slots.int('resnet') * UNITS['万']!, examples: slots.int('imagenet') * UNITS['万']! },
    ];
    for (const c of cases) judge.holds({ label: 'parameters left exceed training examples', holds: c.kept > c.examples, values: { perExample: c.kept / c.examples }, where: { model: c.model } });
  },
});

// The text: Han et al. (2016) kept only 8% of VGG's weights and it still performed well on ImageNet
// (magnitude pruning, then fine-tuning, sometimes repeated). How we test it: the procedure at
// MNIST-1D scale: a fully connected net trained, then pruned by weight magnitude in rounds (keeping
// 50, 25, 12, 8, 4, 2% of the weights), fine-tuned after each round; the test accuracy at 8% against
// the dense net's, several seeds. What would refute it: the 8% net more than a point of accuracy
// below the dense one.
const KEEP = [0.5, 0.25, 0.12, 0.08, 0.04, 0.02] as const;
const TOLERANCE = 0.01;

export const prunedToEightPercent = defineClaim({
  id: 'why-deep-learning-works/magnitude-pruning-keeps-accuracy-at-8-percent',
  replicates: { citation: 'Han 等人（2016）' },
  source: { file, quote: '在只保留 {kept:percent} 权重的情况下，VGG 网络在 ImageNet 分类任务上仍然保持了良好的性能' },
  statement: 'A network pruned by weight magnitude to {kept} of its weights, and fine-tuned, keeps its performance (Han et al. 2016: VGG on ImageNet).',
  reading: `Han et al.'s procedure at MNIST-1D scale (we have neither VGG nor ImageNet): a fully connected 40-100-100-10 ReLU net (15,210 parameters, He init) trained by minibatch Adam (batch 100, lr 0.003, S steps: quick 300, standard 1000, full 1200) on n seeded examples (quick 1000, standard 2000, full 4000), 1000 test examples; then pruned in rounds by global weight magnitude (biases kept) to ${KEEP.map((k) => `${k * 100}%`).join(', ')} of the weights, each round fine-tuned for S/3 steps from the surviving weights with the mask held (Han et al. prune and retrain iteratively). "Still performs well" read as: the test accuracy at 8% within ${TOLERANCE * 100} point of the dense net's (fixed before the run: a point is about the seed-to-seed spread, so a loss within it is no loss that could be seen). Judged (gated, paired by seed): the mean over seeds (quick 3, standard 4, full 8) of pruned-minus-dense test accuracy at least -${TOLERANCE} (t-interval), with resolution 1/1000 (one test example); every dense run and every fine-tuning round at the text's share must have converged (test accuracy improved by at most ${TOLERANCE} over its last 3 of 10 recorded points), so a net cut off while still improving decides nothing; a null result (an interval containing 0) has no positive control here and stays undecided. Recorded: the accuracy at every share and the smallest share within the tolerance per seed (the largest sparsity reachable without loss). Scope forall: the published result is stated outright. Source numbers: a replication of Han 等人（2016）'s result at MNIST-1D scale, checked against the direction the sentence attributes to the paper; none of the paper's own numbers enters the check, so the result reads as reproduced or not reproduced at this scale, never as the text misreporting the paper.`,
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'beyond', why: 'the convergence gate holds it back at every budget run so far: in the full-budget run of session 8 (seed 1) the paired estimate lay wholly outside the band, but a fine-tuning run was still improving; deciding it needs more fine-tuning steps per round than full\'s' },
  tolerance: atLeast(TOLERANCE, `a loss of up to ${TOLERANCE * 100} point of test accuracy counts as keeping the performance`),
  correction: (e) => `（MNIST-1D 复现中，保留 ${e.slots.values.kept!.written} 权重并微调后测试准确率平均下降 ${(-100 * (e.observations[0]?.measured ?? NaN)).toFixed(1)} 个百分点。）`,
  timeLimit: { quick: 300, standard: 1200, full: 3600 },
  scale: { quick: { n: 1000, steps: 300, seeds: 3 }, standard: { n: 2000, steps: 1000, seeds: 4 }, full: { n: 4000, steps: 1200, seeds: 8 } },
  check: ({ tf, judge, scaled, seeds: streams, record, slots }) => {
    const kept = slots.percent('kept');
    // The pruning schedule must pass through the share the text states.
    if (!(KEEP as readonly number[]).includes(kept)) throw new Error(`the text's share kept (${kept}) is not a step of the pruning schedule ${KEEP.join(', ')}: add it`);
    const n = scaled.n;
    // Minibatches of 100: the cost follows the steps and seeds, so n keeps its full size.
    const steps = scaled.steps;
    const seeds = scaled.seeds;
    record('training / test examples, dense Adam steps, fine-tuning steps per round, seeds', `${n} / 1000, ${steps}, ${Math.round(steps / 3)}, ${seeds}`);
    const pruned: number[] = [];
    const denseAccs: number[] = [];
    const curves: number[][] = [];
    for (let s = 0; s < seeds; s++) {
      const task = mnist1dTask(tf, { seed: streams.child('data', s).value, nTrain: n, nTest: 1000 });
      const spec = { sizes: [40, 100, 100, 10], phi: 'relu' as const, weightVariance: 2, seed: streams.child('init', s).value };
      const opts = { optimizer: 'adam' as const, lr: 0.003, batchSize: 100, train: task.train, test: task.test, keep: true };
      const dense = runClassifier(tf, spec, { ...opts, steps, evalEvery: Math.max(1, Math.round(steps / 10)) });
      curves.push(dense.testAcc);
      tf.dispose(dense.init);
      let current: Tensor[] = dense.final;
      const denseAcc = dense.testAcc.at(-1)!;
      const accs: number[] = [];
      try {
        for (const keep of KEEP) {
          const masks = magnitudeMasks(tf, current, keep);
          const fineSteps = Math.round(steps / 3);
          // Only the round at the text's share is judged, so only its curve is recorded finely enough for the convergence rule.
          const evalEvery = keep === kept ? Math.max(1, Math.round(fineSteps / 10)) : fineSteps;
          const r = runClassifier(tf, spec, { ...opts, steps: fineSteps, evalEvery, init: current, masks, orderSeed: streams.child('order', s, Math.round(keep * 1000)).value });
          if (keep === kept) curves.push(r.testAcc);
          tf.dispose([...current, ...r.init, ...masks.filter((m): m is Tensor => m !== null)]);
          current = r.final;
          accs.push(r.testAcc.at(-1)!);
        }
      } finally {
        tf.dispose(current);
        task.dispose();
      }
      const within = KEEP.filter((_, k) => accs[k]! >= denseAcc - TOLERANCE);
      record(`seed ${s}: test accuracy dense, then at ${KEEP.join(' / ')} kept`, `${denseAcc.toFixed(3)}, ${accs.map((a) => a.toFixed(3)).join(' / ')}`);
      record(`seed ${s}: smallest share kept within ${TOLERANCE} of dense`, within.length ? Math.min(...within) : 'none');
      pruned.push(accs[(KEEP as readonly number[]).indexOf(kept)]!);
      denseAccs.push(denseAcc);
    }
    judge.paired({
      label: `test accuracy at ${100 * kept}% kept minus dense, paired by seed`,
      a: pruned,
      b: denseAccs,
      asserted: 0,
      resolution: 1 / 1000,
      training: { curves, rule: { kind: 'plateau', window: 3, tolerance: TOLERANCE, goal: 'max' } },
    });
  },
});
