// § 20.1.1 训练 (the paragraph on AlexNet and GPT-3)
// The text: AlexNet (60 million parameters, about 1 million images with 2048 transformations each)
// and GPT-3 (175 billion parameters, 300 billion tokens) were both trained successfully, whether or
// not they are over-parameterised. How we test it: the parameter counts are rebuilt from the
// published architectures, the data counts read from the papers; the rest is not checkable.
import { absolute, defineClaim, exactly, type EvidenceView } from '../../src/claim/index.js';
import { alexnetLayers, countParams } from '../../src/nets/count/architectures.js';
import { GPT3_175B, gptLayers } from '../../src/nets/count/transformers.js';
import { alexnetModel, countLayersWithTfjs, countWithTfjs } from '../../src/nets/build/architecture-tfjs.js';
import { ALEXNET_AUGMENTATION, GPT3_MIX, IMAGENET_1K } from '../../src/nets/published/sizes.js';

const file = 'why-deep-learning-works.md';
const measured = (e: EvidenceView, label: string) => e.observations.find((o) => o.label === label)?.measured ?? NaN;

export const unsurprisingIfOverparameterised = defineClaim({
  id: 'why-deep-learning-works/success-unsurprising-with-many-parameters',
  source: { file, quote: '参数远超训练数据时，这种成功似乎不足为奇' },
  statement: 'When parameters far outnumber training data, this success seems unsurprising.',
  kind: 'not-checkable',
  reason: 'A statement about what seems surprising, not a property a computation can measure.',
});

export const debatable = defineClaim({
  id: 'why-deep-learning-works/overparameterisation-debatable',
  source: { file, quote: '但这种情况是否普遍存在还有待商榷' },
  statement: 'Whether that situation (far more parameters than training data) is common is debatable.',
  kind: 'not-checkable',
  reason: 'A judgement about the state of a debate; the parameter-to-data ratios of the two examples that follow are computed by why-deep-learning-works/alexnet-gpt3-overparameterisation-unsettled.',
});

export const alexnetParams = defineClaim({
  id: 'why-deep-learning-works/alexnet-param-count',
  source: { file, quote: 'AlexNet 拥有 {n:int} 万参数' },
  statement: 'AlexNet has {n} × 10^4 (万) parameters.',
  reading: 'AlexNet as published (Krizhevsky, Sutskever & Hinton 2012, section 3.5 and figure 2): conv 11x11/4 96, 5x5 256, 3x3 384, 384, 256, fc 4096, 4096, 1000, biases on every layer, conv2/conv4/conv5 split into the paper\'s two GPU groups (each sees half the input channels), fc6 over conv5\'s 6x6x256 output. Trainable parameters only. "6000 万" is read as 6 x 10^7 written to one significant figure (its zeros are place holders). The single-tower variant without groups is recorded: the verdict does not depend on it. Cross-check: the same counter on AlexNet with every width divided by 8 (full size at the full budget) against the trainable weights tfjs-layers allocates for the wired two-tower model.',
  kind: 'architecture',
  scope: 'forall',
  tolerance: absolute(5e6, 'one significant figure: every count from 55 to 65 million rounds to 6000 万'),
  correction: (e) => `AlexNet 拥有约 ${(measured(e, 'parameters') / 1e4).toFixed(0)} 万参数`,
  scale: { quick: { divisor: 8 }, standard: { divisor: 8 }, full: { divisor: 1 } },
  check: ({ tf, judge, record, scaled, slots }) => {
    const count = countParams(alexnetLayers({ grouped: true }));
    const divisor = scaled.divisor;
    const small = { grouped: true, widthDivisor: divisor };
    const counted = countParams(alexnetLayers(small));
    const byTfjs = countWithTfjs(() => alexnetModel(tf, small));
    record('cross-check width divisor', divisor);
    record('single-tower AlexNet (no groups)', countParams(alexnetLayers({ grouped: false })));
    judge.holds({ label: 'counter equals tfjs-layers on the wired model', holds: counted === byTfjs, values: { counted, byTfjs } });
    judge.value({ label: 'parameters', measured: count, asserted: slots.int('n') * 1e4 });
  },
});

