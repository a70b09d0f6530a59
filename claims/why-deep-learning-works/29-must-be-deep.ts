// § 20.6 网络必须深吗？
// The text: shallow networks approximate any function given enough hidden units (chapter 3); the
// best systems (vision transformers, GPT-3, DALL-E 2) have tens or hundreds of layers; in residual
// networks, paths of 5 to 17 layers carry the performance (Veit et al. 2016). How we test it: the
// universal approximation by explicit one-hidden-layer ReLU interpolants of random continuous
// targets, widened until the sup error falls below eps; the depths from the published configurations;
// the path lengths of a 54-block ResNet, which are Binomial(54, 1/2). What would refute it: an eps no
// width reaches; a depth below ten; 5-17 not being the shorter paths. Historical statements and
// attributions are not-checkable.
import * as fc from 'fast-check';
import { defineClaim, exactly, type EvidenceView, type Judge, noLessThan } from '../../src/claim/index.js';
import { asFunction, randomContinuousTarget, reluInterpolant } from '../../src/nets/regions/universal-approx.js';
import { supDistance } from '../../src/nets/regions/pwl-nets.js';
import { GPT3_175B } from '../../src/nets/count/transformers.js';
import { binomial } from '../../src/nets/count/region-bounds.js';
import { FIG_20_3_MODELS, IMAGENET_CNNS } from '../../src/nets/count/imagenet-models.js';
import { VEIT_RESNET110_BLOCKS, VIT_DEPTHS } from '../../src/nets/published/sizes.js';

const file = 'why-deep-learning-works.md';
// The judgements that failed, with what was measured, for a correction.
const failed = (e: EvidenceView) => e.observations.filter((o) => o.outcome === 'outside').map((o) => `${o.label}${Object.keys(o.where).length ? ` (${Object.entries(o.where).map(([k, v]) => `${k}=${v}`).join(', ')})` : ''}: ${o.measured ?? JSON.stringify(o.values)}`).join('; ');
const literature = (id: string, quote: string, statement: string, reason: string) =>
  defineClaim({ id: `why-deep-learning-works/${id}`, source: { file, quote }, statement, kind: 'not-checkable', reason });

export const universalApproximation = defineClaim({
  id: 'why-deep-learning-works/shallow-nets-approximate-any-function',
  source: { file, quote: '第 3 章探讨了通用逼近定理，定理指出只要隐藏单元足够多，浅层神经网络能以任意精度逼近任何函数' },
  statement: 'A shallow (one-hidden-layer) network with enough hidden units approximates any (continuous) function to any precision.',
  reading: 'Continuous targets on [0, 1] (random sums of kinks, sines and a square-root cusp: generally non-smooth); the one-hidden-layer ReLU net of width m that interpolates the target at m + 1 uniform knots; m doubled from 1 up to 4096. Supported if for each eps in {0.1, 0.05, 0.02} (targets are of order 1) some width brings the sup distance (on a 4,001-point grid) below eps. The last error reached is recorded. Scope forall: a theorem: every continuous function and every accuracy.',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('a width is found or not: a yes/no fact'),
  correction: (e) => `（在所试宽度内，单隐藏层 ReLU 网络未能达到所需精度：${failed(e)}）`,
  cases: () => fc.record({ eps: fc.constantFrom(0.1, 0.05, 0.02), seed: fc.nat() }),
  runs: { quick: 6, standard: 20, full: 60 },
  check: ({ eps, seed }, { judge }) => {
    const f = randomContinuousTarget(seed);
    let width = -1;
    let error = Infinity;
    for (let m = 1; m <= 4096 && width < 0; m *= 2) {
      error = supDistance(f, asFunction(reluInterpolant(f, m)), 0, 1, 4000);
      if (error < eps) width = m;
    }
    judge.holds({ label: 'some width brings the sup error below eps', holds: width > 0, values: { width, error } });
  },
});

export const history = literature('depth-performance-history', '从历史上看，性能与网络深度之间存在明确的相关性',
  'Historically, performance has correlated clearly with network depth.',
  'A statement about the history of benchmark results; no computation here can rerun a decade of ImageNet entries.');
