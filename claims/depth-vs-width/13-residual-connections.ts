// § 残差连接 (Residual Connections)
// The text: a residual block outputs x + F(x), in practice g_k(x) = x + sigma(W_k x); the addition
// changes gradient propagation; plain stacks have Lip <= s^L (decaying for s < 1, exploding for
// s > 1), residual stacks Lip <= (1 + s)^L with the +1 from the identity, so even a tiny residual
// part passes the gradient unattenuated, letting signals flow through hundreds or thousands of
// layers and making very deep nets trainable. How we test it: bias-free square stacks of the
// text's block in float64 (relu-residual-chain.ts), spectral norms (spectra.ts), empirical Lipschitz
// ratios on close pairs, exact Jacobians by finite differences, renormalised signal propagation
// over 1000 layers (training runs: 13-residual-connections-trainable.ts). What would refute it: a ratio above a
// bound; a gradient that vanishes through the identity path; signals that blow up or die.
import * as fc from 'fast-check';
import { above, absolute, atLeast, atMost, defineClaim, exactly, noLessThan, noMoreThan, writeQuote, type CheckContext } from '../../src/claim/index.js';
import { blockForward, chainForward, chainSignal, chainWeights } from '../../src/nets/regions/relu-residual-chain.js';
import { spectralNorm } from '../../src/nets/base/spectra.js';
import { normalStream } from '../../src/nets/base/rng.js';
import { HE_2016 } from '../../src/nets/published/resnet.js';

const file = 'depth-vs-width.md';

export const milestone = defineClaim({
  id: 'depth-vs-width/resnet-was-a-milestone',
  source: { file, quote: '的提出是深度学习发展史上的一个里程碑' },
  statement: 'The introduction of residual networks (ResNet) was a milestone in the history of deep learning.',
  kind: 'not-checkable',
  reason: 'A historical assessment; no computation can measure a milestone.',
});

export const alsoCalledSkip = defineClaim({
  id: 'depth-vs-width/residual-connection-also-called-skip-connection',
  source: { file, quote: '也称为“[跳跃连接](@entry_id:637548)”' },
  statement: 'A residual connection is also called a skip connection.',
  kind: 'not-checkable',
  reason: 'A fact about terminology in the literature; nothing to compute.',
});

// A choice slot: the correction (a branch that ends in a weight layer, V_k) keeps the claim anchored, and it then judges the new block.
const PRINTED_BRANCH = '\\sigma(W_k x)';
const practiceQuote = `在实践中，这通常实现为 $g_k(x) = x + {branch:${PRINTED_BRANCH}|V_k\\sigma(W_k x)}$`;

export const practiceForm = defineClaim({
  id: 'depth-vs-width/residual-block-usually-x-plus-sigma-wx',
  source: { file, quote: practiceQuote },
  statement: 'In practice a residual block is usually implemented as g_k(x) = x + {branch}.',
  reading: 'A statement about practice that the published record settles (HE_2016.branchEndsLinear in src/nets/published/resnet.ts): the residual networks the section describes, He et al. (2016) and their pre-activation variant (2016b), end the branch in a weight layer, F(x) = W2 sigma(W1 x), never in the non-linearity. The text\'s block is classified from its formula: a branch {branch} ending in sigma is non-negative (0), one ending in a weight matrix, V_k sigma(W_k x), is sign-indefinite (1). Why it matters, measured by this chapter (depth-vs-width/residual-signals-flow-through-thousands-of-layers-reading-a, the session-8 referee\'s note 50): the printed block\'s non-negative branch drifts the signal by about e^17 over 1000 blocks even with its variance scaled by 1/depth, while the centred block stays within a factor 100. Scope forall: one description of practice.',
  kind: 'arithmetic',
  scope: 'forall',
  published: [HE_2016.branchEndsLinear],
  tolerance: exactly('a branch ends in a weight layer or it does not'),
  correction: (e) => ({ replace: { span: writeQuote(practiceQuote, e.slots.values), text: `${writeQuote(practiceQuote, e.slots.values, { branch: 'V_k\\sigma(W_k x)' })}（$V_k$ 为分支末端的线性层）` } }),
  check: ({ judge, slots }) => {
    const endsLinear = slots.choice('branch') === PRINTED_BRANCH ? 0 : 1;
    judge.holds({ label: 'the text\'s residual branch ends in a weight layer, as the blocks of He et al. (2016) do', holds: endsLinear === HE_2016.branchEndsLinear.value, values: { textEndsLinear: endsLinear, published: HE_2016.branchEndsLinear.value } });
  },
});

