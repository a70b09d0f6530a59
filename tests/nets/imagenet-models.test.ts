import { describe, expect, it } from 'vitest';
import { countReadings, FIG_20_3_MODELS, FIG_20_3_VARIANTS, IMAGENET_CNNS, paramsPerExample } from '../../src/nets/count/imagenet-models.js';
import { countParams, type ParamLayer } from '../../src/nets/count/architectures.js';

describe('IMAGENET_CNNS', () => {
  it('has unique names and builds every model', () => {
    expect(new Set(IMAGENET_CNNS.map((m) => m.name)).size).toBe(IMAGENET_CNNS.length);
    for (const m of IMAGENET_CNNS) expect(countParams(m.layers())).toBeGreaterThan(1e6);
  });

  it('divides each count by the training-set size', () => {
    const r = paramsPerExample(IMAGENET_CNNS.slice(0, 2), 1000);
    r.forEach((x) => expect(x.ratio * 1000).toBeCloseTo(x.params, 6));
  });
});

describe('FIG_20_3_MODELS and countReadings', () => {
  it('has unique names across the figure\'s models and variants', () => {
    const names = [...FIG_20_3_MODELS, ...FIG_20_3_VARIANTS].map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('separates classifier, BN and BN buffers', () => {
    const layers = [
      { kind: 'conv', name: 'c', inChannels: 3, outChannels: 4, kernel: [1, 1], groups: 1, bias: false },
      { kind: 'batchNorm', name: 'b', channels: 4 },
      { kind: 'dense', name: 'fc', inputs: 4, units: 2, bias: true },
    ] as const satisfies readonly ParamLayer[];
    expect(countReadings(layers)).toEqual({ main: 12 + 8 + 10, noClassifier: 20, noBatchNorm: 22, withBnBuffers: 38 });
  });
});