export const alexnetImages = defineClaim({
  id: 'why-deep-learning-works/alexnet-training-images',
  source: { file, quote: '训练了约 {n:int} 万个数据点' },
  statement: 'AlexNet was trained on about {n} × 10^4 (万) data points.',
  reading: 'AlexNet was trained on the ILSVRC-2012 training set (Krizhevsky et al. 2012, section 2), 1,281,167 images (Russakovsky et al. 2015). "约 100 万" is read to one significant figure.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: absolute(5e5, 'one significant figure: 0.5 to 1.5 million round to 100 万'),
  correction: (e) => `训练了约 ${Math.round(measured(e, 'training images') / 1e5) * 10} 万个数据点`,
  check: ({ judge, slots }) => {
    judge.value({ label: 'training images', measured: IMAGENET_1K.train, asserted: slots.int('n') * 1e4 });
  },
});

const { imageSide, cropSide, inputSide, reflections } = ALEXNET_AUGMENTATION;

export const augmentationAsCounted = defineClaim({
  id: 'why-deep-learning-works/alexnet-augmentation-factor-reading-a',
  primary: { why: '2048 is the count Krizhevsky et al. (2012, section 4.1) give, (256 − 224)² × 2; the sentence reports their figure' },
  source: { file, quote: '且每个训练样本增加了 {n:int} 个变换' },
  statement: 'AlexNet\'s augmentation turned each training example into {n} transformed versions.',
  reading: 'Reading A (one of two; reading B is why-deep-learning-works/alexnet-augmentation-factor-reading-b): the paper\'s own count (Krizhevsky et al. 2012, section 4.1): a 224x224 crop of a 256x256 image has 256 - 224 = 32 offsets along each axis, times 2 for the horizontal reflection.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: exactly('a count of transformations: an integer, exact'),
  correction: (e) => `且每个训练样本增加了 ${measured(e, 'transformations per example')} 个变换`,
  check: ({ judge, slots }) => {
    judge.value({ label: 'transformations per example', measured: (imageSide - cropSide) ** 2 * reflections, asserted: slots.int('n') });
  },
});

export const augmentationDistinctCrops = defineClaim({
  id: 'why-deep-learning-works/alexnet-augmentation-factor-reading-b',
  alternativeOf: 'why-deep-learning-works/alexnet-augmentation-factor-reading-a',
  source: { file, quote: '且每个训练样本增加了 {n:int} 个变换' },
  statement: 'AlexNet\'s augmentation turned each training example into {n} distinct transformed versions.',
  reading: 'Reading B (one of two; reading A is why-deep-learning-works/alexnet-augmentation-factor-reading-a): every distinct crop the procedure can produce. A 224-pixel window fits at offsets 0..32 of a 256-pixel side, 33 positions per axis, times 2 reflections. The 227-pixel input that the network\'s layer sizes actually require (55 = (227 - 11)/4 + 1) is recorded: 30 positions per axis.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: exactly('a count of distinct crops: an integer, exact'),
  correction: (e) => `且每个训练样本可取 ${measured(e, 'distinct crops and reflections per example')} 个不同的裁剪与翻转（论文按 32×32×2 = 2048 计）`,
  check: ({ judge, record, slots }) => {
    record('distinct crops at the 227-pixel input', (imageSide - inputSide + 1) ** 2 * reflections);
    judge.value({ label: 'distinct crops and reflections per example', measured: (imageSide - cropSide + 1) ** 2 * reflections, asserted: slots.int('n') });
  },
});

// A scaled-down GPT (same block structure) to cross-check the counter in tfjs-layers.
const SMALL_GPT = { layers: 2, dModel: 128, heads: 1, context: 2048, vocab: GPT3_175B.vocab } as const;