export const changesPropagation = defineClaim({
  id: 'depth-vs-width/addition-changes-gradient-propagation',
  source: { file, quote: '这个简单的“加法”操作从根本上改变了网络的梯度传播动态' },
  statement: 'The simple addition of the residual block fundamentally changes how gradients propagate through the network.',
  reading: 'Square bias-free stacks of 30 layers of width 64 with the same weights, Var(W) = 1/fan_in: plain relu(h W) and residual h + relu(h W). The back-propagated gradient\'s per-layer factor (geometric over the 30 layers, averaged over 4 inputs) is below 1 in the plain stack (about 1/sqrt(2), recorded); "fundamentally changes" is read as: with the skip it no longer shrinks (factor >= 1). Nets are the samples. Scope forall: a definite statement about the mechanism, so every setting run must show it; the statistic over nets or seeds is what the sentence asserts of a randomly initialised net.',
  kind: 'statistical',
  scope: 'forall',
  scale: { quick: { nets: 4 }, standard: { nets: 10 }, full: { nets: 30 } },
  tolerance: noLessThan(1, 'no longer vanishing: the per-layer factor at or above 1'),
  correction: () => '（实测加入恒等跳跃后梯度仍逐层缩小。）',
  check: ({ judge, scaled, seeds, record }) => {
    const nets = scaled.nets;
    record('nets', nets);
    const factor = (skip: boolean, s: number) => Math.exp(chainSignal({ depth: 30, width: 64, branchVariance: 1, skip, seed: s }, 4).backwardLog[30]! / 30);
    record('plain per-layer factor (first net)', factor(false, seeds.child('net', 0).value).toFixed(3));
    judge.sequential({ label: 'per-layer gradient factor with the skip', statistic: 'geometricMean', n: nets, draw: (i) => factor(true, seeds.child('net', i).value), asserted: 1 });
  },
});

// Empirical Lipschitz ratio of a stack: the largest |f(x) - f(y)| / |x - y| over pairs y = x + 1e-4 u.
function lipschitzRatio(weights: number[][][], skip: boolean, seed: number, pairs = 40): number {
  const g = normalStream(seed);
  const n = weights[0]!.length;
  let best = 0;
  for (let k = 0; k < pairs; k++) {
    const x = Array.from({ length: n }, () => g());
    const u = Array.from({ length: n }, () => g());
    const nu = Math.sqrt(u.reduce((s, v) => s + v * v, 0));
    const y = x.map((v, i) => v + (1e-4 * u[i]!) / nu);
    const [fx, fy] = [chainForward(weights, x, skip), chainForward(weights, y, skip)];
    best = Math.max(best, Math.sqrt(fx.reduce((s, v, i) => s + (v - fy[i]!) ** 2, 0)) / 1e-4);
  }
  return best;
}

const stackCases = () => fc.record({ depth: fc.integer({ min: 1, max: 6 }), width: fc.integer({ min: 2, max: 8 }), branchVariance: fc.constantFrom(0.1, 0.5, 2, 8), seed: fc.nat() });

export const plainProductBound = defineClaim({
  id: 'depth-vs-width/plain-stack-lipschitz-at-most-product',
  source: { file, quote: '其[利普希茨常数](@entry_id:146583)上界是各层[利普希茨常数](@entry_id:146583)的乘积，即 $\\operatorname{Lip}(h) \\le s^L$' },
  statement: 'A stack of L plain layers has Lipschitz constant at most the product of the layers\' constants, Lip(h) <= s^L.',
  reading: 'Bias-free square stacks relu(h W_k), depth 1-6, width 2-8, Var(W) in {0.1, 0.5, 2, 8} / fan_in. Each layer\'s Lipschitz constant is at most s_k = |W_k|_2 (ReLU is 1-Lipschitz); s = max s_k. Measured: the empirical Lipschitz ratio (largest |f(x) - f(y)| / |x - y| over 40 close pairs) divided by prod s_k (and prod s_k <= s^L is checked). Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: atMost(1e-9, 'an upper bound: ratio over bound at most 1, up to float64 rounding'),
  correction: () => '（实测普通网络的利普希茨比率超过了各层常数之积。）',
  cases: stackCases,
  runs: { quick: 20, standard: 80, full: 300 },
  check: ({ depth, width, branchVariance, seed }, { judge }) => {
    const w = chainWeights({ depth, width, branchVariance, skip: false, seed });
    const s = w.map((m) => spectralNorm(m));
    const prod = s.reduce((a, v) => a * v, 1);
    judge.holds({ label: 'prod s_k <= s^L', holds: prod <= Math.max(...s) ** depth * (1 + 1e-12) });
    judge.value({ label: 'empirical Lipschitz ratio / prod s_k', measured: lipschitzRatio(w, false, seed ^ 7) / prod, asserted: 1 });
  },
});

