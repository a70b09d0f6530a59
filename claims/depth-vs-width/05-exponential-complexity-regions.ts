// § 深度的力量：函数复杂度的指数级增长 (paragraph 1: ReLU nets are piecewise linear; regions as a complexity measure)
// The text: a ReLU net computes a continuous piecewise-linear function; the input space is cut into
// regions with an affine map on each; their number measures complexity. How we test it: continuity
// and piecewise linearity along random lines in R^d; convex regions with an affine map inside.
// What would refute it: a jump or a kink inside a region; two patterns on one affine piece.
import * as fc from 'fast-check';
import { absolute, defineClaim } from '../../src/claim/index.js';
import { evalPlainNetAt } from '../../src/nets/regions/pwl-nets.js';
import { normalStream } from '../../src/nets/base/rng.js';
import type { PlainNet } from '../../src/nets/regions/linear-regions.js';
import { countLinearRegions } from '../../src/nets/regions/linear-regions.js';
import { randomReluNet } from '../../src/nets/regions/random-relu-nets.js';

const file = 'depth-vs-width.md';

// The net restricted to the line p + t v: a 1-D-input net of the same depth.
function onLine(net: PlainNet, p: number[], v: number[]): PlainNet {
  const w0 = net.weights[0]!;
  const width = w0[0]!.length;
  const first = [Array.from({ length: width }, (_, j) => v.reduce((s, vi, i) => s + vi * w0[i]![j]!, 0))];
  const bias = Array.from({ length: width }, (_, j) => net.biases[0]![j]! + p.reduce((s, pi, i) => s + pi * w0[i]![j]!, 0));
  return { weights: [first, ...net.weights.slice(1)], biases: [bias, ...net.biases.slice(1)] };
}

export const continuousPiecewiseLinear = defineClaim({
  id: 'depth-vs-width/relu-nets-continuous-piecewise-linear',
  source: { file, quote: '其所计算的函数是**连续分段线性 (continuous piecewise linear)** 函数' },
  statement: 'A ReLU network computes a continuous piecewise-linear function.',
  reading: 'Random ReLU nets with input dimension d = 1..4, 1..4 hidden layers of width 2..8, weights N(0, 2/fan_in), biases N(0, 1). Along a random line p + t v (p, v ~ N(0, I)) the net is a 1-D ReLU net, whose pieces (affine maps between activation changes) are found exactly. Measured: the largest jump between neighbouring pieces at their common boundary, and the largest gap between the net evaluated directly at three points inside each piece (t within [-20, 20]) and that piece\'s affine map, both relative to 1 + |value|. Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-9, 'float64 evaluation of the same function two ways: anything above 1e-9 relative is a real jump or a bend'),
  correction: () => '（实测中 ReLU 网络的输出出现了间断或在区域内部弯折。）',
  cases: () => fc.record({ d: fc.integer({ min: 1, max: 4 }), L: fc.integer({ min: 1, max: 4 }), w: fc.integer({ min: 2, max: 8 }), seed: fc.nat() }),
  runs: { quick: 30, standard: 100, full: 400 },
  check: ({ d, L, w, seed }, { tf, judge }) => {
    const net = randomReluNet(tf, [d, ...Array<number>(L).fill(w), 1], 2, 1, seed);
    const g = normalStream(seed ^ 0x2545f491);
    const p = Array.from({ length: d }, () => g());
    const v = Array.from({ length: d }, () => g());
    const { pieces } = countLinearRegions(onLine(net, p, v));
    let jump = 0;
    let bend = 0;
    pieces.forEach((q, i) => {
      const at = (t: number) => q.slope[0]! * t + q.intercept[0]!;
      if (i > 0) {
        const prev = pieces[i - 1]!;
        const left = prev.slope[0]! * q.lo + prev.intercept[0]!;
        jump = Math.max(jump, Math.abs(left - at(q.lo)) / (1 + Math.abs(left)));
      }
      const lo = Math.max(q.lo, -20);
      const hi = Math.min(q.hi, 20);
      if (!(hi > lo)) return;
      for (const f of [0.25, 0.5, 0.75]) {
        const t = lo + f * (hi - lo);
        const direct = evalPlainNetAt(net, p.map((pi, k) => pi + t * v[k]!));
        bend = Math.max(bend, Math.abs(direct - at(t)) / (1 + Math.abs(direct)));
      }
    });
    judge.value({ label: 'largest jump at a region boundary (relative)', measured: jump, asserted: 0 });
    judge.value({ label: 'largest departure from the piece\'s affine map (relative)', measured: bend, asserted: 0 });
  },
});