function gptCheck(tf: Parameters<typeof countLayersWithTfjs>[0], judge: { holds: (j: { label: string; holds: boolean; values?: Record<string, number> }) => boolean }): void {
  const layers = gptLayers({ ...SMALL_GPT, tiedEmbeddings: false });
  const counted = countParams(layers);
  const byTfjs = countLayersWithTfjs(tf, layers);
  judge.holds({ label: 'counter equals tfjs-layers, layer by layer, on a 2-block d=128 GPT', holds: counted === byTfjs, values: { counted, byTfjs } });
}

const gptConfig = 'GPT-3 175B as published (Brown et al. 2020, table 2.1): 96 blocks, d_model 12288, 96 heads of 128, context 2048, feed-forward width 4 d_model, the GPT-2 vocabulary of 50257 tokens; per block two layer norms, fused q/k/v and output projections and the two MLP matrices, all with biases; learned position embeddings; a final layer norm.';

export const gpt3Total = defineClaim({
  id: 'why-deep-learning-works/gpt3-param-count-reading-a',
  primary: { why: '1750 亿 is GPT-3\'s published total parameter count (Brown et al. 2020), embeddings included' },
  source: { file, quote: 'GPT-3 则有 {n:int} 亿参数' },
  statement: 'GPT-3 has {n} × 10^8 (亿) parameters.',
  reading: `Reading A (one of two; reading B is why-deep-learning-works/gpt3-param-count-reading-b): all parameters, embeddings included, the output projection tied to the token embedding (as in GPT-2, whose design GPT-3 keeps). ${gptConfig} "1750 亿" is read to its three significant digits (175). The untied count (a separate output matrix) is recorded.`,
  kind: 'architecture',
  scope: 'forall',
  tolerance: absolute(5e8, 'three significant digits (1750 亿 = 175.0 billion): 174.5 to 175.5 billion'),
  correction: (e) => `GPT-3 则有约 ${(measured(e, 'parameters') / 1e8).toFixed(0)} 亿参数`,
  check: ({ tf, judge, record, slots }) => {
    gptCheck(tf, judge);
    record('with an untied output matrix', countParams(gptLayers({ ...GPT3_175B, tiedEmbeddings: false })));
    judge.value({ label: 'parameters', measured: countParams(gptLayers(GPT3_175B)), asserted: slots.int('n') * 1e8 });
  },
});

export const gpt3NonEmbedding = defineClaim({
  id: 'why-deep-learning-works/gpt3-param-count-reading-b',
  alternativeOf: 'why-deep-learning-works/gpt3-param-count-reading-a',
  source: { file, quote: 'GPT-3 则有 {n:int} 亿参数' },
  statement: 'GPT-3 has {n} × 10^8 (亿) parameters, counting (as in scaling-law work) only the non-embedding parameters.',
  reading: `Reading B (one of two; reading A is why-deep-learning-works/gpt3-param-count-reading-a): the non-embedding count N of Kaplan et al. (2020), which leaves out the token and position embeddings. ${gptConfig} "1750 亿" is read to its three significant digits.`,
  kind: 'architecture',
  scope: 'forall',
  tolerance: absolute(5e8, 'three significant digits (1750 亿 = 175.0 billion): 174.5 to 175.5 billion'),
  correction: (e) => `GPT-3 则有约 ${(measured(e, 'non-embedding parameters') / 1e8).toFixed(0)} 亿非嵌入参数（连同嵌入层约 ${(Number(e.records['all parameters, embeddings included']) / 1e8).toFixed(0)} 亿）`,
  check: ({ tf, judge, record, slots }) => {
    gptCheck(tf, judge);
    record('12 L d^2 (the usual approximation)', 12 * GPT3_175B.layers * GPT3_175B.dModel ** 2);
    record('all parameters, embeddings included', countParams(gptLayers(GPT3_175B)));
    judge.value({ label: 'non-embedding parameters', measured: countParams(gptLayers({ ...GPT3_175B, embeddings: false })), asserted: slots.int('n') * 1e8 });
  },
});