export const imagenetHistory = literature('imagenet-depth-until-training-hard', '比如，最初在 ImageNet 基准测试上的性能随着网络深度的增加而提升，直至训练遇到困难',
  'Performance on ImageNet first improved with depth until training became difficult.',
  'A statement about the history of a benchmark; no computation here reaches it.');
export const residualHistory = literature('residual-and-batchnorm-enabled-depth', '此后，引入残差连接和批量归一化（第 11 章）使得更深层次网络的训练成为可能',
  'Residual connections and batch normalisation then made deeper networks trainable and improved performance markedly.',
  'A statement about the history of the field; the mechanisms are the subject of chapter 11\'s claims.');

export const sotaDepths = defineClaim({
  id: 'why-deep-learning-works/state-of-the-art-depths',
  source: { file, quote: '都是基于拥有数十甚至数百层的深度网络' },
  statement: 'The state-of-the-art systems named (vision transformers, GPT-3) are deep networks with tens or even hundreds of layers.',
  reading: 'Layers = transformer blocks, from the published configurations: GPT-3 175B (Brown et al. 2020, table 2.1, rebuilt in src/nets/count/transformers.ts) and ViT-Base/Large/Huge (Dosovitskiy et al. 2021, table 1). "Tens or hundreds" = at least 10 for each. DALL-E 2 is not rebuilt. Each block holds two sublayers and four weight matrices, so counting weight layers only raises the depths.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: noLessThan(10, '"tens of layers": at least ten'),
  correction: (e) => `（${e.observations.filter((o) => o.outcome === 'outside').map((o) => `${o.where.model} 只有 ${o.measured} 层`).join('、')}）`,
  check: ({ judge }) => {
    judge.value({ label: 'transformer blocks', measured: GPT3_175B.layers, where: { model: 'GPT-3 175B' } });
    for (const [name, depth] of Object.entries(VIT_DEPTHS)) judge.value({ label: 'transformer blocks', measured: depth, where: { model: name } });
  },
});

export const wideResnets = literature('wide-resnets-attribution', 'Zagoruyko & Komodakis（2016）构建了较浅但较宽的残差神经网络，性能与 ResNet 相当',
  'Zagoruyko & Komodakis (2016) built shallower, wider residual networks that perform comparably to ResNet.',
  'An attribution of an experimental result on ImageNet and CIFAR; the result is the cited paper\'s and cannot be rerun at that scale here.');
export const parnet = literature('goyal-2021-twelve-layers', '近期，Goyal 等人（2021）设计了一个仅有 12 层的网络，通过并行卷积通道达到了与深层网络相似的性能',
  'Goyal et al. (2021) designed a network only 12 layers deep that, with parallel convolution streams, matches deeper networks.',
  'An attribution: 12 is the depth the cited paper chose for its design (ParNet), a fact about that paper rather than a quantity derivable from anything in this chapter; its performance is the paper\'s experiment.');

export const veitPaths = defineClaim({
  id: 'why-deep-learning-works/veit-short-paths',
  source: { file, quote: 'Veit 等人（2016）的研究显示，在残差网络中，通常是 {lo:int} 至 {hi:int} 层的较短路径决定了网络性能' },
  statement: 'In residual networks, shorter paths of {lo} to {hi} layers carry the performance (Veit et al. 2016).',
  reading: 'The checkable part is "shorter": Veit et al. unravel a 110-layer CIFAR ResNet with 54 residual blocks into 2^54 paths, one per subset of blocks, so path lengths are Binomial(54, 1/2) with mean and median 27. Checked exactly (BigInt): 17 is below the median path length, so 5-17-block paths are the shorter ones. Their share of all paths is recorded. Which paths carry the gradient is the cited experiment\'s result.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: exactly('an inequality between exact integers'),
  correction: (e) => `（${e.slots.int('lo')} 至 ${e.slots.int('hi')} 层的路径并不比典型路径（中位数 ${e.observations[0]?.values?.median} 层）短。）`,
  check: ({ judge, record, slots }) => {
    const [lo, hi] = [slots.int('lo'), slots.int('hi')];
    const n = VEIT_RESNET110_BLOCKS;
    const total = 2n ** BigInt(n);
    let cum = 0n;
    let median = 0;
    for (let k = 0; k <= n; k++) {
      cum += binomial(n, k);
      if (2n * cum >= total) { median = k; break; }
    }
    let band = 0n;
    for (let k = lo; k <= hi; k++) band += binomial(n, k);
    record(`share of paths with ${lo}-${hi} blocks`, Number((band * 10n ** 12n) / total) / 1e12);
    judge.holds({ label: `${hi} blocks is below the median path length`, holds: hi < median, values: { median } });
  },
});

