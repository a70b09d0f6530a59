// The figure 20.3 families: the counter against tfjs-layers on the full-size built models, and
// against the totals their reference implementations print, each under that implementation's
// convention (Keras counts BN's running statistics; its Inceptions have BN without scale).
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { countParams } from '../../src/nets/count/architectures.js';
import { trainableCount } from '../../src/nets/build/architecture-tfjs.js';
import { cnnLayers, cnnModel, type CnnDef } from '../../src/nets/count/cnn-graph.js';
import { EFFICIENTNETS, efficientnet, inceptionResnetV2, inceptionV3, inceptionV4, roundFilters, xception } from '../../src/nets/count/imagenet-families.js';
import { countReadings } from '../../src/nets/count/imagenet-models.js';

beforeAll(async () => { await selectBackend(); });

const bnChannels = (def: CnnDef) => cnnLayers(def).reduce((s, l) => s + (l.kind === 'batchNorm' ? l.channels : 0), 0);
const b0 = efficientnet(EFFICIENTNETS['EfficientNet-B0']);

describe('figure 20.3 families: counter vs tfjs-layers', () => {
  it.each([['Xception', xception, 299], ['EfficientNet-B0', b0, 224], ['Inception-v3 + aux', inceptionV3({ aux: true }), 299]] as const)('%s', (_, def, side) => {
    const before = tf.memory().numTensors;
    const model = cnnModel(tf, def, side);
    try {
      expect(trainableCount(model)).toBe(countParams(cnnLayers(def)));
    } finally {
      model.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('figure 20.3 families: counter vs the reference implementations', () => {
  it('Keras Applications totals (BN running statistics included)', () => {
    expect(countReadings(cnnLayers(xception)).withBnBuffers).toBe(22_910_480);
    // Keras's EfficientNet also stores its input Normalization's mean (3), variance (3) and count (1).
    expect(countReadings(cnnLayers(b0)).withBnBuffers + 7).toBe(5_330_571);
    expect(countReadings(cnnLayers(efficientnet(EFFICIENTNETS['EfficientNet-B7']))).withBnBuffers + 7).toBe(66_658_687);
    // Keras's Inceptions: BN without scale (one trainable vector) plus two running statistics.
    expect(countParams(cnnLayers(inceptionV3())) + bnChannels(inceptionV3())).toBe(23_851_784);
    expect(countParams(cnnLayers(inceptionResnetV2())) + bnChannels(inceptionResnetV2())).toBe(55_873_736);
  });

  it('PyTorch counts (affine BN, no buffers): torchvision Inception-v3 with aux head, timm Inception-v4 and Inception-ResNet-v2', () => {
    expect(countParams(cnnLayers(inceptionV3({ aux: true })))).toBe(27_161_264);
    expect(countParams(cnnLayers(inceptionV4()))).toBe(42_679_816);
    expect(countParams(cnnLayers(inceptionResnetV2()))).toBe(55_843_464);
  });

  it('rounds EfficientNet filters to multiples of 8, never below 90%', () => {
    expect([roundFilters(32, 1), roundFilters(32, 1.1), roundFilters(1280, 2), roundFilters(40, 1.4)]).toEqual([32, 32, 2560, 56]);
    expect(roundFilters(100, 1.0)).toBeGreaterThanOrEqual(90);
  });

  it('rejects wiring whose channels do not match', () => {
    expect(() => cnnLayers((g, x) => [g.add([x, g.conv(x, 8, 1)])])).toThrow(/unequal channels/);
  });
});
