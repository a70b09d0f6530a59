// § 生存的艺术：[混沌边缘](@article_id:337019)的信号传播, the ReLU item and the section's conclusion
// The text: ReLU's derivative is 1 or 0, half the time each at initialisation, so E[phi'^2] = 1/2 and
// chi = 1 requires sigma_w^2 = 2, the He initialisation, crucial for very deep ReLU nets; these schemes
// are what lets information survive its journey through depth.
// How we test it: tfjs autodiff on He-initialised nets and Gaussian samples; the critical sigma_w^2 from
// measured perturbation factors; deep ReLU nets trained at sigma_w^2 in {1, 2, 4}; the infinite-width
// recursion at the critical initialisations. What would refute it: other fractions, moments or roots; a
// deep net that trains better away from He; information lost at the critical initialisation.
import * as fc from 'fast-check';
import { absolute, defineClaim, exactly, relative, writeQuote } from '../../src/claim/index.js';
import { outsideOf } from '../../src/findings/evidence-text.js';
import { HE_2015 } from '../../src/nets/published/he-init.js';
import { chi, fixedPointVariance, meanFieldTrajectory, standardNormals } from '../../src/nets/theory/mean-field.js';
import { meanLayerFactor, perturbationFactors } from '../../src/nets/theory/perturbation-growth.js';
import { trainMlp } from '../../src/nets/train/train-mlp.js';
import { teacherClassification } from '../../src/datasets/teacher.js';

const file = 'infinite-width-ntk.md';

const reluDerivativeQuote = '对于正输入，其[导数](@article_id:318324)为{positive:number}，对于负输入，其[导数](@article_id:318324)为{negative:number}';

export const reluDerivative = defineClaim({
  id: 'infinite-width-ntk/relu-derivative',
  scope: 'forall',
  source: { file, quote: reluDerivativeQuote },
  statement: 'The derivative of ReLU is {positive} for positive inputs and {negative} for negative inputs.',
  reading: 'Scope forall: a definition stated for every positive and every negative input. tfjs autodiff of relu at generated inputs with 1e-6 <= |z| <= 100 (float32 flushes smaller magnitudes to 0, where the derivative is a convention).',
  kind: 'exact',
  tolerance: exactly('the derivative is 0 or 1 exactly'),
  correction: (e) => { const o = outsideOf(e)[0]!; return { replace: { span: writeQuote(reluDerivativeQuote, e.slots.values), text: writeQuote(reluDerivativeQuote, e.slots.values, { [(o.where.z as number) > 0 ? 'positive' : 'negative']: String(o.measured) }) } }; },
  cases: () => fc.record({ z: fc.tuple(fc.constantFrom(-1, 1), fc.double({ min: 1e-6, max: 100, noNaN: true })).map(([s, m]) => s * m) }),
  runs: { quick: 30, standard: 100, full: 300 },
  check: ({ z }, ctx) => {
    const d = ctx.tf.tidy(() => ctx.tf.grad((t) => ctx.tf.sum(ctx.tf.relu(t)))(ctx.tf.scalar(z)).dataSync()[0]!);
    ctx.judge.value({ label: 'relu\'(z)', measured: d, asserted: z > 0 ? ctx.slots.number('positive') : ctx.slots.number('negative') });
  },
});

export const reluInputsSymmetric = defineClaim({
  id: 'infinite-width-ntk/relu-preactivations-symmetric',
  scope: 'forall',
  source: { file, quote: '由于初始化时的输入对称分布在零点周围' },
  statement: 'At initialisation the inputs to a ReLU (its pre-activations) are distributed symmetrically around zero.',
  reading: 'Scope forall: a definite statement about the distribution at initialisation at every layer, judged on the mean over nets with its interval. He-initialised ReLU nets (sigma_w^2 = 2, zero bias), width 128, 8 layers, 64 N(0, I) inputs; symmetry measured as the skewness E[z^3] / E[z^2]^(3/2) of all pre-activations of a layer (layers 2..8; the inputs of deeper ReLU layers are themselves non-negative, so this is the non-trivial case). Nets are i.i.d. samples of the mean skewness.',
  kind: 'statistical',
  scale: { quick: { nets: 32 }, standard: { nets: 64 }, full: { nets: 160 } },
  tolerance: absolute(0.05, 'a symmetric distribution has skewness 0; |skewness| <= 0.05 is far below the ~1 of a visibly lopsided distribution and above the sampling noise of 64 x 128 values per layer'),
  correction: (e) => `初始化时 ReLU 的预激活并不对称（偏度 ${e.observations[0]!.measured!.toFixed(3)}）`,
  check: (ctx) => {
    const { nets } = ctx.scaled;
    const draw = (i: number) => ctx.tf.tidy(() => {
      const tf = ctx.tf;
      let h = tf.randomNormal([64, 128], 0, 1, 'float32', ctx.seeds.child('inputs', i).value);
      let total = 0;
      for (let l = 0; l < 8; l++) {
        const z = tf.matMul(h, tf.randomNormal([128, 128], 0, Math.sqrt(2 / 128), 'float32', ctx.seeds.child('weights', i, l).value));
        if (l > 0) total += tf.div(tf.mean(tf.pow(z, 3)), tf.pow(tf.mean(tf.square(z)), 1.5)).dataSync()[0]! / 7;
        h = tf.relu(z);
      }
      return total;
    });
    ctx.record('nets', nets);
    ctx.judge.sequential({ label: 'skewness of pre-activations (layers 2-8)', statistic: 'mean', n: nets, draw, asserted: 0 });
  },
});