export const belowOneDecays = defineClaim({
  id: 'depth-vs-width/lipschitz-below-one-decays-exponentially',
  source: { file, quote: '这个值会随 $L$ 指数衰减（梯度消失）' },
  statement: 'If the per-layer constant s is below 1, the bound s^L, and with it the gradient, decays exponentially with L.',
  reading: 'The actual network, not just its bound: bias-free square ReLU stacks (width 2-8) whose weight matrices are rescaled to spectral norm exactly s in {0.5, 0.8, 0.95}, depth 1-12. Measured: the empirical Lipschitz ratio over s^L, at most 1, so the gradient norm (bounded by the Lipschitz constant) decays at least like s^L. Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: atMost(1e-9, 'an upper bound, up to float64 rounding'),
  correction: () => '（实测 s < 1 时网络的利普希茨比率超过了 s^L。）',
  cases: () => fc.record({ depth: fc.integer({ min: 1, max: 12 }), width: fc.integer({ min: 2, max: 8 }), s: fc.constantFrom(0.5, 0.8, 0.95), seed: fc.nat() }),
  runs: { quick: 20, standard: 80, full: 300 },
  check: ({ depth, width, s, seed }, { judge }) => {
    const w = chainWeights({ depth, width, branchVariance: 1, skip: false, seed }).map((m) => { const k = s / spectralNorm(m); return m.map((r) => r.map((v) => v * k)); });
    judge.value({ label: 'empirical Lipschitz ratio / s^L', measured: lipschitzRatio(w, false, seed ^ 7) / s ** depth, asserted: 1 });
  },
});

// A choice slot: reading B's correction (the bound grows; explosion does not follow) keeps both readings anchored, and B then judges it.
const NEED_NOT = '这个上界会指数增长，但这并不意味着一定发生';
const explodeQuote = `{what:则会指数增长（|${NEED_NOT}}[梯度爆炸](@entry_id:635825)`;
const explodeStatement = 'If the per-layer constant s is above 1, the Lipschitz bound s^L grows exponentially, and the gradients explode (the text: «{what}梯度爆炸»; with 并不意味着, they need not).';

export const boundGrows = defineClaim({
  id: 'depth-vs-width/lipschitz-above-one-explodes-reading-a',
  alternativeOf: 'depth-vs-width/lipschitz-above-one-explodes-reading-b',
  source: { file, quote: explodeQuote },
  statement: explodeStatement,
  reading: 'Reading A (one of two; reading B is depth-vs-width/lipschitz-above-one-explodes-reading-b): about the bound only (which the text keeps once it says explosion need not follow). For s in {1.01, 1.5, 2.8} and L = 1..50, s^L multiplies by the constant s > 1 per layer.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: exactly('a yes/no fact'),
  correction: () => '（s > 1 时 s^L 并非指数增长。）',
  check: ({ judge }) => {
    let bad = 0;
    for (const s of [1.01, 1.5, 2.8]) for (let L = 1; L < 50; L++) if (Math.abs(s ** (L + 1) / s ** L - s) > 1e-9 * s) bad++;
    judge.value({ label: 'layers where s^L does not grow by the factor s', measured: bad, asserted: 0 });
  },
});

