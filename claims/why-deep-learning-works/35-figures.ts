// § 附图
// The captions: figure 20.2's four MNIST-1D networks (1-4 hidden layers of 298, 100, 75, 63 units;
// 15208, 15210, 15235, 15139 parameters); figure 20.3's ImageNet models have 10 to 100 times as many
// parameters as training examples; figure 20.6's 750-dimensional subspace is 0.4% of a two-hidden-
// layer 200-unit MNIST network; figure 20.12's network of the same shape has 198,450 parameters.
// How we test it: every network rebuilt in tfjs-layers and counted (weights and biases), cross-checked
// against the counter; the ratios against ImageNet-1k's training set and the subspace share
// recomputed. Readings tried where a count matches none are recorded. What would refute it: a count
// that differs, a ratio or share outside what is written. The training outcomes are part 2's.
import { absolute, atLeast, defineClaim, exactly, writeQuote, type EvidenceView } from '../../src/claim/index.js';
import { countParams, mlpLayers } from '../../src/nets/count/architectures.js';
import { countWithTfjs, mlpModel } from '../../src/nets/build/architecture-tfjs.js';
import { cnnModel } from '../../src/nets/count/cnn-graph.js';
import { countReadings, FIG_20_3_MODELS, FIG_20_3_VARIANTS } from '../../src/nets/count/imagenet-models.js';
import { denseParamCount } from '../../src/nets/count/param-count.js';
import { AMOEBANET_PUBLISHED_PARAMS, IMAGENET_1K, MNIST } from '../../src/nets/count/published-sizes.js';
import { MNIST1D_DEFAULTS } from '../../src/datasets/mnist1d-params.js';

const file = 'why-deep-learning-works.md';
const measured = (e: EvidenceView, label: string) => e.observations.find((o) => o.label === label)?.measured ?? NaN;
const fig202Quote = '{l1:int}、{l2:int}、{l3:int}、{l4:int} 层的模型分别具有 {h1:int}、{h2:int}、{h3:int}、{h4:int} 个隐藏单元，以及 {p1:int}、{p2:int}、{p3:int}、{p4:int} 个参数';

// Count a dense net both ways; the judged count is tfjs-layers'.
function crossCount(tf: Parameters<typeof mlpModel>[0], sizes: number[]): { counted: number; byTfjs: number } {
  return { counted: countParams(mlpLayers(sizes)), byTfjs: countWithTfjs(() => mlpModel(tf, sizes)) };
}

// The k-th model of the caption: its depth, width and stated count are the k-th of each list in the text.
const fig202 = (k: 1 | 2 | 3 | 4) => defineClaim({
  id: `why-deep-learning-works/fig-20-2-${k}-layer-param-count`,
  source: { file, quote: fig202Quote },
  statement: `Figure 20.2's MNIST-1D model with {l${k}} hidden layer${k > 1 ? 's' : ''} of {h${k}} units has {p${k}} parameters.`,
  reading: `A fully connected ReLU net for MNIST-1D: 40 inputs (the generator's length), {l${k}} hidden layer${k > 1 ? 's' : ''} of {h${k}} units, 10 outputs, weights and biases on every layer; built in tfjs-layers and counted, and counted from its sizes. Recorded: the count without biases, and the uniform widths whose counts bracket the stated one (which width, if any, gives it exactly).`,
  kind: 'architecture',
  tolerance: exactly('a parameter count quoted to the last digit'),
  correction: (e) => ({ replace: { span: writeQuote(fig202Quote, e.slots.values), text: writeQuote(fig202Quote, e.slots.values, { [`p${k}`]: String(measured(e, 'parameters')) }) } }),
  check: ({ tf, judge, record, slots }) => {
    const [layers, units, stated] = [slots.int(`l${k}`), slots.int(`h${k}`), slots.int(`p${k}`)];
    const sizes = (h: number) => [MNIST1D_DEFAULTS.length, ...Array<number>(layers).fill(h), 10];
    const { counted, byTfjs } = crossCount(tf, sizes(units));
    record('without biases', denseParamCount(sizes(units), { bias: false }));
    let h = 1;
    while (denseParamCount(sizes(h + 1)) <= stated) h++;
    record('widest uniform width with at most the stated count', `${h} units: ${denseParamCount(sizes(h))}; ${h + 1} units: ${denseParamCount(sizes(h + 1))}`);
    judge.holds({ label: 'counter equals tfjs-layers on the built model', holds: counted === byTfjs, values: { counted, byTfjs } });
    judge.value({ label: 'parameters', measured: byTfjs, asserted: stated });
  },
});

export const fig202OneLayer = fig202(1);
export const fig202TwoLayers = fig202(2);
export const fig202ThreeLayers = fig202(3);
export const fig202FourLayers = fig202(4);