export const reluDerivativeHalfTime = defineClaim({
  id: 'infinite-width-ntk/relu-derivative-one-half-the-time',
  scope: 'forall',
  source: { file, quote: '[导数](@article_id:318324)的平方有一半时间是{high:int}，另一半时间是0' },
  statement: 'At initialisation, the squared derivative of ReLU is {high} half of the time and 0 the other half.',
  reading: 'Scope forall: "一半时间" is itself the statistic (a frequency); the definite statement is that it is one half at every layer, judged on the mean over nets. Fraction of pre-activations with relu\'(z)^2 = {high} (tfjs autodiff) in He-initialised ReLU nets (sigma_w^2 = 2, zero bias), width 256, layers 1..8, 16 N(0, I) inputs; nets are i.i.d. samples.',
  kind: 'statistical',
  scale: { quick: { nets: 4 }, standard: { nets: 10 }, full: { nets: 30 } },
  tolerance: absolute(0.02, '"half" is read as 0.5 +- 0.02: within it lies any sampling noise of 16 x 256 units per layer, outside it a clear asymmetry'),
  correction: (e) => `导数的平方为 ${e.slots.int('high')} 的比例约为 ${e.observations[0]!.measured!.toFixed(3)}`,
  check: (ctx) => {
    const { nets } = ctx.scaled;
    const high = ctx.slots.int('high');
    const draw = (i: number) => ctx.tf.tidy(() => {
      const tf = ctx.tf;
      let h = tf.randomNormal([16, 256], 0, 1, 'float32', ctx.seeds.child('inputs', i).value);
      let total = 0;
      for (let l = 0; l < 8; l++) {
        const z = tf.matMul(h, tf.randomNormal([256, 256], 0, Math.sqrt(2 / 256), 'float32', ctx.seeds.child('weights', i, l).value));
        total += tf.mean(tf.cast(tf.equal(tf.square(tf.grad((t) => tf.sum(tf.relu(t)))(z)), high), 'float32')).dataSync()[0]! / 8;
        h = tf.relu(z);
      }
      return total;
    });
    ctx.judge.sequential({ label: `fraction with relu'(z)^2 = ${high}`, statistic: 'mean', n: nets, draw, asserted: 0.5 });
  },
});

export const reluMeanSquaredDerivative = defineClaim({
  id: 'infinite-width-ntk/relu-expected-squared-derivative',
  scope: 'forall',
  source: { file, quote: '就是 $\\frac{{num:int}}{{den:int}}$' },
  statement: 'For ReLU, E[phi\'(z)^2] = {num}/{den}.',
  reading: 'Scope forall: an expectation stated without condition, so it must hold at every variance tried. z ~ N(0, q) with q in {0.1, 1, 10}: batches of 65536 raw N(0, q) samples, relu\'(z) by tfjs autodiff; each batch mean of relu\'(z)^2 is one sample.',
  kind: 'statistical',
  scale: { quick: { batches: 6 }, standard: { batches: 20 }, full: { batches: 60 } },
  tolerance: absolute(0.01, 'the value is a probability; +-0.01 separates 1/2 from any other simple fraction and holds the batch noise (sd 0.002 per batch of 65536)'),
  correction: (e) => `期望值 $\\mathbb{E}[(\\phi'(z))^2]$ 约为 ${e.observations[0]!.measured!.toFixed(3)}`,
  judgements: 3,
  check: (ctx) => {
    const { batches } = ctx.scaled;
    for (const [k, q] of [0.1, 1, 10].entries()) {
      const draw = (i: number) => ctx.tf.tidy(() => {
        const z = ctx.tf.randomNormal([65536], 0, Math.sqrt(q), 'float32', ctx.seeds.child('samples', k, i).value);
        return ctx.tf.mean(ctx.tf.square(ctx.tf.grad((t) => ctx.tf.sum(ctx.tf.relu(t)))(z))).dataSync()[0]!;
      });
      ctx.judge.sequential({ label: 'E[relu\'(z)^2]', statistic: 'mean', n: batches, draw, asserted: ctx.slots.int('num') / ctx.slots.int('den'), where: { q } });
    }
  },
});