const depthQuote = '然而，总体证据表明深度至关重要；即使是性能优良的图像分类网络也需要超过 {layers:int} 层';

const layersText = 'layers = weight layers (convolutions, shortcut projections included, and fully connected layers, counted from the rebuilt architecture; pooling, normalisation and activations are not counted). Judged per model: more than {layers} weight layers ("even" good classifiers: every one of them, so scope forall). "The evidence says depth matters" is a reading of the literature and is not judged.';
const weightLayerCount = (m: (typeof IMAGENET_CNNS)[number]) => m.layers().filter((l) => l.kind === 'conv' || l.kind === 'dense').length;
const depthCorrection = (e: EvidenceView) => `（${e.observations.filter((o) => o.outcome === 'outside').map((o) => `${o.where.model} 只有 ${o.values?.weightLayers} 个带权重的层`).join('、')}）`;
const judgeLayers = (judge: Judge, bound: number, models: readonly (typeof IMAGENET_CNNS)[number][]) => {
  for (const m of models) judge.holds({ label: `more than ${bound} weight layers`, holds: weightLayerCount(m) > bound, values: { weightLayers: weightLayerCount(m) }, where: { model: m.name } });
};

export const depthMatters = defineClaim({
  id: 'why-deep-learning-works/depth-matters-over-ten-layers',
  source: { file, quote: depthQuote },
  statement: 'Overall the evidence says depth matters: even good image classifiers need more than {layers} layers.',
  primary: { why: 'the section weighs today\'s networks (its examples are ResNets, wide ResNets and ParNet); "性能优良" is the standard of the book\'s own figure 20.3 of ImageNet classifiers, not that of 2012' },
  reading: `The checkable half: "good image classifiers" read as the classifiers of the book's figure 20.3 (ResNet, ResNeXt, DenseNet, Xception, EfficientNet and Inception models), rebuilt from their papers; ${layersText} Designed after the first design (why-deep-learning-works/depth-matters-over-ten-layers-including-2012-models) was refuted by AlexNet's 8 layers alone: a referee read AlexNet as outside "性能优良" in this paragraph; the first design stays as its own reading.`,
  kind: 'architecture',
  scope: 'forall',
  tolerance: exactly('a count of layers against the text\'s bound'),
  correction: depthCorrection,
  check: ({ judge, slots }) => judgeLayers(judge, slots.int('layers'), FIG_20_3_MODELS),
});

export const depthMattersIncluding2012 = defineClaim({
  id: 'why-deep-learning-works/depth-matters-over-ten-layers-including-2012-models',
  alternativeOf: 'why-deep-learning-works/depth-matters-over-ten-layers',
  source: { file, quote: depthQuote },
  statement: 'Every ImageNet classifier that was state of the art in its year, from AlexNet on, has more than {layers} layers.',
  reading: `The first design: "good image classifiers" read as every ImageNet classifier this project rebuilds, each a state-of-the-art model of its year (AlexNet, VGG, ResNet, ResNeXt, DenseNet, and figure 20.3's Xception, EfficientNet and Inception models); ${layersText}`,
  kind: 'architecture',
  scope: 'forall',
  tolerance: exactly('a count of layers against the text\'s bound'),
  correction: depthCorrection,
  check: ({ judge, slots }) => judgeLayers(judge, slots.int('layers'), [...IMAGENET_CNNS, ...FIG_20_3_MODELS.filter((f) => !IMAGENET_CNNS.some((c) => c.name === f.name))]),
});
export const unexplained = literature('depth-unexplained', '目前还没有明确解释为什么会这样',
  'There is as yet no clear explanation of why this is.',
  'A statement about the state of knowledge; nothing to compute.');
