// § 深度与宽度的表达能力
// The text: depth and width add expressive power in very different ways. How we test it: count
// activation regions on the real line exactly. Adding a unit to a one-hidden-layer net adds one
// region (additive); adding a layer to the zigzag construction multiplies its regions by w + 1
// (multiplicative). What would refute it: the two operations changing the count the same way.
import * as fc from 'fast-check';
import { defineClaim, exactly } from '../../src/claim/index.js';
import { buildMlp, mlpToArrays } from '../../src/nets/base/mlp.js';
import { countLinearRegions } from '../../src/nets/regions/linear-regions.js';
import { zigzagNet } from '../../src/nets/regions/sawtooth.js';

const file = 'depth-vs-width.md';

export const differentMechanisms = defineClaim({
  id: 'depth-vs-width/depth-and-width-add-expressivity-differently',
  source: { file, quote: '深度和宽度通过截然不同的方式来增强这种能力' },
  statement: 'Depth and width increase a network\'s expressive power in very different ways.',
  reading: 'Expressive power is measured by activation regions on the real line (1-D input, exact count). Width: a random one-hidden-layer ReLU net (weights and biases N(0, 1)) of width w has w + 1 regions and one more unit adds exactly one (additive). Depth: the zigzag construction of width w (>= 3) has (w+1)^L regions and one more layer multiplies them by w + 1 (multiplicative). Supported if, in every generated case, the width step adds 1 and the depth step multiplies by w + 1, i.e. the mechanisms differ. Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('region counts are integers compared exactly'),
  correction: () => '（实测中增加宽度与增加深度对区域数的作用方式相同。）',
  cases: () => fc.record({ L: fc.integer({ min: 1, max: 4 }), w: fc.integer({ min: 3, max: 6 }), seed: fc.nat() }),
  runs: { quick: 20, standard: 60, full: 200 },
  check: ({ L, w, seed }, { tf, judge }) => {
    const shallowRegions = (width: number) => {
      const mlp = buildMlp(tf, { sizes: [1, width, 1], activation: 'relu', weightVariance: () => 1, biasVariance: 1, seed });
      try { return countLinearRegions(mlpToArrays(mlp)).regions; } finally { mlp.dispose(); }
    };
    const [a, b] = [shallowRegions(w), shallowRegions(w + 1)];
    const [d1, d2] = [countLinearRegions(zigzagNet(L, w)).regions, countLinearRegions(zigzagNet(L + 1, w)).regions];
    judge.value({ label: 'regions added by one more unit (one hidden layer)', measured: b - a, asserted: 1 });
    judge.value({ label: 'factor gained by one more layer (zigzag)', measured: d2 / d1, asserted: w + 1 });
  },
});