const reluCriticalQuote = '于是，$\\chi={chi:number}$ 的条件要求 $\\sigma_w^2 = {variance:number}$';

export const reluCritical = defineClaim({
  id: 'infinite-width-ntk/relu-critical-weight-variance',
  scope: 'forall',
  source: { file, quote: reluCriticalQuote },
  statement: 'For ReLU, the condition chi = {chi} requires sigma_w^2 = {variance}.',
  reading: 'Scope forall: a computed consequence ("要求"), definite, judged on the estimate with its interval. Measured with wide ReLU nets (n = 256, zero bias, 32 N(0, I) inputs with infinitesimal perturbations propagated as tangents, layers 1..10): the per-layer factor of the perturbation\'s squared norm divided by sigma_w^2 is estimated at sigma_w^2 = 1.5 and 2.5 (the factor is linear in sigma_w^2 for ReLU); the sigma_w^2 with factor 1 is 1 / (mean slope). Nets are i.i.d. samples of that root.',
  kind: 'statistical',
  scale: { quick: { nets: 3 }, standard: { nets: 8 }, full: { nets: 20 } },
  tolerance: relative(0.05, 'a root from measured factors: +-5% admits finite-width scatter of the factor at n = 512 over 10 layers and still tells 2 from the 1 of Xavier'),
  correction: (e) => ({ replace: { span: writeQuote(reluCriticalQuote, e.slots.values), text: writeQuote(reluCriticalQuote, e.slots.values, { variance: e.observations[0]!.measured!.toFixed(2) }) } }),
  check: (ctx) => {
    const { nets } = ctx.scaled;
    const draw = (i: number) => {
      const slopes = [1.5, 2.5].map((v, j) => {
        const s = perturbationFactors(ctx.tf, 'relu', v, 0, 11, ctx.seeds.child('net', i, j).value);
        return meanLayerFactor(s.distance2) / v;
      });
      // The factor is sigma_w^2 times the mean slope: chi = target at sigma_w^2 = target / slope.
      return (2 * ctx.slots.number('chi')) / (slopes[0]! + slopes[1]!);
    };
    ctx.judge.sequential({ label: `sigma_w^2 with perturbation factor ${ctx.slots.number('chi')}`, statistic: 'mean', n: nets, draw, asserted: ctx.slots.number('variance') });
  },
});

const heQuote = '$\\sigma_w^2 = {variance:number}$。这就是同样著名的 He 初始化';

export const heIsTwoOverFanIn = defineClaim({
  id: 'infinite-width-ntk/he-is-sigma-w-2',
  scope: 'forall',
  source: { file, quote: heQuote },
  statement: 'sigma_w^2 = {variance} (Var(W) = {variance}/fan_in) is the He initialisation.',
  reading: 'Scope forall: an identification of two formulas, so it must hold for every generated fan_in. Checked against the published record: He et al. (2015, section 2.2, eq. 10) require (1/2) n_l Var[w_l] = 1, i.e. Var(W) = 2 / fan_in ("fan_in" mode; HE_2015 in src/nets/published/he-init.ts); sigma_w^2 = fan_in * Var(W) for generated fan_in in [1, 4096].',
  kind: 'arithmetic',
  published: [HE_2015.forward],
  tolerance: relative(1e-9, 'exact arithmetic'),
  correction: (e) => ({ replace: { span: writeQuote(heQuote, e.slots.values), text: writeQuote(heQuote, e.slots.values, { variance: String(e.observations.find((o) => o.outcome === 'outside')!.measured) }) } }),
  cases: () => fc.record({ fanIn: fc.integer({ min: 1, max: 4096 }) }),
  runs: { quick: 10, standard: 30, full: 100 },
  check: ({ fanIn }, ctx) => {
    ctx.judge.value({ label: 'fan_in * Var(W) of He (Var(W) = 2 / fan_in)', measured: fanIn * (HE_2015.forward.value / fanIn), asserted: ctx.slots.number('variance') });
  },
});