export const gradientsExplode = defineClaim({
  id: 'depth-vs-width/lipschitz-above-one-explodes-reading-b',
  primary: { why: 'the paragraph uses the Lipschitz bound 来理解 the gradient propagation the residual addition changes, and the parenthetical （梯度爆炸） asserts what s > 1 does to the actual gradients, the claim a reader takes away; 这个值 (the bound s^L) growing is only its literal subject (blind referee S13; the bound reading, reading A, was the declared primary and stays as an alternative)' },
  source: { file, quote: explodeQuote },
  statement: explodeStatement,
  reading: 'Reading B (one of two; reading A is depth-vs-width/lipschitz-above-one-explodes-reading-a): about the network\'s actual gradients. Bias-free square ReLU stacks of 30 layers of width 64 at Var(W) = 1.6/fan_in: every layer has s = |W|_2 near 2 sqrt(1.6) = 2.5 > 1 (recorded). Measured: the back-propagated gradient\'s per-layer factor (4 inputs per net); exploding means a factor above 1. Once the text says the growing bound need not bring explosion (这并不意味着一定发生梯度爆炸), these nets with s > 1 are its witness: the same factors are judged as the per-layer shrink factor 1/factor, which must lie above 1. Scope forall: a definite statement about the mechanism, so every setting run must show it; the statistic over nets or seeds is what the sentence asserts of a randomly initialised net.',
  kind: 'statistical',
  scope: 'forall',
  scale: { quick: { nets: 4 }, standard: { nets: 10 }, full: { nets: 30 } },
  tolerance: above(1, 'explosion means a per-layer factor above 1; where the text says it need not follow, a shrink factor 1/factor above 1 shows it'),
  // The span leaves the two lost signs to the copy-edit pass's own edits ($s1$ -> $s < 1$, $s > 1$).
  correction: () => ({ replace: { span: '则会指数增长（[梯度爆炸](@entry_id:635825)）', text: `${NEED_NOT}[梯度爆炸](@entry_id:635825)` } }),
  check: ({ judge, scaled, seeds, record, slots }) => {
    const nets = scaled.nets;
    const needNot = slots.choice('what') === NEED_NOT;
    record('nets', nets);
    record('spectral norm of a layer (first net)', spectralNorm(chainWeights({ depth: 1, width: 64, branchVariance: 1.6, skip: false, seed: seeds.child('net', 0).value })[0]!).toFixed(3));
    // Gated (the same nets and per-layer factor as before): a statistical claim refutes only through replicates.
    const factors = Array.from({ length: nets }, (_, i) => Math.exp(chainSignal({ depth: 30, width: 64, branchVariance: 1.6, skip: false, seed: seeds.child('net', i).value }, 4).backwardLog[30]! / 30));
    judge.replicated({ label: needNot ? 'per-layer gradient shrink factor 1/factor at s > 1' : 'per-layer gradient factor at s > 1', samples: needNot ? factors.map((f) => 1 / f) : factors, asserted: 1, resolution: 1e-4, training: { untrained: 'gradients at initialisation; nothing is trained' } });
  },
});

export const residualBound = defineClaim({
  id: 'depth-vs-width/residual-stack-lipschitz-at-most-one-plus-s-power',
  source: { file, quote: '$\\operatorname{Lip}(g) \\le (1+s)^L$' },
  statement: 'A stack of L residual blocks has Lipschitz constant at most (1 + s)^L.',
  reading: 'Bias-free square stacks of the text\'s block h + relu(h W_k), depth 1-6, width 2-8, Var(W) in {0.1, 0.5, 2, 8} / fan_in; s_k = |W_k|_2. Measured: the empirical Lipschitz ratio over prod (1 + s_k) (itself at most (1 + max s_k)^L). Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: atMost(1e-9, 'an upper bound, up to float64 rounding'),
  correction: () => '（实测残差网络的利普希茨比率超过了 (1+s)^L。）',
  cases: stackCases,
  runs: { quick: 20, standard: 80, full: 300 },
  check: ({ depth, width, branchVariance, seed }, { judge }) => {
    const w = chainWeights({ depth, width, branchVariance, skip: true, seed });
    const bound = w.reduce((a, m) => a * (1 + spectralNorm(m)), 1);
    judge.value({ label: 'empirical Lipschitz ratio / prod (1 + s_k)', measured: lipschitzRatio(w, true, seed ^ 7) / bound, asserted: 1 });
  },
});