// Parameters per training image of each model, and the share of a list inside [10, 100].
const ratioShare = (counts: readonly number[]) => counts.filter((p) => p / IMAGENET_1K.train >= 10 && p / IMAGENET_1K.train <= 100).length / counts.length;

export const fig203Ratios = defineClaim({
  id: 'why-deep-learning-works/fig-20-3-ten-to-hundred-times',
  source: { file, quote: '作为卷积网的过参数化（相对于数据集大小的倍数）的函数，ImageNet 的性能展示了大部分模型的参数是训练样例的 10 至 100 倍' },
  statement: 'Most of the ImageNet models in figure 20.3 have 10 to 100 times as many parameters as training examples.',
  reading: 'The models of the families the caption names, rebuilt from their published configurations: ResNet-18/34/50/101/152, ResNeXt-50 (32x4d), ResNeXt-101 (32x8d), DenseNet-121/161/169/201, Xception, EfficientNet-B0..B7, and the Inceptions of Szegedy et al. (2017), Inception-v4 and Inception-ResNet-v2 (22 models). AmoebaNet is not rebuilt (its evolved cells are not encoded); its published counts enter only a recorded reading. Count = weights, biases, BN scale and shift, classifier included, no auxiliary heads. Ratio = parameters / 1,281,167 ImageNet-1k training images; "10 to 100" taken literally (ends included); "most" = more than half. Each CnnGraph model is also built in tfjs-layers and its trainable count must equal the counter\'s (quick: Xception and EfficientNet-B0; standard and full: every CnnGraph model and variant). Other readings recorded: without classifier, without BN, with BN running statistics (Keras\'s "total params"), Inception-v3 added, auxiliary heads, published AmoebaNets added.',
  kind: 'arithmetic',
  tolerance: atLeast(0, '"most" read as "more than half": the share must reach one half'),
  timeLimit: { quick: 60, standard: 300, full: 600 },
  correction: (e) => `ImageNet 的性能展示了约 ${Math.round(100 * measured(e, 'share of models with 10 to 100 parameters per training image'))}% 的模型的参数是训练样例的 10 至 100 倍`,
  check: ({ tf, judge, record, scale }) => {
    const quickSet = ['Xception', 'EfficientNet-B0'];
    const toBuild = [...FIG_20_3_MODELS, ...FIG_20_3_VARIANTS].filter((m) => m.graph && scale({ quick: quickSet.includes(m.name), standard: true, full: true }));
    for (const m of toBuild) {
      const counted = countParams(m.layers());
      const byTfjs = countWithTfjs(() => cnnModel(tf, m.graph!.def, m.graph!.side));
      judge.holds({ label: 'counter equals tfjs-layers on the built model', holds: counted === byTfjs, values: { counted, byTfjs }, where: { model: m.name } });
    }
    const readings = FIG_20_3_MODELS.map((m) => countReadings(m.layers()));
    FIG_20_3_MODELS.forEach((m, i) => record(`${m.name}: parameters per training image`, +(readings[i]!.main / IMAGENET_1K.train).toFixed(2)));
    FIG_20_3_VARIANTS.forEach((m) => record(`${m.name} (variant): parameters per training image`, +(countParams(m.layers()) / IMAGENET_1K.train).toFixed(2)));
    Object.entries(AMOEBANET_PUBLISHED_PARAMS).forEach(([name, p]) => record(`${name} (published count, not rebuilt): parameters per training image`, +(p / IMAGENET_1K.train).toFixed(1)));
    const main = readings.map((r) => r.main);
    const auxOf = (name: string) => FIG_20_3_VARIANTS.find((v) => v.name === `${name} + aux head`);
    Object.entries({
      'without classifier': ratioShare(readings.map((r) => r.noClassifier)),
      'without BN': ratioShare(readings.map((r) => r.noBatchNorm)),
      'with BN running statistics (Keras total)': ratioShare(readings.map((r) => r.withBnBuffers)),
      'Inception-v3 added': ratioShare([...main, countParams(FIG_20_3_VARIANTS[0]!.layers())]),
      'auxiliary heads on the Inceptions': ratioShare(FIG_20_3_MODELS.map((m, i) => (auxOf(m.name) ? countParams(auxOf(m.name)!.layers()) : main[i]!))),
      'published AmoebaNets added': ratioShare([...main, ...Object.values(AMOEBANET_PUBLISHED_PARAMS)]),
    }).forEach(([reading, share]) => record(`share with 10 to 100 parameters per image, ${reading}`, +share.toFixed(3)));
    record('models below 10 parameters per image', FIG_20_3_MODELS.filter((_, i) => main[i]! / IMAGENET_1K.train < 10).map((m) => m.name).join(', '));
    judge.value({ label: 'share of models with 10 to 100 parameters per training image', measured: ratioShare(main), asserted: 0.5 });
  },
});