const tokensSeen = () => GPT3_MIX.reduce((s, d) => s + d.tokensBillions * d.epochs, 0) * 1e9;

export const gpt3Tokens = defineClaim({
  id: 'why-deep-learning-works/gpt3-training-tokens',
  source: { file, quote: '训练了 {n:int} 亿个 token' },
  statement: 'GPT-3 was trained on {n} × 10^8 (亿) tokens.',
  reading: 'Tokens seen in training, recomputed from Brown et al. (2020), table 2.2: the sum over the five data sets of their size in tokens times the epochs elapsed on each. The table\'s epochs have two significant figures, so the sum carries a few per cent of rounding. "3000 亿" is read to one significant figure.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: absolute(5e10, 'one significant figure: 250 to 350 billion round to 3000 亿'),
  correction: (e) => `训练了约 ${(measured(e, 'tokens seen') / 1e8).toFixed(0)} 亿个 token`,
  check: ({ judge, record, slots }) => {
    GPT3_MIX.forEach((d) => record(`${d.name}: tokens seen (billions)`, +(d.tokensBillions * d.epochs).toFixed(2)));
    judge.value({ label: 'tokens seen', measured: tokensSeen(), asserted: slots.int('n') * 1e8 });
  },
});

export const overparameterisationUnsettled = defineClaim({
  id: 'why-deep-learning-works/alexnet-gpt3-overparameterisation-unsettled',
  source: { file, quote: '这两个模型是否过参数化尚无定论' },
  statement: 'Whether AlexNet and GPT-3 are over-parameterised is not settled by counting: their parameters are neither far above nor far below their training data under every way of counting it.',
  reading: 'Parameters per training item, with the rebuilt counts (AlexNet 60,965,224; GPT-3 174,604,259,328) against the published data: AlexNet per ImageNet-1k training image, and per augmented example (x 2048, the paper\'s count); GPT-3 per training token (table 2.2, recomputed). "Not settled" holds if AlexNet\'s two ratios fall on opposite sides of 1 and GPT-3\'s lies within a factor of 10 of 1.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: exactly('orderings of exact ratios: a ratio on the wrong side of its threshold refutes'),
  correction: (e) => {
    const v = e.observations.map((o) => o.values ?? {});
    return `AlexNet 每张训练图像约 ${v[0]?.perImage?.toFixed(1)} 个参数（计入 2048 倍增强后为 ${v[0]?.perAugmented?.toFixed(3)}），GPT-3 每个 token ${v[1]?.perToken?.toFixed(2)} 个参数。`;
  },
  check: ({ judge }) => {
    const alex = countParams(alexnetLayers({ grouped: true }));
    const gpt = countParams(gptLayers(GPT3_175B));
    const perImage = alex / IMAGENET_1K.train;
    const perAugmented = alex / (IMAGENET_1K.train * (imageSide - cropSide) ** 2 * reflections);
    const perToken = gpt / tokensSeen();
    judge.holds({ label: 'AlexNet: more parameters than images, fewer than augmented examples', holds: perImage > 1 && perAugmented < 1, values: { perImage, perAugmented } });
    judge.holds({ label: 'GPT-3: parameters per token within a factor of 10 of 1', holds: perToken > 0.1 && perToken < 10, values: { perToken } });
  },
});

export const bothTrained = defineClaim({
  id: 'why-deep-learning-works/alexnet-gpt3-trained-successfully',
  source: { file, quote: '但它们的训练都取得了成功' },
  statement: 'Both AlexNet and GPT-3 were trained successfully.',
  kind: 'not-checkable',
  reason: 'A historical fact about two training runs of the past (ImageNet 2012, GPT-3 2020), reported in their papers; neither run can be repeated here.',
});