export const identityPlusOne = defineClaim({
  id: 'depth-vs-width/identity-path-contributes-the-plus-one',
  // A script slot: the copy-edit pass writes the traditional 來 as 来, the same word, so either anchors.
  source: { file, quote: '这个 "+1"{script:來|来}自于[恒等映射](@entry_id:634191) $x$' },
  statement: 'The "+1" in (1 + s) comes from the identity map x.',
  reading: 'At random points, the Jacobian of a residual block h + relu(h W) minus the identity equals the Jacobian of its branch relu(h W) (both by central finite differences, width 2-8); so |J_block| <= 1 + |J_branch| by the triangle inequality. Measured: the largest entry of J_block - I - J_branch. Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-6, 'central differences with step 1e-6 in float64 on piecewise-linear maps'),
  correction: () => '（残差块的雅可比矩阵减去单位阵并不等于分支的雅可比矩阵。）',
  cases: () => fc.record({ width: fc.integer({ min: 2, max: 8 }), seed: fc.nat() }),
  runs: { quick: 20, standard: 80, full: 300 },
  check: ({ width, seed }, { judge }) => {
    const w = chainWeights({ depth: 1, width, branchVariance: 2, skip: true, seed })[0]!;
    const g = normalStream(seed ^ 3);
    const x = Array.from({ length: width }, () => g());
    const jac = (skip: boolean) => x.map((_, i) => { const h = 1e-6; const up = x.slice(); up[i]! += h; const dn = x.slice(); dn[i]! -= h; const [a, b] = [blockForward(w, up, skip), blockForward(w, dn, skip)]; return a.map((v, j) => (v - b[j]!) / (2 * h)); });
    const [jb, jf] = [jac(true), jac(false)];
    judge.value({ label: 'max |J_block - I - J_branch|', measured: Math.max(...jb.flatMap((r, i) => r.map((v, j) => Math.abs(v - (i === j ? 1 : 0) - jf[i]![j]!)))), asserted: 0 });
  },
});

export const smallBranchNoAttenuation = defineClaim({
  id: 'depth-vs-width/small-residual-passes-gradient-unattenuated',
  source: { file, quote: '即使学习到的残差部分 $s$ 非常小，梯度仍然可以通过恒等路径无衰减地传播' },
  statement: 'Even when the learned residual part s is very small, the gradient passes through the identity path without attenuation.',
  reading: 'Bias-free residual stacks of 100 blocks of width 64 with a very small branch, Var(W) = 0.01/fan_in (s = |W|_2 about 0.2). Measured: the back-propagated gradient\'s per-layer factor (4 inputs per net); "without attenuation" is read as at least 0.99 per layer. Recorded for contrast: the plain stack with the same weights. Scope forall: a definite statement about the mechanism, so every setting run must show it; the statistic over nets or seeds is what the sentence asserts of a randomly initialised net.',
  kind: 'statistical',
  scope: 'forall',
  scale: { quick: { nets: 4 }, standard: { nets: 10 }, full: { nets: 30 } },
  tolerance: atLeast(0.01, 'no attenuation: a per-layer factor of at least 0.99 (over 100 layers at most a factor e^-1 lost)'),
  correction: () => '（实测即使残差分支很小，梯度经过恒等路径仍逐层衰减。）',
  check: ({ judge, scaled, seeds, record }) => {
    const nets = scaled.nets;
    record('nets', nets);
    const factor = (skip: boolean, s: number) => Math.exp(chainSignal({ depth: 100, width: 64, branchVariance: 0.01, skip, seed: s }, 4).backwardLog[100]! / 100);
    record('plain stack, same weights: per-layer factor', factor(false, seeds.child('net', 0).value).toExponential(2));
    judge.sequential({ label: 'per-layer gradient factor through 100 small residual blocks', statistic: 'geometricMean', n: nets, draw: (i) => factor(true, seeds.child('net', i).value), asserted: 1 });
  },
});

const flowQuote = '能够顺畅地流经数百甚至数千层';
const flowStatement = 'Residual connections let signals (forward activations and backward gradients) flow smoothly through hundreds or even thousands of layers.';
const FLOW_DEPTH = 1000;
const flowReading = (block: string) => `Bias-free stacks of ${FLOW_DEPTH} blocks ${block} of width 32; activations and gradients renormalised at every layer and their log gains accumulated (float64, 2 inputs per net). "Flows smoothly" is read as: over the ${FLOW_DEPTH} layers both the forward activation norm and the back-propagated gradient norm stay within a factor 100 of their starting values (|log gain| <= ln 100 = 4.6). Nets are the samples; two judgements, gated (judge.replicated): refuted if an interval lies wholly outside the band over at least 3 nets.`;
const flowScale = { quick: { nets: 3 }, standard: { nets: 6 }, full: { nets: 12 } };
const flowCheck = (chain: { branchVariance: number; closingVariance?: number }) => ({ judge, scaled, seeds, record }: CheckContext<{ nets: number }>): void => {
  const { nets } = scaled;
  record('nets', nets);
  const runs = seeds.replicates('net', nets).map((s) => chainSignal({ depth: FLOW_DEPTH, width: 32, ...chain, skip: true, seed: s }, 2));
  const untrained = { untrained: 'signal propagation at initialisation; nothing is trained' };
  judge.replicated({ label: `log forward gain over ${FLOW_DEPTH} blocks`, samples: runs.map((r) => r.forwardLog[FLOW_DEPTH]!), asserted: 0, where: { signal: 'forward' }, resolution: 1e-6, training: untrained });
  judge.replicated({ label: `log gradient gain over ${FLOW_DEPTH} blocks`, samples: runs.map((r) => r.backwardLog[FLOW_DEPTH]!), asserted: 0, where: { signal: 'backward' }, resolution: 1e-6, training: untrained });
};