export const heCrucial = defineClaim({
  id: 'infinite-width-ntk/he-crucial-for-deep-relu',
  scope: 'forall',
  source: { file, quote: '它对于使非常深的 ReLU 网络可训练至关重要' },
  statement: 'He initialisation is crucial for making very deep ReLU networks trainable.',
  reading: 'Scope forall: "至关重要" is a definite statement about very deep ReLU nets, judged by paired orderings over seeds. Very deep: 30 hidden ReLU layers of width 32 (zero biases), the depth at which He et al. (2015, section 2.2, Figure 3) saw Xavier stall and their initialisation converge (HE_2015.deepestCompared), full-batch SGD (lr 0.02, softmax cross-entropy) on 128 points of a 4-class teacher task. Crucial = with sigma_w^2 = 1 (Xavier) and sigma_w^2 = 4 the training loss after the same steps is higher than with He (sigma_w^2 = 2); a run that overflows counts as infinitely high. Each seed draws its own teacher, data and net, the same for the three variances; each ordering is judged over seeds by a sign test (count as in the claim\'s scale).',
  kind: 'experiment',
  scale: { quick: { seeds: 8, steps: 40 }, standard: { seeds: 10, steps: 80 }, full: { seeds: 16, steps: 120 } },
  tolerance: exactly('orderings over seeds, judged by a sign test (the ordering judgement uses no band)'),
  judgements: 2,
  correction: (e) => `实测：He 初始化并非唯一可训练的选择（${Object.entries(e.records).filter(([k]) => k.includes('loss')).map(([k, v]) => `${k} ${v}`).join('，')}）`,
  check: (ctx) => {
    const { seeds, steps } = ctx.scaled;
    ctx.record('SGD steps', steps);
    const variances = [1, 2, 4];
    const loss = variances.map(() => [] as number[]);
    const curves: number[][] = [];
    for (let s = 0; s < seeds; s++) {
      const data = teacherClassification(ctx.tf, { nTrain: 128, nTest: 16, d: 8, classes: 4, seed: ctx.seeds.child('teacher', s).value });
      try {
        variances.forEach((v, i) => {
          const r = trainMlp(ctx.tf, { sizes: [8, ...Array<number>(HE_2015.deepestCompared.value).fill(32), 4], phi: 'relu', weightVariance: v, seed: ctx.seeds.child('net', s).value }, { optimizer: 'sgd', lr: 0.02, steps, loss: 'softmax', train: { x: data.xTrain, y: data.yTrain }, evalEvery: steps });
          // An overflowing run is worse than any finite one; the largest double keeps the ordering's differences finite.
          loss[i]!.push(r.nonFinite ? Number.MAX_VALUE : r.trainLoss.at(-1)!);
          curves.push(r.trainLoss);
        });
      } finally {
        data.dispose();
      }
    }
    variances.forEach((v, i) => { const m = loss[i]!.reduce((a, b) => a + b, 0) / seeds; ctx.record(`sigma_w^2 = ${v}: final train loss (mean over seeds)`, Number.isFinite(m) ? +m.toFixed(4) : 'overflow'); });
    // A run that learned nothing (loss above chance, ln 4 for 4 classes) cannot refute the ordering.
    const training = { curves, rule: { kind: 'target' as const, value: Math.log(4), goal: 'min' as const } };
    ctx.judge.ordering({ label: 'Xavier (1) ends with a higher training loss than He (2), over seeds', a: loss[0]!, b: loss[1]!, resolution: 1e-3, training });
    ctx.judge.ordering({ label: 'sigma_w^2 = 4 ends with a higher training loss than He (2), over seeds', a: loss[2]!, b: loss[1]!, resolution: 1e-3, training });
  },
});

const initSchemesQuote = '实际上是信息必须在其穿越网络深度的旅程中存活下来的物理需求的直接结果';
const initSchemesStatement = 'The successful initialisation schemes (Xavier for tanh, He for ReLU) are a direct consequence of the requirement that information survive its journey through the network\'s depth.';

