import { beforeAll, describe, expect, it } from 'vitest';
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import { selectBackend, tf } from '../../src/backend/select.js';
import { buildMlp, forward, mlpToArrays } from '../../src/nets/base/mlp.js';
import { countLinearRegions, outputKinks, type PlainNet } from '../../src/nets/regions/linear-regions.js';
import { halvingChain, zigzagWidth3 } from '../../src/nets/regions/region-constructions.js';

beforeAll(async () => { await selectBackend(); });

const grid = (lo: number, hi: number, n: number): number[] => Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));

// The on/off pattern of every hidden neuron at each grid point, evaluated in tfjs (float32).
function patternChanges(net: PlainNet, xs: number[]): number {
  const pats = tf.tidy(() => {
    let h: Tensor = tf.tensor2d(xs, [xs.length, 1]);
    const masks: Tensor[] = [];
    for (let l = 0; l + 1 < net.weights.length; l++) {
      const z = tf.add(tf.matMul(h as Tensor2D, tf.tensor2d(net.weights[l]!.map((r) => [...r]))), tf.tensor1d([...net.biases[l]!]));
      masks.push(tf.cast(tf.greater(z, 0), 'int32'));
      h = tf.relu(z);
    }
    return tf.concat(masks, 1).arraySync() as number[][];
  });
  let changes = 0;
  for (let i = 1; i < pats.length; i++) if (pats[i]!.some((v, j) => v !== pats[i - 1]![j])) changes++;
  return changes;
}

// Kinks of the output seen on the grid: runs of intervals whose slope departs from the previous one.
function gridKinks(ys: number[], h: number, threshold: number): number {
  const s = ys.slice(1).map((y, i) => (y - ys[i]!) / h);
  let events = 0;
  let inEvent = false;
  for (let i = 1; i < s.length; i++) {
    const jump = Math.abs(s[i]! - s[i - 1]!) > threshold;
    if (jump && !inEvent) events++;
    inEvent = jump;
  }
  return events;
}

const minGap = (xs: number[]): number => xs.slice(1).reduce((m, x, i) => Math.min(m, x - xs[i]!), Infinity);

describe('countLinearRegions on hand-built nets', () => {
  it('counts one ReLU as 2 regions and a constant neuron as 1', () => {
    expect(countLinearRegions({ weights: [[[1]], [[1]]], biases: [[0], [0]] }).regions).toBe(2);
    expect(countLinearRegions({ weights: [[[0]], [[1]]], biases: [[1], [0]] }).regions).toBe(1);
    expect(countLinearRegions({ weights: [[[3]]], biases: [[1]] }).regions).toBe(1);
  });

  it('counts a staircase relu(x - k), k = 1..w, as w + 1 regions with breakpoints at k', () => {
    for (let w = 1; w <= 6; w++) {
      const net = { weights: [[Array(w).fill(1)], Array.from({ length: w }, () => [1])], biases: [Array.from({ length: w }, (_, k) => -(k + 1)), [0]] };
      const c = countLinearRegions(net);
      expect(c.regions).toBe(w + 1);
      expect(c.breakpoints).toEqual(Array.from({ length: w }, (_, k) => k + 1));
    }
  });

  // Tent t(x) = 2 relu(x) - 4 relu(x - 1/2), composed: 2^L regions on [0, 1] plus the two outer rays (L >= 2).
  it('counts a composed tent map as 2^L + 2 regions', () => {
    for (let L = 2; L <= 6; L++) {
      const weights: number[][][] = [[[1, 1]]];
      const biases: number[][] = [[0, -0.5]];
      for (let l = 1; l < L; l++) { weights.push([[2, 2], [-4, -4]]); biases.push([0, -0.5]); }
      weights.push([[2], [-4]]);
      biases.push([0]);
      const c = countLinearRegions({ weights, biases });
      expect(c.regions).toBe(2 ** L + 2);
      expect(outputKinks(c)).toHaveLength(2 ** L + 1);
    }
  });

  it('reaches L + 1 with the width-1 halving chain and 16 with the width-3 zigzag', () => {
    for (let L = 1; L <= 8; L++) expect(countLinearRegions(halvingChain(L)).regions).toBe(L + 1);
    expect(countLinearRegions(zigzagWidth3()).regions).toBe(16);
  });

  it('tiles the real line with its pieces', () => {
    const c = countLinearRegions(zigzagWidth3());
    expect(c.pieces[0]!.lo).toBe(-Infinity);
    expect(c.pieces.at(-1)!.hi).toBe(Infinity);
    c.pieces.slice(1).forEach((p, i) => expect(p.lo).toBe(c.pieces[i]!.hi));
  });
});

describe('countLinearRegions against a dense tfjs grid on random nets', () => {
  const applied = { patterns: 0, kinks: 0, regionsAbove2: 0 };
  const nets = Array.from({ length: 24 }, (_, i) => ({ seed: 100 + i, depth: 1 + (i % 3), width: 1 + (i % 4), bias: i % 2 ? 1 : 0.3 }));

  it.each(nets)('agrees on region count and output pieces (seed $seed, depth $depth, width $width)', ({ seed, depth, width, bias }) => {
    const before = tf.memory().numTensors;
    const mlp = buildMlp(tf, { sizes: [1, ...Array(depth).fill(width), 1], activation: 'relu', weightVariance: (n) => 2 / n, biasVariance: bias, seed });
    const net = mlpToArrays(mlp);
    const c = countLinearRegions(net);
    const bps = c.breakpoints;
    const [lo, hi] = bps.length ? [bps[0]! - 1, bps.at(-1)! + 1] : [-3, 3];
    const xs = grid(lo, hi, 40001);
    const h = xs[1]! - xs[0]!;
    if (minGap(bps) > 4 * h) {
      expect(patternChanges(net, xs)).toBe(c.regions - 1);
      applied.patterns++;
      if (c.regions > 2) applied.regionsAbove2++;
    }
    // Output values: the exact affine map of the piece containing x against tfjs's forward pass.
    const ys = tf.tidy(() => Array.from(forward(tf, mlp, tf.tensor2d(xs, [xs.length, 1])).dataSync()));
    let worst = 0;
    xs.forEach((x, i) => {
      const p = c.pieces.find((q) => x >= q.lo && x <= q.hi)!;
      worst = Math.max(worst, Math.abs(p.slope[0]! * x + p.intercept[0]! - ys[i]!) / (1 + Math.abs(ys[i]!)));
    });
    expect(worst).toBeLessThan(1e-5);
    // Slope changes of the output seen on the grid, where they are large and well separated.
    const kinks = outputKinks(c);
    const jumps = kinks.map((k) => {
      const i = c.pieces.findIndex((p) => p.lo === k);
      return Math.abs(c.pieces[i]!.slope[0]! - c.pieces[i - 1]!.slope[0]!);
    });
    if (minGap(kinks) > 8 * h && jumps.every((j) => j > 0.2)) {
      expect(gridKinks(ys, h, 0.05)).toBe(kinks.length);
      applied.kinks++;
    }
    mlp.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  // Runs after the cases above (vitest keeps file order): the grid comparisons were not vacuous.
  it('applied both grid comparisons to most nets', () => {
    expect(applied.patterns).toBeGreaterThanOrEqual(18);
    expect(applied.regionsAbove2).toBeGreaterThanOrEqual(8);
    expect(applied.kinks).toBeGreaterThanOrEqual(10);
  });
});