export const flowPrintedBlock = defineClaim({
  id: 'depth-vs-width/residual-signals-flow-through-thousands-of-layers-reading-a',
  decidingBudget: { budget: 'standard', why: 'quick decides it at seed 1; should another seed leave it undecided, standard decides it: standard runs 6 nets' },
  alternativeOf: 'depth-vs-width/residual-signals-flow-through-thousands-of-layers-reading-b',
  source: { file, quote: flowQuote },
  statement: flowStatement,
  reading: `Reading A (one of two; reading B is depth-vs-width/residual-signals-flow-through-thousands-of-layers-reading-b): the block the text prints for practice, h + relu(h W), with the branch variance scaled by 1/depth as the preceding sentence's small s suggests, Var(W) = 2/(${FLOW_DEPTH} fan_in). It was the primary design until the final referee pass: this branch is not centred (relu's output is non-negative, mean about 0.4 of its scale), so its mean accumulates through the identity path and the signal drifts by about 0.018 per layer whatever the variance does; real residual blocks end in a linear layer (reading B). Kept as the reading of the printed block. ${flowReading('h + relu(h W)')} Scope forall: a definite statement about the mechanism, so every setting run must show it; the statistic over nets or seeds is what the sentence asserts of a randomly initialised net.`,
  kind: 'statistical',
  scope: 'forall',
  scale: flowScale,
  tolerance: absolute(Math.log(100), 'smooth flow read as staying within a factor 100 over the whole depth'),
  correction: (e) => `（实测即使残差分支方差按 1/L 缩放，文中的残差块 x + σ(Wx) 的分支输出经 ReLU 后恒为非负，均值逐层累积：经过 ${FLOW_DEPTH} 层后前向信号增长约 e^${e.observations.find((o) => o.outcome === 'outside')?.measured?.toFixed(0)} 倍。实践中的残差块以线性层结束（如 x + W₂σ(W₁x)），分支零均值，信号才能平稳流过数千层。）`,
  judgements: 2,
  check: flowCheck({ branchVariance: 2 / FLOW_DEPTH }),
});

export const flowCentredBranches = defineClaim({
  id: 'depth-vs-width/residual-signals-flow-through-thousands-of-layers-reading-b',
  decidingBudget: { budget: 'standard', why: 'quick decides it at seed 1; should another seed leave it undecided, standard decides it: standard runs 6 nets' },
  primary: { why: '这确保了 refers to the preceding sentence\'s case, a small residual branch s (即使学习到的残差部分 s 非常小), and the sentence speaks of residual networks as trained in practice (hundreds or thousands of layers, He et al. 2016b), whose blocks end in a linear layer; the toy block x + σ(Wx) printed earlier has a non-centred branch that drifts by itself (reading A)' },
  source: { file, quote: flowQuote },
  statement: flowStatement,
  reading: `Reading B (one of two; reading A is depth-vs-width/residual-signals-flow-through-thousands-of-layers-reading-a): the standard centred block h + relu(h W1) W2 in the small-branch regime the preceding sentence describes: W1 at He initialisation (Var = 2/fan_in), W2 with Var = 1/(${FLOW_DEPTH} fan_in), so each branch adds 1/depth of the signal's square norm (branch variance scaled by 1/depth). ${flowReading('h + relu(h W1) W2')} Scope forall: a definite statement about the mechanism, so every setting run must show it; the statistic over nets or seeds is what the sentence asserts of a randomly initialised net.`,
  kind: 'statistical',
  scope: 'forall',
  scale: flowScale,
  tolerance: absolute(Math.log(100), 'smooth flow read as staying within a factor 100 over the whole depth'),
  correction: (e) => `（实测即使采用零均值分支 x + W₂σ(W₁x) 并按 1/L 缩放，经过 ${FLOW_DEPTH} 层后信号仍变化约 e^${e.observations.find((o) => o.outcome === 'outside')?.measured?.toFixed(0)} 倍。）`,
  judgements: 2,
  check: flowCheck({ branchVariance: 2, closingVariance: 1 / FLOW_DEPTH }),
});