// On/off pattern of every hidden unit at x.
function pattern(net: PlainNet, x: readonly number[]): string {
  let h = x.slice();
  let bits = '';
  for (let l = 0; l + 1 < net.weights.length; l++) {
    const w = net.weights[l]!;
    const z = net.biases[l]!.slice();
    h.forEach((v, i) => { w[i]!.forEach((wij, j) => { z[j]! += v * wij; }); });
    bits += z.map((v) => (v > 0 ? '1' : '0')).join('');
    h = z.map((v) => (v > 0 ? v : 0));
  }
  return bits;
}

export const regionsAreAffine = defineClaim({
  id: 'depth-vs-width/regions-partition-with-affine-pieces',
  source: { file, quote: '这意味着输入空间被划分为多个区域，在每个区域内，函数是线性的' },
  statement: 'The input space is partitioned into regions, and on each region the network\'s function is linear (affine).',
  reading: 'Regions = sets of inputs sharing every hidden unit\'s on/off pattern. Random nets with input dimension 2..4, 1..4 hidden layers of width 2..8 (weights N(0, 2/fan_in), biases N(0, 1)); 40 random pairs (a, a + e u) with e in {0.3, 0.03, 0.003} whose patterns agree. Checked: the midpoint has the same pattern (regions are convex, so they partition space into cells) and f(midpoint) = (f(a) + f(b)) / 2 (affine on the region). Measured: the largest midpoint defect relative to 1 + |f|, and whether every midpoint stayed in its region. Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-9, 'float64 evaluation: a defect above 1e-9 relative means the function bends inside a region'),
  correction: () => '（实测中网络在同一激活区域内并非仿射。）',
  cases: () => fc.record({ d: fc.integer({ min: 2, max: 4 }), L: fc.integer({ min: 1, max: 4 }), w: fc.integer({ min: 2, max: 8 }), seed: fc.nat() }),
  runs: { quick: 20, standard: 80, full: 300 },
  check: ({ d, L, w, seed }, { tf, judge }) => {
    const net = randomReluNet(tf, [d, ...Array<number>(L).fill(w), 1], 2, 1, seed);
    const g = normalStream(seed ^ 0x68e31da4);
    let defect = 0;
    let convex = true;
    let pairs = 0;
    for (let k = 0; k < 40; k++) {
      const a = Array.from({ length: d }, () => g());
      const u = Array.from({ length: d }, () => g());
      const e = [0.3, 0.03, 0.003][k % 3]!;
      const b = a.map((ai, i) => ai + e * u[i]!);
      if (pattern(net, a) !== pattern(net, b)) continue;
      pairs++;
      const m = a.map((ai, i) => (ai + b[i]!) / 2);
      if (pattern(net, m) !== pattern(net, a)) convex = false;
      const [fa, fb, fm] = [evalPlainNetAt(net, a), evalPlainNetAt(net, b), evalPlainNetAt(net, m)];
      defect = Math.max(defect, Math.abs(fm - (fa + fb) / 2) / (1 + Math.abs(fm)));
    }
    judge.holds({ label: 'every midpoint shares its endpoints\' region', holds: convex, values: { pairs } });
    judge.value({ label: 'largest midpoint defect |f(m) - (f(a) + f(b))/2| (relative)', measured: defect, asserted: 0 });
  },
});

export const regionsComplexityMeasure = defineClaim({
  id: 'depth-vs-width/regions-are-an-important-complexity-measure',
  source: { file, quote: '这些[线性区](@entry_id:276444)域的数量是衡量网络函数复杂度的一个重要指标' },
  statement: 'The number of linear regions is an important measure of the complexity of a network\'s function.',
  kind: 'not-checkable',
  reason: 'A judgement of importance. Its computable consequence, that the region count caps how often the output can cross a threshold, is checked by depth-vs-width/crossings-bounded-by-regions.',
});
