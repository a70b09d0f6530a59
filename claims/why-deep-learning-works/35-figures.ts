// § 附图
// The captions: figure 20.2's four MNIST-1D networks (1-4 hidden layers of 298, 100, 75, 63 units;
// the caption prints 15208, 15210, 15235 and 15139 parameters, the last of which the 4-layer net does not have); figure 20.3's ImageNet models have 10 to 100 times as many
// parameters as training examples; figure 20.6's 750-dimensional subspace is 0.4% of a two-hidden-
// layer 200-unit MNIST network; figure 20.12's network of the same shape has 198,450 parameters.
// How we test it: every network rebuilt in tfjs-layers and counted (weights and biases), cross-checked
// against the counter; the ratios against ImageNet-1k's training set and the subspace share
// recomputed. Readings tried where a count matches none are recorded. What would refute it: a count
// that differs, a ratio or share outside what is written. The training outcomes are part 2's.
import { above, absolute, below, defineClaim, exactly, writeQuote, type EvidenceView, noLessThan } from '../../src/claim/index.js';
import { countParams, mlpLayers } from '../../src/nets/count/architectures.js';
import { countWithTfjs, mlpModel } from '../../src/nets/build/architecture-tfjs.js';
import { cnnModel } from '../../src/nets/count/cnn-graph.js';
import { countReadings, FIG_20_3_MODELS, FIG_20_3_VARIANTS } from '../../src/nets/count/imagenet-models.js';
import { denseParamCount } from '../../src/nets/count/param-count.js';
import { AMOEBANET_PUBLISHED_PARAMS, IMAGENET_1K, MNIST } from '../../src/nets/published/sizes.js';
import { MNIST1D_DEFAULTS } from '../../src/datasets/mnist1d-params.js';
import { fitConditions, judgeSlower } from '../../src/nets/experiments/zero-error-fits.js';
import { deeperObserved, fig202Runs, judgeDeeperFaster } from '../../src/nets/experiments/random-label-fits-by-depth.js';
import { RANDOM_DATA_EVERY, RANDOM_DATA_SCALE, randomDataFits, randomDataReading, slowerObserved } from '../../src/experiments/random-data-fits.js';

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
  scope: 'forall',
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
const tenToHundredQuote = '作为卷积网的过参数化（相对于数据集大小的倍数）的函数，ImageNet 的性能展示了大部分模型的参数是训练样例的 {lo:int} 至 {hi:int} 倍';
/** The share of the counts whose parameters per ImageNet training image lie in [lo, hi]. */
const ratioShare = (counts: readonly number[], lo: number, hi: number) => counts.filter((p) => p / IMAGENET_1K.train >= lo && p / IMAGENET_1K.train <= hi).length / counts.length;

const SHARE = 'share of models in the text\'s range of parameters per training image';

