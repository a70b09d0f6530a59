// The architecture counter against tfjs-layers: every family's wired model (scaled down where the
// full model would not fit comfortably), every layer kind on its own, and each config's depth
// against the depth in its name.
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import {
  alexnetLayers, countParams, densenetLayers, depthOf, DENSENETS, layerParams, maxWidth, mlpLayers,
  resnetLayers, RESNETS, RESNEXTS, vggLayers, type ParamLayer,
} from '../../src/nets/count/architectures.js';
import { GPT3_175B, gptLayers } from '../../src/nets/count/transformers.js';
import { alexnetModel, densenetModel, mlpModel, resnetModel, tfjsLayerParams, trainableCount, vggModel } from '../../src/nets/build/architecture-tfjs.js';
import { denseParamCount } from '../../src/nets/count/param-count.js';

beforeAll(async () => { await selectBackend(); });

function sameAsTfjs(layers: ParamLayer[], build: () => { trainableWeights: { shape: readonly (number | null)[] }[]; dispose(): unknown }): void {
  const before = tf.memory().numTensors;
  const model = build();
  try {
    expect(trainableCount(model)).toBe(countParams(layers));
  } finally {
    model.dispose();
  }
  expect(tf.memory().numTensors).toBe(before);
}

describe('architecture counter vs tfjs-layers', () => {
  it.each([[true], [false]])('AlexNet (grouped %s), width / 8', (grouped) => {
    sameAsTfjs(alexnetLayers({ grouped, widthDivisor: 8 }), () => alexnetModel(tf, { grouped, widthDivisor: 8 }));
  });

  it.each([['D', 'imagenet'], ['E', 'imagenet'], ['E', 'cifar']] as const)('VGG %s (%s head), width / 8', (config, head) => {
    sameAsTfjs(vggLayers({ config, head, widthDivisor: 8 }), () => vggModel(tf, { config, head, widthDivisor: 8 }));
  });

  it.each(Object.keys(RESNETS) as (keyof typeof RESNETS)[])('%s, width / 8', (name) => {
    sameAsTfjs(resnetLayers({ ...RESNETS[name], widthDivisor: 8 }), () => resnetModel(tf, { ...RESNETS[name], widthDivisor: 8 }));
  });

  it('ResNet-18 at full width, with and without its classifier', () => {
    sameAsTfjs(resnetLayers(RESNETS['ResNet-18']), () => resnetModel(tf, RESNETS['ResNet-18']));
    sameAsTfjs(resnetLayers({ ...RESNETS['ResNet-18'], classifier: false }), () => resnetModel(tf, { ...RESNETS['ResNet-18'], classifier: false }));
  });

  it('DenseNet-121, width / 8', () => {
    sameAsTfjs(densenetLayers({ ...DENSENETS['DenseNet-121'], widthDivisor: 8 }), () => densenetModel(tf, { ...DENSENETS['DenseNet-121'], widthDivisor: 8 }));
  });

  it('dense stacks, with and without biases, agree with denseParamCount', () => {
    for (const sizes of [[40, 43, 43, 10], [784, 200, 200, 10], [3, 1]]) {
      for (const bias of [true, false]) {
        expect(countParams(mlpLayers(sizes, bias))).toBe(denseParamCount(sizes, { bias }));
        sameAsTfjs(mlpLayers(sizes, bias), () => mlpModel(tf, sizes, bias));
      }
    }
  });

  it('every layer kind, built alone in tfjs, has the counted parameters (grouped convs, GPT blocks, untied unembedding)', () => {
    const layers = [
      ...gptLayers({ layers: 2, dModel: 32, heads: 4, context: 8, vocab: 50, tiedEmbeddings: false }),
      ...resnetLayers({ ...RESNEXTS['ResNeXt-50 (32x4d)'], blocks: [1, 1, 1, 1] }).slice(0, 12),
      ...alexnetLayers({ grouped: true, widthDivisor: 16 }),
    ];
    const before = tf.memory().numTensors;
    for (const l of layers) expect(tfjsLayerParams(tf, l), l.name).toBe(layerParams(l));
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('configurations', () => {
  it('have the depth their names give', () => {
    for (const [name, c] of Object.entries({ ...RESNETS, ...RESNEXTS })) expect(depthOf(resnetLayers(c)), name).toBe(Number(name.match(/-(\d+)/)![1]));
    for (const [name, c] of Object.entries(DENSENETS)) expect(depthOf(densenetLayers(c)), name).toBe(Number(name.split('-')[1]));
    expect(depthOf(vggLayers({ config: 'D', head: 'imagenet' }))).toBe(16);
    expect(depthOf(vggLayers({ config: 'E', head: 'imagenet' }))).toBe(19);
    expect(depthOf(alexnetLayers({ grouped: true }))).toBe(8);
  });

  it('GPT: tying the unembedding and dropping the embeddings change the count by the embedding sizes', () => {
    const tied = countParams(gptLayers(GPT3_175B));
    const untied = countParams(gptLayers({ ...GPT3_175B, tiedEmbeddings: false }));
    const bare = countParams(gptLayers({ ...GPT3_175B, embeddings: false }));
    const d = GPT3_175B.dModel;
    expect(untied - tied).toBe(GPT3_175B.vocab * d);
    expect(tied - bare).toBe((GPT3_175B.vocab + GPT3_175B.context) * d);
    expect(bare).toBe(GPT3_175B.layers * (12 * d * d + 13 * d) + 2 * d);
  });

  it('grouping divides a conv\'s weights by its groups', () => {
    const full = alexnetLayers({ grouped: false });
    const grouped = alexnetLayers({ grouped: true });
    const conv2 = (ls: ParamLayer[]) => layerParams(ls.find((l) => l.name === 'conv2')!);
    expect(conv2(full) - 256).toBe(2 * (conv2(grouped) - 256));
  });

  it('finds the widest hidden layer', () => {
    expect(maxWidth(vggLayers({ config: 'D', head: 'imagenet' }))).toBe(4096);
    expect(maxWidth(resnetLayers(RESNETS['ResNet-50']))).toBe(2048);
  });

  it('rejects convs whose channels the groups do not divide', () => {
    expect(() => layerParams({ kind: 'conv', name: 'x', inChannels: 3, outChannels: 4, kernel: [1, 1], groups: 2, bias: false })).toThrow(/divisible/);
  });
});
