import { describe, expect, it } from 'vitest';
import { countLinearRegions } from '../../src/nets/regions/linear-regions.js';
import { evalPlainNet, evalPlainNetAt, interpolantNet, supDistance, thresholdCrossings } from '../../src/nets/regions/pwl-nets.js';
import { sawtoothNet } from '../../src/nets/regions/sawtooth.js';

describe('pwl nets', () => {
  it('interpolantNet passes through its points with one unit per piece', () => {
    const xs = [0, 0.2, 0.5, 0.9, 1];
    const ys = [1, -1, 2, 0, 0.5];
    const net = interpolantNet(xs, ys);
    expect(net.weights[0]![0]!.length).toBe(4);
    xs.forEach((x, i) => expect(evalPlainNet(net, x)).toBeCloseTo(ys[i]!, 12));
    expect(evalPlainNet(net, 0.35)).toBeCloseTo(0.5, 12);
  });

  it('evaluates multi-input nets like the 1-D evaluator', () => {
    const net = sawtoothNet(2, 3);
    expect(evalPlainNetAt(net, [0.3])).toBe(evalPlainNet(net, 0.3));
  });

  it('counts threshold crossings exactly', () => {
    const count = countLinearRegions(sawtoothNet(3, 2));
    expect(thresholdCrossings(count, 0.5)).toBe(8);
    expect(thresholdCrossings(countLinearRegions(interpolantNet([0, 1, 2], [0, 1, 0])), 0.5)).toBe(2);
    expect(thresholdCrossings(countLinearRegions(interpolantNet([0, 1], [0, 1])), 5)).toBe(1);
  });

  it('measures sup distance on a grid', () => {
    expect(supDistance((x) => x, (x) => x * x, 0, 1, 100)).toBeCloseTo(0.25, 12);
  });
});