export const initSchemesFromSurvival = defineClaim({
  id: 'infinite-width-ntk/init-schemes-let-information-survive',
  scope: 'forall',
  primary: { why: 'the sentence closes the section\'s derivation (设定 χ=1 直接为我们提供了如何初始化网络的方案): it says where the schemes come from, the survival condition chi = 1, not that they keep every signal intact at every depth' },
  source: { file, quote: initSchemesQuote },
  statement: initSchemesStatement,
  reading: 'A direct consequence of the survival requirement: each scheme is the sigma_w^2 at which the per-layer factor of a small perturbation (information) is 1 where the signal settles: chi = sigma_w^2 E[phi\'(z)^2] with z ~ N(0, q*), q* the stable fixed point of the infinite-width variance map q -> sigma_w^2 E[phi(sqrt(q) u)^2] (zero bias; phi\' by tfjs autodiff on standardised normal samples, count as in the claim\'s scale). Xavier-tanh (sigma_w^2 = 1, q* = 0) and He-ReLU (sigma_w^2 = 2, chi independent of q).',
  kind: 'exact',
  scale: { quick: { normals: 1 << 13 }, standard: { normals: 1 << 14 }, full: { normals: 1 << 15 } },
  tolerance: relative(0.02, 'chi = 1 holds exactly at both schemes in the infinite-width theory; 2% is room for the Monte Carlo error of E[phi\'^2] and still tells a scheme off the condition (chi = 0.5 for ReLU at sigma_w^2 = 1)'),
  correction: () => '这些初始化方案并不是 χ=1 这一信息存活条件的直接结果',
  check: (ctx) => {
    const u = standardNormals(ctx.tf, ctx.scaled.normals, ctx.seeds.child('gaussian-samples').value);
    for (const [phi, v] of [['tanh', 1], ['relu', 2]] as const) {
      const q = fixedPointVariance(phi, v, 0, u);
      ctx.record(`fixed point q* (${phi}, sigma_w^2 = ${v})`, +q.toPrecision(4));
      // q* = 0 is the limit q -> 0+: evaluated just above it, where ReLU's derivative is defined (tfjs sets relu'(0) = 0).
      ctx.judge.value({ label: 'chi at the fixed point of the variance map', measured: chi(ctx.tf, phi, v, Math.max(q, 1e-6), u), asserted: 1, where: { phi, weightVariance: v } });
    }
  },
});

export const initSchemesPreserveInformation = defineClaim({
  id: 'infinite-width-ntk/init-schemes-let-information-survive-30-layers',
  scope: 'forall',
  alternativeOf: 'infinite-width-ntk/init-schemes-let-information-survive',
  source: { file, quote: initSchemesQuote },
  statement: initSchemesStatement,
  reading: 'Information = a small difference between two inputs; from the infinite-width view the sentence speaks from, its squared norm is multiplied by chi_l = sigma_w^2 E[phi\'(z_l)^2] at layer l, z_l ~ N(0, q_l) along the variance recursion from N(0, I) inputs (phi\' by tfjs autodiff, 2^14 standardised antithetic normal samples). Surviving = the product over 30 layers within [0.5, 1.5] (neither vanished nor exploded). Xavier-tanh (sigma_w^2 = 1) and He-ReLU (sigma_w^2 = 2), zero bias. The first design, kept as an alternative since the re-judging of issue 18: it asks the schemes to deliver survival over 30 layers, a guarantee the sentence does not make; it says where the schemes come from.',
  kind: 'exact',
  scale: { quick: { normals: 1 << 13 }, standard: { normals: 1 << 14 }, full: { normals: 1 << 15 } },
  tolerance: relative(0.5, 'survival is read generously: the band is [0.5, 1.5] for the 30-layer factor, so only a clear loss or gain of the perturbation counts against it'),
  qualifiers: [{ condition: 'phi = relu', holds: (c) => c.phi === 'relu' }],
  correction: (e) => e.qualifiedBy ? 'He 初始化使信息在穿越 ReLU 网络的深度时得以存活；而 tanh 网络在 σ_w²=1（无偏置）时，微小扰动随深度按多项式衰减（30 层后只剩百分之几），并不完全存活' : '这些初始化方案并不能保证信息存活',
  check: (ctx) => {
    const u = standardNormals(ctx.tf, ctx.scaled.normals, ctx.seeds.child('gaussian-samples').value);
    for (const phi of ['relu', 'tanh'] as const) {
      const v = phi === 'relu' ? 2 : 1;
      const { chi: chis } = meanFieldTrajectory(ctx.tf, phi, v, 0, v, 30, u);
      ctx.judge.value({ label: 'product of chi_l over 30 layers', measured: chis.reduce((a, b) => a * b, 1), asserted: 1, where: { phi } });
    }
  },
});