const MNIST_200 = [MNIST.side ** 2, 200, 200, MNIST.classes];

export const fig206Share = defineClaim({
  id: 'why-deep-learning-works/fig-20-6-subspace-share',
  source: { file, quote: '在这个子空间为 {dim:int}D（即内在维度）时，性能可达到无约束模型性能的 {performance:percent}，仅占原始参数的 {share:percent}' },
  statement: 'A {dim}-dimensional subspace is only {share} of the parameters of the two-hidden-layer, 200-unit MNIST network.',
  reading: 'The network of the caption: MNIST\'s 784 inputs, two hidden layers of 200 units, 10 outputs, weights and biases (Li et al. 2018a\'s fully connected MNIST net), built in tfjs-layers and counted. Share = {dim} / parameters (the {dim} is the caption\'s measured intrinsic dimension, an input here). "{share}" is read to the significant figures written.',
  kind: 'arithmetic',
  tolerance: absolute(0.05, 'one significant figure: 0.35% to 0.45% round to 0.4%'),
  correction: (e) => `仅占原始参数的 ${measured(e, 'subspace share of the parameters (%)').toFixed(2)}%`,
  check: ({ tf, judge, record, slots }) => {
    const { counted, byTfjs } = crossCount(tf, MNIST_200);
    record('parameters', byTfjs);
    judge.holds({ label: 'counter equals tfjs-layers on the built model', holds: counted === byTfjs, values: { counted, byTfjs } });
    judge.value({ label: 'subspace share of the parameters (%)', measured: (100 * slots.int('dim')) / byTfjs, asserted: 100 * slots.percent('share') });
  },
});

const fig212Quote = '一个具有两个隐藏层、每层 {units:int} 个单元（{params:int} 个参数）的全连接网络在 MNIST 数据库上进行了训练';

export const fig212Count = defineClaim({
  id: 'why-deep-learning-works/fig-20-12-param-count',
  source: { file, quote: fig212Quote },
  statement: 'The fully connected MNIST network with two hidden layers of {units} units has {params} parameters.',
  reading: 'MNIST\'s 784 inputs (28 x 28), two hidden layers of 200 units, 10 outputs, weights and biases on every layer, built in tfjs-layers and counted. Other readings tried and recorded: no biases; biases on the hidden layers only; biases on the output only; and the input size that would give {params} with and without biases (none is a whole number).',
  kind: 'architecture',
  tolerance: exactly('a parameter count quoted to the last digit'),
  correction: (e) => ({ replace: { span: writeQuote(fig212Quote, e.slots.values), text: writeQuote(fig212Quote, e.slots.values, { params: measured(e, 'parameters').toLocaleString('en-US') }) } }),
  check: ({ tf, judge, record, slots }) => {
    const [h, stated] = [slots.int('units'), slots.int('params')];
    const sizes = [MNIST.side ** 2, h, h, MNIST.classes];
    const { counted, byTfjs } = crossCount(tf, sizes);
    const noBias = denseParamCount(sizes, { bias: false });
    record('no biases', noBias);
    record('biases on hidden layers only', noBias + 2 * h);
    record('bias on the output only', noBias + MNIST.classes);
    record(`input size giving ${stated.toLocaleString('en-US')} with biases`, (stated - (h * h + h) - (h * MNIST.classes + MNIST.classes) - h) / h);
    record(`input size giving ${stated.toLocaleString('en-US')} without biases`, (stated - h * h - h * MNIST.classes) / h);
    judge.holds({ label: 'counter equals tfjs-layers on the built model', holds: counted === byTfjs, values: { counted, byTfjs } });
    judge.value({ label: 'parameters', measured: byTfjs, asserted: stated });
  },
});

const literature = (id: string, quote: string, statement: string, reason: string) =>
  defineClaim({ id: `why-deep-learning-works/${id}`, source: { file, quote }, statement, kind: 'not-checkable', reason });

export const magnified = literature('fig-20-14-magnified-perturbation', '中间图，为了可见性放大了 10 倍',
  'In figure 20.14 the perturbation is shown magnified ten times for visibility.',
  'A plotting choice of the original figure (how the perturbation is displayed), not a quantity any computation derives.');
export const magnitudeBased = literature('fig-20-15-magnitude-pruning-usual', '这通常基于权重的幅值来进行',
  'Pruning is usually based on the magnitude of the weights.',
  'A statement about common practice; no computation measures what is usual.');
export const fineTuneAfter = literature('fig-20-15-fine-tune-after-pruning', '剪枝后，网络通常需要进行细微调整',
  'After pruning the network usually needs some fine-tuning.',
  'A statement about common practice; whether fine-tuning helps is an experiment (part 2).');