export const fig203Ratios = defineClaim({
  id: 'why-deep-learning-works/fig-20-3-ten-to-hundred-times',
  source: { file, quote: tenToHundredQuote },
  statement: 'Most of the ImageNet models in figure 20.3 have {lo} to {hi} times as many parameters as training examples.',
  reading: 'The models of the families the caption names, rebuilt from their published configurations: ResNet-18/34/50/101/152, ResNeXt-50 (32x4d), ResNeXt-101 (32x8d), DenseNet-121/161/169/201, Xception, EfficientNet-B0..B7, and the Inceptions of Szegedy et al. (2017), Inception-v4 and Inception-ResNet-v2 (22 models). AmoebaNet is not rebuilt (its evolved cells are not encoded); its published counts enter only a recorded reading. Count = weights, biases, BN scale and shift, classifier included, no auxiliary heads. Ratio = parameters / 1,281,167 ImageNet-1k training images; "10 to 100" taken literally (ends included); "most" = more than half. Each CnnGraph model is also built in tfjs-layers and its trainable count must equal the counter\'s (quick: Xception and EfficientNet-B0; standard and full: every CnnGraph model and variant). Other readings recorded: without classifier, without BN, with BN running statistics (Keras\'s "total params"), Inception-v3 added, auxiliary heads, published AmoebaNets added.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: noLessThan(0.5, '"most" read as "more than half": the share must reach one half'),
  timeLimit: { quick: 60, standard: 300, full: 600 },
  correction: (e) => ({ replace: { span: writeQuote(tenToHundredQuote, e.slots.values), text: writeQuote(tenToHundredQuote, e.slots.values).replace('大部分模型', `约 ${Math.round(100 * measured(e, SHARE))}% 的模型`) } }),
  // 1: every CnnGraph model is built in tfjs-layers; 0: only the quick set below.
  scale: { quick: { buildAll: 0 }, standard: { buildAll: 1 }, full: { buildAll: 1 } },
  check: ({ tf, judge, record, scaled, slots }) => {
    const [lo, hi] = [slots.int('lo'), slots.int('hi')];
    const quickSet = ['Xception', 'EfficientNet-B0'];
    const toBuild = [...FIG_20_3_MODELS, ...FIG_20_3_VARIANTS].filter((m) => m.graph && (scaled.buildAll === 1 || quickSet.includes(m.name)));
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
      'without classifier': ratioShare(readings.map((r) => r.noClassifier), lo, hi),
      'without BN': ratioShare(readings.map((r) => r.noBatchNorm), lo, hi),
      'with BN running statistics (Keras total)': ratioShare(readings.map((r) => r.withBnBuffers), lo, hi),
      'Inception-v3 added': ratioShare([...main, countParams(FIG_20_3_VARIANTS[0]!.layers())], lo, hi),
      'auxiliary heads on the Inceptions': ratioShare(FIG_20_3_MODELS.map((m, i) => (auxOf(m.name) ? countParams(auxOf(m.name)!.layers()) : main[i]!)), lo, hi),
      'published AmoebaNets added': ratioShare([...main, ...Object.values(AMOEBANET_PUBLISHED_PARAMS)], lo, hi),
    }).forEach(([reading, share]) => record(`share with ${lo} to ${hi} parameters per image, ${reading}`, +share.toFixed(3)));
    record(`models below ${lo} parameters per image`, FIG_20_3_MODELS.filter((_, i) => main[i]! / IMAGENET_1K.train < lo).map((m) => m.name).join(', '));
    judge.value({ label: SHARE, measured: ratioShare(main, lo, hi) });
  },
});

const MNIST_200 = [MNIST.side ** 2, 200, 200, MNIST.classes];

