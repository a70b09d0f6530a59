import { describe, expect, it } from 'vitest';
import { IMAGENET_CNNS, paramsPerExample } from '../../src/nets/imagenet-models.js';
import { countParams } from '../../src/nets/architectures.js';

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