export const fig206Share = defineClaim({
  id: 'why-deep-learning-works/fig-20-6-subspace-share',
  source: { file, quote: '在这个子空间为 {dim:int}D（即内在维度）时，性能可达到无约束模型性能的 {performance:percent}，仅占原始参数的 {share:percent}' },
  statement: 'A {dim}-dimensional subspace is only {share} of the parameters of the two-hidden-layer, 200-unit MNIST network.',
  reading: 'The network of the caption: MNIST\'s 784 inputs, two hidden layers of 200 units, 10 outputs, weights and biases (Li et al. 2018a\'s fully connected MNIST net), built in tfjs-layers and counted. Share = {dim} / parameters (the {dim} is the caption\'s measured intrinsic dimension, an input here). "{share}" is read to the significant figures written.',
  kind: 'arithmetic',
  scope: 'forall',
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
  scope: 'forall',
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

// The text: figure 20.2, full-batch gradient descent from He initialisation, no momentum or
// regularisation, fits 4,000 MNIST-1D examples with random labels with all four nets of 1-4 hidden
// layers, the deeper ones in fewer epochs; figure 20.1, Gaussian inputs are fitted more slowly than
// real data and random labels more slowly still. How we test it: the caption's four nets rebuilt and
// trained by plain full-batch descent on seeded random-label MNIST-1D until every training point is
// classified (or a step cap); the random-data controls of src/datasets/mnist1d-random.ts timed to
// zero training error. What would refute it: a net that does not reach zero training error, a deeper
// net needing more steps, random labels fitted no more slowly than Gaussian inputs.
const FIG202_LR = 0.25;

export const fig202FitAndDepth = defineClaim({
  id: 'why-deep-learning-works/fig-20-2-random-labels-fitted-deeper-faster',
  replicates: { citation: '图 20.2' },
  source: { file, quote: '所有模型均成功训练，但深层模型需要的训练周期更少' },
  statement: 'In figure 20.2 all four nets (1-4 hidden layers) reach zero training error on MNIST-1D with random labels under full-batch gradient descent, and the deeper nets need fewer epochs.',
  reading: `The caption's nets (40 inputs, hidden layers of 298 / 100,100 / 75,75,75 / 63x4 ReLU units, 10 outputs, weights and biases), He initialisation (N(0, 2/fan_in) exactly, zero biases), plain full-batch gradient descent on the mean softmax cross-entropy, no momentum, no regularisation, seeded MNIST-1D with its training labels randomly permuted. Scale: n = 1000 examples at every budget and a step cap per budget (quick 1500, standard 3000, full 3000); one epoch = one step; seeds (one data draw and one initialisation per net each) quick 5, standard 5, full 8 (full spends its budget on seeds, not on 1,500 examples: 8 seeds at 1,500 did not finish in 30 minutes on a loaded machine). Step size ${FIG202_LR}, not the caption's 0.0025: on the mean loss 0.0025 would need ~10^5+ steps per net to fit even 500 examples (the caption's rate is run on 50-150 examples by why-deep-learning-works/deeper-nets-train-in-fewer-iterations), and on the summed loss (0.0025 x 4000 = 10 on the mean) the 3- and 4-layer nets diverged to NaN. ${FIG202_LR} is a small constant step in the gradient-flow sense the text intends (no schedule, no momentum). Judged: per depth and seed, training accuracy reaches 1 within the cap (a fact of each run); and (gated, paired by seed) for 2, 3 and 4 layers (where = layers) the mean over seeds of ln(steps to fit / (steps one layer fewer - one evaluation interval)) below 0, every run required to have fitted (a run cut off by the cap decides nothing); Bonferroni over the 3 depth steps. The evaluation interval is an equivalence margin, declared in session 9 before any run of this design: a deeper net within one interval of the shallower one (a plain log ratio within about +-every/steps) or slower reads "not fewer", so a null depth step is decided once its interval clears 0, which bounds the speed-up below one interval (the margin is the measurement's resolution, so the tie gate asks for no second one). The first design (one seed, each depth step a single-run fact) could not refute at any budget (final referee pass, part 2 item 185); the second (the plain log ratio below 0, no margin) could never report the 4-against-3-layer null, 145-175 steps each at quick (session-8 review, item 95), since a null result needed a positive control it did not have. The 2-against-1-layer step runs the other way at the caption's rate on 50 examples (why-deep-learning-works/deeper-nets-train-in-fewer-iterations: 2 layers slower there): the depth ordering of this proxy depends on its scale and step size, so each result is stated with its scale. Until session 10 quick trained on 500 examples, where the 3- and 4-layer nets tie (session-9 referee, 6 seeds evaluated every step: ln ratio +0.011 +- 0.046, against -0.106 +- 0.053 on 1000 examples over 4 seeds), so its "not reproduced" (quick run seed 1) was an artefact of the smaller scale, not a result at the claim's own scale; every budget now trains on the 1000 examples at which standard and full judge it. Scope forall: '所有模型……深层模型需要的训练周期更少' is stated outright of the figure's nets. A replication of figure 20.2 at MNIST-1D scale (1000 examples, not 4,000; a 100x larger step), so the result reads as reproduced or not reproduced at this scale.`,
  kind: 'experiment',
  scope: 'forall',
  judgements: 3,
  decidingBudget: { budget: 'full', why: 'on 1000 examples (session-9 referee, 4 seeds, every step evaluated) the plain log ratios are -0.61 +- 0.10 (2 against 1 layers), -0.12 +- 0.09 (3 against 2) and -0.106 +- 0.053 (4 against 3); with the margin of one interval and Bonferroni over 3 steps, 5 seeds leave the last two intervals about as wide as their distance from 0, while full\'s 8 seeds narrow them by about 1.6x: full is the budget likely to decide them' },
  tolerance: below(0, '"深层模型需要的训练周期更少": fewer steps to zero training error than one layer fewer (a log ratio below 0)'),
  correction: (e) => deeperObserved(e.observations, `在 MNIST-1D 随机标签、学习率 ${FIG202_LR} 的全批量梯度下降复现中`, e.records['examples (random labels) / step cap / evaluation interval / seeds']),
  timeLimit: { quick: 600, standard: 900, full: 1800 },
  scale: { quick: { n: 1000, cap: 1500, every: 5, seeds: 5 }, standard: { n: 1000, cap: 3000, every: 10, seeds: 5 }, full: { n: 1000, cap: 3000, every: 10, seeds: 8 } },
  check: ({ tf, judge, scaled, seeds: streams, record }) => {
    // The 3- and 4-layer nets fit tens of steps apart on 1000 examples (session-9 referee: 4 layers 23-59
    // steps faster; session 10, quick run seed 1: from 40 faster to 85 slower): a 5- or 10-step interval resolves that.
    const { n, cap, every, seeds } = scaled;
    record('examples (random labels) / step cap / evaluation interval / seeds', `${n} / ${cap} / ${every} / ${seeds}`);
    record('learning rate (mean cross-entropy)', FIG202_LR);
    const bySeed = streams.replicates('replicate', seeds).map((seed) => fig202Runs(tf, { n, lr: FIG202_LR, cap, every, seed }));
    bySeed.forEach((runs, i) => {
      record(`seed ${i}: steps to zero training error, 1 / 2 / 3 / 4 layers`, runs.map((r) => r.fitStep ?? `>${cap}`).join(' / '));
      for (const r of runs) judge.holds({ label: 'zero training error within the cap', holds: r.fitStep !== null, values: { finalTrainAcc: r.finalTrainAcc }, where: { layers: r.layers, seed: i } });
    });
    judgeDeeperFaster(judge, bySeed, cap, every);
  },
});

export const fig201RandomLabelsSlowest = defineClaim({
  id: 'why-deep-learning-works/fig-20-1-random-labels-slower-than-gaussian-inputs',
  replicates: { citation: 'Zhang et al. (2017a)' },
  source: { file, quote: '当标签随机化后，模型的拟合过程进一步放缓' },
  statement: 'Random labels are fitted more slowly than Gaussian random inputs (which are fitted more slowly than the real data).',
  reading: 'The phenomenon of figure 20.1 (AlexNet on CIFAR-10), reproduced at MNIST-1D scale: a 40-128-10 ReLU net (He init), full-batch Adam (lr 0.003), on n seeded MNIST-1D training examples (quick 500, standard 1000, full 1000) with (a) inputs replaced by i.i.d. N(0, 1) (the data\'s mean and variance) and (b) the labels permuted; the same seed draws the data and the net in both. Measured: steps to zero training error (evaluated every 5 steps). Judged per seed: random labels take strictly more steps than Gaussian inputs. (The comparison with real data is why-deep-learning-works/random-data-fitted-more-slowly-labels and -inputs.) Seeds: quick 2, standard 4, full 8; step cap quick 1000, standard 3000, full 3000. Scope forall: the caption states it outright. Source numbers: a replication of figure 20.1 (改编自 Zhang et al. (2017a)) at MNIST-1D scale, checked against the direction its caption states; no number read off the figure enters the check, so the result reads as reproduced or not reproduced at this scale.',
  kind: 'experiment',
  scope: 'forall',
  tolerance: exactly('an ordering of two measured step counts per seed'),
  correction: (e) => `（在 MNIST-1D 上，随机标签并不比高斯输入拟合得更慢：${e.observations.filter((o) => o.outcome === 'outside').map((o) => JSON.stringify(o.values)).join('；')}）`,
  scale: { quick: { seeds: 2, n: 500, cap: 1000 }, standard: { seeds: 4, n: 1000, cap: 3000 }, full: { seeds: 8, n: 1000, cap: 3000 } },
  check: ({ tf, judge, scaled, seeds: streams, record }) => {
    const seeds = scaled.seeds;
    const n = scaled.n;
    const cap = scaled.cap;
    record('examples / seeds / step cap', `${n} / ${seeds} / ${cap}`);
    const runs = fitConditions(tf, { net: { sizes: [40, 128, 10], phi: 'relu', weightVariance: 2 }, conditions: ['gaussian inputs', 'random labels'], seeds: streams.replicates('replicate', seeds), nTrain: n, train: { optimizer: 'adam', lr: 0.003, steps: cap, evalEvery: 5 } });
    for (let i = 0; i < seeds; i++) {
      const [g, r] = [runs[2 * i]!, runs[2 * i + 1]!];
      record(`seed ${i}: steps to fit, Gaussian inputs / random labels`, `${g.fitStep ?? `>${cap}`} / ${r.fitStep ?? `>${cap}`}`);
      judge.holds({ label: 'Gaussian inputs fitted within the cap', holds: g.fitStep !== null, values: { finalTrainAcc: g.finalTrainAcc }, where: { seed: i } });
      if (g.fitStep === null) continue;
      judge.holds({ label: 'random labels need more steps than Gaussian inputs', holds: r.fitStep === null || r.fitStep > g.fitStep, values: { gaussianInputs: g.fitStep, randomLabels: r.fitStep ?? -1 }, where: { seed: i } });
    }
  },
});

export const fig201Setup = defineClaim({
  id: 'why-deep-learning-works/fig-20-1-alexnet-cifar10',
  source: { file, quote: '训练在 CIFAR-10 数据集上的 AlexNet 架构所得的损失' },
  statement: 'Figure 20.1 shows the losses of AlexNet trained on CIFAR-10.',
  kind: 'not-checkable',
  reason: "Describes the data behind a figure adapted from Zhang et al. (2017a): AlexNet on CIFAR-10, which this project cannot train. The figure's phenomena are reproduced at MNIST-1D scale by why-deep-learning-works/random-data-fitted-more-slowly-labels, why-deep-learning-works/random-data-fitted-more-slowly-inputs, why-deep-learning-works/fig-20-1-gaussian-inputs-fitted-more-slowly and why-deep-learning-works/fig-20-1-random-labels-slower-than-gaussian-inputs.",
});

export const fig202CaptionSetup = defineClaim({
  id: 'why-deep-learning-works/fig-20-2-caption-setup',
  source: { file, quote: '利用完全批量梯度下降、He 初始化（He initialization）、无动量或正则化，以及 0.0025 的学习率' },
  statement: 'Figure 20.2: four fully connected nets were fitted to 4,000 MNIST-1D examples with random labels by full-batch gradient descent, He initialisation, no momentum or regularisation and learning rate 0.0025.',
  kind: 'not-checkable',
  reason: "Describes how the book's figure was made. Its nets' sizes are checked by why-deep-learning-works/fig-20-2-{1,2,3,4}-layer-param-count; the experiment is rerun with exactly these settings (on fewer examples, see its reading) by why-deep-learning-works/fig-20-2-text-learning-rate-fits-random-labels.",
});

export const fig204Setup = defineClaim({
  id: 'why-deep-learning-works/fig-20-4-setup',
  source: { file, quote: '一个具有每层 200 个隐藏单元的三层全连接网络在使用 AdamW、一位热目标（one-hot targets）和均方误差损失（mean-squared error loss）训练的 1000 个' },
  statement: 'Figure 20.4: a three-layer fully connected net with 200 hidden units per layer was trained on 1,000 MNIST examples with AdamW, one-hot targets and mean squared error.',
  kind: 'not-checkable',
  reason: "Describes Liu et al. (2023c)'s MNIST setup, which this project cannot rerun on MNIST; the same net, targets and loss are trained on MNIST-1D by why-deep-learning-works/larger-init-slower-but-fits.",
});

export const fig201GaussianSlowerButFitted = defineClaim({
  id: 'why-deep-learning-works/fig-20-1-gaussian-inputs-fitted-more-slowly',
  replicates: { citation: 'Zhang et al. (2017a)' },
  source: { file, quote: '当像素从一个与原始数据有相同均值和方差的高斯随机分布中抽取时，尽管速度更慢，但模型仍然能够拟合' },
  statement: 'When the inputs are drawn from a Gaussian with the data\'s mean and variance, the model fits more slowly but still fits.',
  reading: `The phenomenon of figure 20.1 (AlexNet on CIFAR-10), reproduced at MNIST-1D scale on the runs of src/experiments/random-data-fits.ts, which the main text's statement of the same result (why-deep-learning-works/random-data-fitted-more-slowly-inputs) also judges (until session 9 this claim trained its own 5 seeds of the same design). ${randomDataReading} Judged: per seed, the Gaussian inputs are fitted within the cap; and (gated, paired by seed) the mean over seeds of ln(steps to fit on Gaussian inputs / steps on real inputs) above 0 (strictly more steps), with resolution ${RANDOM_DATA_EVERY} steps over the real inputs' fastest fit (one evaluation interval), each run required to have reached 100% training accuracy (a run cut off by the cap decides nothing), at least 3 seeds before a refutation; a null result (an interval containing 0) has no positive control here and stays undecided. Scope forall: the caption states it outright. Source numbers: a replication of figure 20.1 (改编自 Zhang et al. (2017a)) at MNIST-1D scale, checked against the direction its caption states; no number read off the figure enters the check, so the result reads as reproduced or not reproduced at this scale.`,
  kind: 'experiment',
  scope: 'forall',
  shares: [randomDataFits.key],
  decidingBudget: { budget: 'standard', why: 'quick decides it at seed 1; should another seed leave it undecided, standard decides it: standard repeats the 5 seeds with a higher step cap' },
  tolerance: above(0, '"尽管速度更慢": strictly more steps to zero training error than on the real inputs (a log ratio above 0)'),
  correction: (e) => slowerObserved(e, 'gaussian inputs'),
  timeLimit: { quick: 300, standard: 900, full: 1800 },
  scale: RANDOM_DATA_SCALE,
  check: (ctx) => {
    const { n, cap, seeds } = RANDOM_DATA_SCALE[ctx.budget];
    ctx.record('examples / seeds / step cap', `${n} / ${seeds} / ${cap}`);
    const runs = randomDataFits.of(ctx, undefined).filter((r) => r.condition !== 'random labels');
    const [real, gaussian] = [runs.filter((r) => r.condition === 'real'), runs.filter((r) => r.condition === 'gaussian inputs')];
    gaussian.forEach((g, i) => {
      ctx.record(`seed ${i}: steps to fit, real / Gaussian inputs`, `${real[i]!.fitStep ?? `>${cap}`} / ${g.fitStep ?? `>${cap}`}`);
      ctx.judge.holds({ label: 'Gaussian inputs fitted within the cap', holds: g.fitStep !== null, values: { finalTrainAcc: g.finalTrainAcc }, where: { seed: i } });
    });
    judgeSlower(ctx.judge, runs, ['real', 'gaussian inputs'], cap, RANDOM_DATA_EVERY);
  },
});
