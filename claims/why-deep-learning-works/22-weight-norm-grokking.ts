// § 20.4.4 权重的范数（grokking 与图 20.13）
// The text: grokking, generalisation arriving long after the training data are fitted, happens when
// the initial norm is too large and (weight-decay) regularisation brings it back into the Goldilocks
// range (Liu et al. 2023, figure 20.13). How we test it: MNIST-1D nets started at a multiple of He's
// scale and trained with decoupled weight decay, against He-scale and no-decay controls. What would
// refute it: no later generalisation, no norm decrease, or no difference without decay.
import { above, defineClaim, relative, exactly } from '../../src/claim/index.js';
import { FIG_20_4_SCALE, FIG_20_4_SEEDS, FIG_20_4_SETUP, fig204Experiment, fig204Seeds } from '../../src/experiments/figure-20-4-multiples.js';
import { Seeds } from '../../src/random/seeds.js';
import { defineExperiment } from '../../src/experiments/define-experiment.js';
import type { CheckContext, PerBudget } from '../../src/claim/types.js';
import { mnist1dTask } from '../../src/datasets/mnist1d-task.js';
import { firstStep, runWithNormControl, type NormRun } from '../../src/nets/train/norm-runs.js';
import { settledSign, type StepTerm } from '../../src/stats/censored.js';
import { failedMeans } from '../../src/experiments/batch-lr-grid.js';

const file = 'why-deep-learning-works.md';
const literature = (id: string, quote: string, statement: string, reason: string) =>
  defineClaim({ id: `why-deep-learning-works/${id}`, source: { file, quote }, statement, kind: 'not-checkable', reason });
const grokLimits = { quick: 300, standard: 1200, full: 2400 };
const SIZES = [40, 100, 100, 10];

// Grokking runs: per seed, He-scale init with decay, ALPHA x He with decay, ALPHA x He without decay.
const ALPHA = 4;
interface GrokSeed { he: NormRun; big: NormRun; noDecay: NormRun }
// The design is set by two needs: the large-norm run must fit the training set (the positive control
// every grokking sentence presupposes) before decay brings its norm down, and the horizon must be
// affordable (about 4 ms of CPU per step). Adam's step is raised to 0.01, so the large-norm run fits
// within a few hundred steps, and decay is lowered to 0.1, so the per-step shrink (lr * decay = 0.001)
// takes ln(ALPHA) / 0.001 = 1386 steps to bring the ALPHA-fold norm back to He's, after the fit.
const GROK_LR = 0.01;
const GROK_DECAY = 0.1;
const DECAY_STEPS = Math.round(Math.log(ALPHA) / (GROK_LR * GROK_DECAY));
// Steps per epoch: n = 1000 examples in batches of 50; evaluations every two epochs.
const EPOCH = 20;
const EVAL_EVERY = 2 * EPOCH;
const grokReading = `Liu et al.'s (2023) MNIST experiment at MNIST-1D scale: a 40-100-100-10 ReLU net, cross-entropy, Adam lr ${GROK_LR} with decoupled weight decay ${GROK_DECAY} (AdamW: every parameter times 1 - ${(GROK_LR * GROK_DECAY).toFixed(3)} after each step, so decay alone shrinks a norm ${ALPHA}-fold in ${DECAY_STEPS} steps), batch 50, n = 1000 seeded training examples (an epoch is 20 steps), 1000 test examples, S steps (quick 2000, standard 4000, full 6000), evaluated every ${EVAL_EVERY} steps. Three runs per seed from the same draw: He scale (N(0, 2/fan_in)), the draw times ${ALPHA} (parameter norm ${ALPHA}x He's, "much larger"), and the draw times ${ALPHA} without weight decay. Fit step = the first evaluation with training accuracy 1 (training error zero); generalisation step = the first evaluation with test accuracy at or above the He run's reference test accuracy minus 0.03. The He run's reference test accuracy and norm are medians over the second half of its evaluations, not its final evaluation: at lr 0.01 an Adam spike can land near the end (session 9, quick run seed 1: at step 1720 the He run fell to training accuracy 0.56 and its norm rose from 22 to 34, where it still was at step 2000), and a reference read there moves the generalisation level and the Goldilocks norm with it; a median is unmoved by a spike that covers less than half the window, which the second half of the run is long enough for (the He run fits by step 500 in every run seen). Recorded beside it, per seed (session-10 referee, defect 8): the level from the He run's final evaluation, the reference before session 10, the large-norm run's best test accuracy minus each level, and its first step at each, because at quick run seed 1 that run's plateau (0.44-0.45) sits within a point of the level (0.45), so a witness may turn on which reference is read. Positive control: the large-norm run must fit; every judgement reads its fit step and is undetermined where it never fitted, so generalisation is judged only after a fit. Seeds quick 1, standard 3, full 5, drawn from the run seed (not the claim's) because the five claims on grokking share the runs. A step a run does not reach by its last step is censored (somewhere after the horizon): a comparison of steps is decided where every placement of the censored step gives the same answer, and left undetermined where it depends on it; a value read at a step never reached is undetermined. Quick is a smoke test: its 2000 steps show the control (the fit) and the norm coming down, but the large-norm run's generalisation step may lie past them. Design history: three earlier designs could not show the effect, because under their decay the large-norm run never fitted (session-8 referees): lr 0.001, decay 0.3, batch 100; lr 0.003, decay 0.92 (the He run never fitted either); lr 0.003, decay 0.3, where the large-norm run's training accuracy peaked at 0.99 (step 800) and fell to 0.91-0.94 as decay shrank its norm below He's. With no fit they could never decide, so none is kept as a reading. This fourth design, chosen from prototype runs (data seeds 1 and 2, not the claim's seeds) before any run of these claims: Adam's step tripled so the large-norm run fits within a few hundred steps, decay cut to 0.1 so its norm comes down after the fit (prototypes: fits at step 480 at norm 50 with test accuracy 0.29-0.31; test accuracy then rises to 0.40-0.46 as the norm falls to He's 21-24; without decay it stays at 0.27-0.29 with the norm at 80; a decay of 0.2 again unfitted the large-norm run). The fit and generalisation steps were "the evaluation from which the accuracy stays at the level"; they are first-hitting steps here because at lr 0.01 Adam spikes knock the fitted He run off for an evaluation or two (prototypes: at steps 1200, 1280 and 3200), which pushed a "stays" step late for a reason unrelated to grokking.`;

type GrokScale = { steps: number; seeds: number };
const GROK_SCALE: PerBudget<GrokScale> = { quick: { steps: 2000, seeds: 1 }, standard: { steps: 4000, seeds: 3 }, full: { steps: 6000, seeds: 5 } };
// The five claims on grokking judge these runs: one experiment, seeded from the run seed.
const grokExperiment = defineExperiment<void, GrokSeed[]>({
  key: 'grokking',
  seeds: { quick: GROK_SCALE.quick.seeds, standard: GROK_SCALE.standard.seeds, full: GROK_SCALE.full.seeds },
  run: ({ tf, budget, replicates }) => {
    const { steps } = GROK_SCALE[budget];
    return replicates.map((seed) => {
      const streams = new Seeds(seed);
      const task = mnist1dTask(tf, { seed: streams.child('data').value, nTrain: 1000, nTest: 1000 });
      try {
        const run = (a: number, decay: number) => runWithNormControl(tf, { sizes: SIZES, phi: 'relu', weightVariance: 2 * a * a, seed: streams.child('net').value }, { lr: GROK_LR, steps, batchSize: 50, train: task.train, test: task.test, loss: 'softmax', decay, evalEvery: EVAL_EVERY });
        return { he: run(1, GROK_DECAY), big: run(ALPHA, GROK_DECAY), noDecay: run(ALPHA, 0) };
      } finally {
        task.dispose();
      }
    });
  },
});
function grokRuns(ctx: CheckContext<GrokScale>): GrokSeed[] {
  const out = grokExperiment.of(ctx);
  ctx.record('steps / seeds', `${ctx.scaled.steps} / ${ctx.scaled.seeds}`);
  // The positive control: every judgement below reads a fit step, undetermined where the run never fitted.
  out.forEach((g, i) => ctx.record(`seed ${i + 1}: positive control, first step at training accuracy 1 (He / ${ALPHA}x He / ${ALPHA}x He without decay)`, (['he', 'big', 'noDecay'] as const).map((k) => firstStep(g[k].at, g[k].trainAcc, 1) ?? 'never').join(' / ')));
  out.forEach((g, i) => {
    const [lvl, fin, best] = [level(g), finalLevel(g), Math.max(...g.big.testAcc)];
    ctx.record(`seed ${i + 1}: generalisation level from He's median / final-evaluation reference; ${ALPHA}x He's best test accuracy minus each; its first step at each`, `${lvl.toFixed(3)} / ${fin.toFixed(3)}; ${(best - lvl).toFixed(3)} / ${(best - fin).toFixed(3)}; ${steps(g, 'big').gen ?? 'never'} / ${steps(g, 'big', fin).gen ?? 'never'}`);
  });
  out.forEach((g, i) => (['he', 'big', 'noDecay'] as const).forEach((k) => ctx.record(`seed ${i + 1}, ${k}: step:train acc/test acc/norm`, g[k].at.map((s, j) => `${s}:${g[k].trainAcc[j]!.toFixed(2)}/${g[k].testAcc[j]!.toFixed(2)}/${g[k].norm[j]!.toFixed(0)}`).join(' '))));
  return out;
}
// A JSON-safe value for judge.holds (a diverged run's NaN would break the report): -1 stands for "none".
const finite = (x: number | null) => (x !== null && Number.isFinite(x) ? x : -1);
// The He run's trained state, read robustly (the reading says why not its final evaluation).
const median = (v: readonly number[]) => { const s = [...v].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };
const heReference = (g: GrokSeed) => { const half = Math.floor(g.he.at.length / 2); return { test: median(g.he.testAcc.slice(half)), norm: median(g.he.norm.slice(half)) }; };
const level = (g: GrokSeed) => heReference(g).test - 0.03;
// The level from He's final evaluation, the reference before session 10, recorded beside the median's
// (session-10 referee, defect 8): the large-norm run's plateau sits within a point of the level, and
// the margins show how far a witness depends on which reference is read.
const finalLevel = (g: GrokSeed) => g.he.testAcc.at(-1)! - 0.03;
// First-hitting steps: at lr 0.01 Adam's occasional spikes knock a fitted run off for an evaluation or two.
const steps = (g: GrokSeed, k: 'he' | 'big' | 'noDecay', lvl = level(g)) => ({ fit: firstStep(g[k].at, g[k].trainAcc, 1), gen: firstStep(g[k].at, g[k].testAcc, lvl) });
// Settled sign of a combination of steps (null: depends on where an unreached step lies).
const later = (g: GrokSeed, terms: readonly StepTerm[], constant = 0, strict = true) => settledSign(terms, g.he.at.at(-1)!, { constant, strict });
const settledText = (h: boolean | null) => (h === null ? 'undetermined' : h ? 'holds' : 'does not hold');
// Gated judgements over seeds: a step a run never reached enters at the horizon, and the convergence
// gate (every run's curve must reach its level) then holds a refutation back. Resolutions: accuracy on
// 1000 test examples moves in steps of 0.001; decay alone moves ln(norm) by lr * decay * EVAL_EVERY = 0.04
// between the evaluations a norm is read at.
const REACHED = { kind: 'target', value: 1, goal: 'max' } as const;
const reached = (curve: readonly number[], lvl: number) => { const k = curve.findIndex((v) => v >= lvl); return curve.map((_, j) => (k >= 0 && j >= k ? 1 : 0)); };
const ACC_RESOLUTION = 1 / 1000;
const NORM_RESOLUTION = GROK_LR * GROK_DECAY * EVAL_EVERY;
// An interval needs two seeds: with quick's one the comparisons are recorded and the claim stays undecided.
const oneSeed = (ctx: CheckContext<GrokScale>, n: number): boolean => {
  if (n < 2) ctx.judge.holds({ label: `the judgement over seeds: ${n} seed(s) record the runs but give no interval`, holds: null });
  return n < 2;
};
const GATED_HISTORY = 'Session 10 (session-10 referee, defect 2): the first design judged these comparisons per seed by holds alone, which in an experiment claim can support but never refute (an outside holds is held back), so it could only report reproduced, and it did so from quick\'s one seed. Its per-seed holds are kept unchanged as judgements of this claim (a seed that fails one, or leaves it unsettled, keeps the claim from support); the same comparisons are now also judged gated over seeds, paired by seed (from 2 seeds; a refutation needs 3, every run converged and the estimate beyond the resolution), a step a run never reached entering at the horizon with the convergence gate holding a refutation back, the rule of why-deep-learning-works/figure-20-13-large-norm-generalises-more-slowly. With one seed (quick) the comparisons are recorded and the claim stays undecided.';

export const liuAttribution = literature('liu-2023-grokking-explained', 'Liu 等人（2023c）利用这一发现解释了 grokking 现象（Power 等人，2022）',
  'Liu et al. (2023c) used this finding to explain grokking (Power et al. 2022).',
  'An attribution; the phenomenon and its explanation are reproduced at MNIST-1D scale by why-deep-learning-works/grokking-generalisation-long-after-fit and the claims after it.');

export const grokkingDelay = defineClaim({
  id: 'why-deep-learning-works/grokking-generalisation-long-after-fit',
  replicates: { citation: 'Liu 等人（2023c）' },
  source: { file, quote: '即在训练误差已降至零后的许多轮次中，泛化性能可能会突然显著提升' },
  statement: 'Generalisation can improve suddenly and markedly many epochs after the training error has reached zero (grokking).',
  reading: `${grokReading} Per seed (holds, an exact fact of the runs): the gap from the large-norm run's fit step to its generalisation step is larger than the He run's gap by at least 10 epochs (${10 * EPOCH} steps: "many epochs"); a run that never fits or never generalises within the cap leaves the gap censored (undetermined). The test-accuracy rise between the two steps is recorded. With one seed at quick the judgement is of that run alone. Scope exists: '泛化性能可能会突然显著提升' says grokking can happen, which one run showing it witnesses; runs without it do not refute. Source numbers: a replication of Liu 等人（2023c）'s result at MNIST-1D scale, checked against the direction the sentence attributes to the paper; none of the paper's own numbers enters the check, so the result reads as reproduced or not reproduced at this scale, never as the text misreporting the paper.`,
  kind: 'experiment',
  scope: 'exists',
  decidingBudget: { budget: 'beyond', why: 'quick is a smoke test of the positive control; the judgement needs the large-norm run\'s generalisation step, and in the prototypes of this design (data seeds 1 and 2) that run, fitted at step 480, came back to He\'s norm (21-24) by step 1600-2000 but its test accuracy rose only gradually, 0.31 to 0.46 by step 3200, and stayed short of the level (then He\'s final 0.50 minus 0.03) at 4000 steps; with the level read from He\'s median reference (session 10) it reached it at step 1560 and 1680 in quick runs seeds 1 and 3 but not by step 2000 in seed 2: whether every seed reaches it is open at 6000, and Omnigrok\'s horizon (about 10^5 steps) is beyond the nightly on 2 cores' },

  shares: [grokExperiment.key],
  tolerance: exactly('exact facts of the runs: steps reached or not, one gap above another by 10 epochs or not'),
  correction: (e) => `（MNIST-1D 复现中：${e.observations.filter((o) => o.outcome === 'outside').map((o) => `seed ${o.where.seed}: ${o.label} ${JSON.stringify(o.values)}`).join('；')}）`,
  timeLimit: grokLimits,
  scale: GROK_SCALE,
  check: (ctx) => {
    grokRuns(ctx).forEach((g, i) => {
      const [he, big] = [steps(g, 'he'), steps(g, 'big')];
      ctx.record(`seed ${i + 1}: fit / generalisation step, He vs ${ALPHA}x He`, `${he.fit}/${he.gen} vs ${big.fit}/${big.gen}`);
      const testAt = (s: number | null) => (s === null ? 'none' : g.big.testAcc[g.big.at.indexOf(s)]!.toFixed(3));
      ctx.record(`seed ${i + 1}: ${ALPHA}x He test accuracy at fit / at generalisation`, `${testAt(big.fit)} / ${testAt(big.gen)}`);
      const gapBeyond = (h: typeof he, b: typeof big) => (b.gen === null ? null : later(g, [[1, b.gen], [-1, b.fit], [-1, h.gen], [1, h.fit]], -10 * EPOCH, false));
      ctx.record(`seed ${i + 1}: the judgement below with the level from He's final evaluation (${finalLevel(g).toFixed(3)})`, settledText(gapBeyond(steps(g, 'he', finalLevel(g)), steps(g, 'big', finalLevel(g)))));
      ctx.judge.holds({ label: 'fit-to-generalisation gap exceeds He\'s by >= 10 epochs', holds: gapBeyond(he, big), values: { fit: finite(big.fit), gen: finite(big.gen), heFit: finite(he.fit), heGen: finite(he.gen) }, where: { seed: i + 1 } });
    });
  },
});

export const grokkingLargeNorm = defineClaim({
  id: 'why-deep-learning-works/grokking-starts-from-too-large-norm',
  replicates: { citation: 'Liu 等人（2023c）' },
  source: { file, quote: 'grokking 发生于权重范数起初过大的情况下；尽管训练数据拟合良好，但模型在数据点间的变化较大' },
  statement: 'Grokking occurs when the weight norm starts too large: the training data are fitted well, but the model varies a lot between the data points (and so generalises poorly at first).',
  reading: `${grokReading} Per seed (holds): when the large-norm run first fits the training set, its test accuracy is below the He run's at the He run's own fit step (it fits but does not yet generalise), and its parameter norm is then above the He run's reference norm. "Varies a lot between the data points" is read through its consequence, poor test accuracy at the fit. Judged gated over seeds (paired by seed): the He run's test accuracy at its fit minus the large-norm run's at its fit above 0 (resolution ${ACC_RESOLUTION}), and ln(the large-norm run's norm at its fit / the He run's reference norm) above 0 (resolution ${NORM_RESOLUTION.toFixed(2)}), with the fit curves of both runs as the convergence gate. ${GATED_HISTORY} Scope forall: stated outright as the condition of grokking. Source numbers: a replication of Liu 等人（2023c）'s result at MNIST-1D scale, checked against the direction the sentence attributes to the paper; none of the paper's own numbers enters the check, so the result reads as reproduced or not reproduced at this scale, never as the text misreporting the paper.`,
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'standard', why: 'quick\'s one seed only records the comparisons; both read the fit step, which this design reaches at every budget (prototypes: step 480; quick run seed 1: 320), and standard\'s 3 seeds give the paired intervals (3 replicates, as a refutation needs); a seed whose run fits later than its horizon stays undetermined rather than deciding' },
  shares: [grokExperiment.key],
  judgements: 2,
  tolerance: above(0, '"起初过大": the large-norm run\'s norm at its fit above He\'s (a log ratio above 0); "变化较大" read through poor generalisation at the fit: its test accuracy then below He\'s at He\'s fit (a difference above 0)'),
  correction: (e) => `（MNIST-1D 复现中：${e.observations.filter((o) => o.outcome === 'outside').map((o) => `seed ${o.where.seed}: ${o.label} ${JSON.stringify(o.values)}`).join('；')}）`,
  timeLimit: grokLimits,
  scale: GROK_SCALE,
  check: (ctx) => {
    const at = grokRuns(ctx).map((g, i) => {
      const [he, big, end] = [steps(g, 'he'), steps(g, 'big'), g.he.at.at(-1)!];
      // A fit step never reached enters at the horizon (the gate then holds a refutation back).
      const read = (r: NormRun, s: number | null, v: number[]) => v[r.at.indexOf(s ?? end)]!;
      const x = { test: read(g.big, big.fit, g.big.testAcc), heTest: read(g.he, he.fit, g.he.testAcc), norm: read(g.big, big.fit, g.big.norm), heNorm: heReference(g).norm };
      ctx.judge.holds({ label: 'test accuracy at the fit below the He run\'s at its fit', holds: big.fit === null || he.fit === null ? null : x.test < x.heTest, values: { test: finite(x.test), heTest: finite(x.heTest) }, where: { seed: i + 1 } });
      ctx.judge.holds({ label: 'norm at the fit above the He run\'s reference norm', holds: big.fit === null ? null : x.norm > x.heNorm, values: { norm: finite(x.norm), heNorm: finite(x.heNorm) }, where: { seed: i + 1 } });
      return { ...x, curves: [reached(g.he.trainAcc, 1), reached(g.big.trainAcc, 1)] };
    });
    if (oneSeed(ctx, at.length)) return;
    const training = { curves: at.flatMap((x) => x.curves), rule: REACHED };
    ctx.judge.paired({ label: 'He\'s test accuracy at its fit minus the large-norm run\'s at its fit, paired by seed', a: at.map((x) => x.heTest), b: at.map((x) => x.test), resolution: ACC_RESOLUTION, training });
    ctx.judge.paired({ label: 'ln(large-norm run\'s norm at its fit / He\'s reference norm), paired by seed', a: at.map((x) => x.norm), b: at.map((x) => x.heNorm), statistic: 'logRatio', resolution: NORM_RESOLUTION, training });
  },
});

export const grokkingNormShrinks = defineClaim({
  id: 'why-deep-learning-works/grokking-when-norm-returns-to-goldilocks-zone',
  replicates: { citation: 'Liu 等人（2023c）' },
  source: { file, quote: '随时间推移，隐式或显式正则化减小权重范数，直至进入金发姑娘区域，此时泛化能力得以突然提高' },
  statement: 'Over time, implicit or explicit regularisation shrinks the weight norm until it enters the Goldilocks zone, at which point generalisation improves suddenly.',
  reading: `${grokReading} The Goldilocks zone is taken as the norms at which the He-initialised net trains and generalises (its reference norm). Judged: per seed, the large-norm run's norm at its generalisation step below its initial norm (holds), and, gated over seeds, the ratio of that norm to the He run's reference norm (recorded per seed), its mean over seeds equal to 1 within 50% (entering the zone; resolution ${NORM_RESOLUTION.toFixed(2)}), with the large-norm run's climb to the generalisation level as the convergence gate. The first design pooled the ratio by an ungated mean (a single value at one seed). ${GATED_HISTORY} Scope forall: the mechanism is stated outright. Source numbers: a replication of Liu 等人（2023c）'s result at MNIST-1D scale, checked against the direction the sentence attributes to the paper; none of the paper's own numbers enters the check, so the result reads as reproduced or not reproduced at this scale, never as the text misreporting the paper.`,
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'beyond', why: 'quick\'s one seed only records the comparisons; the judgement needs the large-norm run\'s generalisation step, and in the prototypes of this design (data seeds 1 and 2) that run, fitted at step 480, came back to He\'s norm (21-24) by step 1600-2000 but its test accuracy rose only gradually, 0.31 to 0.46 by step 3200, and stayed short of the level (then He\'s final 0.50 minus 0.03) at 4000 steps; with the level read from He\'s median reference (session 10) it reached it at step 1560 and 1680 in quick runs seeds 1 and 3 but not by step 2000 in seed 2: whether every seed reaches it is open at 6000, and Omnigrok\'s horizon (about 10^5 steps) is beyond the nightly on 2 cores' },
  shares: [grokExperiment.key],
  tolerance: relative(0.5, 'a norm from half to one and a half times the He run\'s (within 50% of it) is in the same range: figure 20.12\'s zone spans about a factor 2 of radii and holds He\'s norm, so no norm in it lies below half He\'s (the band\'s lower end); above, the band ends at 1.5 times, inside the factor 2 the zone allows, because "减小……直至进入" has the norm come down into the zone, and a norm still well above He\'s has not entered it. The band is the first design\'s ([0.5, 1.5], fixed before any run); until session 10 this text said "within a factor 1.5", which the band never was (session-10 referee, defect 9)'),
  correction: (e) => `（MNIST-1D 复现中：${failedMeans(e)}）`,
  timeLimit: grokLimits,
  scale: GROK_SCALE,
  check: (ctx) => {
    const per = grokRuns(ctx).map((g, i) => {
      const big = steps(g, 'big');
      const norm = big.gen === null ? NaN : g.big.norm[g.big.at.indexOf(big.gen)]!;
      ctx.judge.holds({ label: 'norm at generalisation below the initial norm', holds: big.gen === null ? null : norm < g.big.norm[0]!, values: { norm: finite(norm), initial: finite(g.big.norm[0]!) }, where: { seed: i + 1 } });
      // A generalisation step never reached enters at the horizon (the gate then holds a refutation back).
      const ratio = (big.gen === null ? g.big.norm.at(-1)! : norm) / heReference(g).norm;
      ctx.record(`seed ${i + 1}: norm at generalisation / He run's reference norm`, `${ratio.toFixed(3)}${big.gen === null ? ' (never reached: at the horizon)' : ''}`);
      return { ratio, curve: reached(g.big.testAcc, level(g)) };
    });
    if (oneSeed(ctx, per.length)) return;
    ctx.judge.replicated({ label: 'norm at generalisation / He run\'s reference norm', samples: per.map((p) => p.ratio), asserted: 1, resolution: NORM_RESOLUTION, training: { curves: per.map((p) => p.curve), rule: REACHED } });
  },
});

// Figure 20.13's first sentence makes two assertions: training takes longer, generalisation longer
// still. Each is its own claim; the first design, which judged both per seed on the grokking runs, is
// kept as its own reading of the sentence.
const fig1013Quote = '当参数初始化使其 l2 范数（半径）远大于 He 初始化所指定的时，训练需要更长时间（表示为虚线），泛化过程则更加缓慢（表示为实线）';
const fig1013Source = 'Source numbers: a replication of figure 20.13 (改编自 Liu et al. (2023c)) at MNIST-1D scale, checked against the direction its caption states; no number read off the figure enters the check, so the result reads as reproduced or not reproduced at this scale.';
const fig1013History = 'Session 10 (session-9 referee, defect 2): the first design, why-deep-learning-works/figure-20-13-large-norm-trains-and-generalises-slower, judged both assertions per seed on the grokking runs by holds, so it could never refute (an outside holds in an experiment is undecided, and its budget note said one reversed seed leaves it undecided at any number of seeds), and its cross-entropy loss, not the mean squared error of Liu et al.\'s runs that figure 20.4\'s caption names, is the likely cause of its reversed fit order (quick run seed 1: the large-norm run fitted at step 320, He\'s at 480). It is kept as its own reading; the assertions are now judged gated over seeds: training on figure 20.4\'s MSE runs (why-deep-learning-works/figure-20-13-large-norm-trains-slower), generalisation on the grokking runs (why-deep-learning-works/figure-20-13-large-norm-generalises-more-slowly), which stay on cross-entropy because under MSE at this design\'s step and decay the large-norm run did not train at all (prototype, data seed 1001, 3000 steps: training accuracy 0.2 while decay shrank its norm from 82 to 4, below He\'s 18).';

export const fig1013TrainsSlower = defineClaim({
  id: 'why-deep-learning-works/figure-20-13-large-norm-trains-slower',
  primary: { why: 'figure 20.13 plots Liu et al.\'s MNIST runs, the mean-squared-error design figure 20.4\'s caption names; "训练需要更长时间" is a statement about fitting, which a design whose loss reverses the fit order cannot test' },
  replicates: { citation: 'Liu et al. (2023c)' },
  source: { file, quote: fig1013Quote },
  statement: 'When the parameters are initialised with an l2 norm much larger than He initialisation gives, training takes longer.',
  reading: `The caption's first assertion, "训练需要更长时间" (the dashed training curves), on the runs of figure 20.4 (src/experiments/figure-20-4-multiples.ts), which figure 20.4's readings also judge: ${FIG_20_4_SETUP.replace(' One data draw; the same initial draw scaled by each multiple (single run: value / holds).', '')} Seeds quick ${FIG_20_4_SEEDS.quick}, standard ${FIG_20_4_SEEDS.standard}, full ${FIG_20_4_SEEDS.full} (one data draw and one initial draw each), from the run seed. "Much larger" read as a = ${ALPHA} (a parameter norm about ${ALPHA}x He's, the multiple the grokking runs use), present at every budget. Judged (gated, paired by seed): the mean over seeds of ln(steps to 100% training accuracy at a = ${ALPHA} / at a = 1) above 0, with resolution one evaluation interval (10 steps) over the He run's fastest fit, every run required to have fitted (a run cut off by the cap decides nothing); a null result has no positive control and stays undecided. These runs have no weight decay, which would only shrink the large norm toward He's while it fits, so a slower fit without it is the caption's effect at full strength. The generalisation assertion is why-deep-learning-works/figure-20-13-large-norm-generalises-more-slowly. ${fig1013History} This design was chosen knowing that figure 20.4's reading A finds the slower fit on these runs (quick run seed 1: ln ratio 2.1 at a = 4); it is the design the session-9 referee proposed. It is therefore not independent evidence for figure 20.13's caption: the same runs and the same paired comparison as why-deep-learning-works/fig-20-4-final-result-unaffected-reading-a, read as a cross-reference (the two captions name one MSE design), so its result adds nothing to that claim's; on the figure's own grokking setup (cross-entropy with weight decay) the large-norm run fitted no later (the first design: 320 against He's 480 at quick run seed 1, 360 against 320 at seed 2), and no claim checks the caption against Liu et al.'s own curves (session-10 referee, defect 15). Scope forall: the caption states it outright. ${fig1013Source}`,
  kind: 'experiment',
  scope: 'forall',
  shares: [fig204Experiment.key],
  tolerance: above(0, '"训练需要更长时间": more steps to zero training error than from He\'s scale (a log ratio above 0)'),
  correction: (e) => `（MNIST-1D 复现中（均方误差，全批量 Adam），${ALPHA} 倍 He 初始化的网络达到零训练误差所需的步数并未多于 He 初始化：${e.observations.filter((o) => o.outcome === 'outside').map((o) => (o.measured === null ? o.label : `步数之比 ${Math.exp(o.measured).toFixed(2)}`)).join('；')}。）`,
  timeLimit: { quick: 300, standard: 1200, full: 2400 },
  scale: FIG_20_4_SCALE,
  check: (ctx) => {
    // First, so the replication note opens with it.
    ctx.record('not independent evidence', 'the runs and paired comparison of why-deep-learning-works/fig-20-4-final-result-unaffected-reading-a, a design chosen knowing it finds the slower fit there; on the grokking runs (cross-entropy, weight decay) the large-norm net fitted no later');
    const bySeed = fig204Seeds(ctx);
    const k = ctx.scaled.multiples.indexOf(ALPHA);
    const [he, big] = [bySeed.map((runs) => runs[0]!), bySeed.map((runs) => runs[k]!)];
    const cap = ctx.scaled.cap;
    big.forEach((r, i) => ctx.judge.holds({ label: 'fitted within the cap', holds: r.fitStep !== null, values: { finalTrainAcc: r.trainAcc }, where: { multiple: ALPHA, seed: i + 1 } }));
    ctx.judge.paired({ label: `ln(steps to fit at a = ${ALPHA} / at a = 1), paired by seed`, a: big.map((r) => r.fitStep ?? cap), b: he.map((r) => r.fitStep ?? cap), statistic: 'logRatio', resolution: 10 / Math.max(10, Math.min(...he.map((r) => r.fitStep ?? cap))), training: { curves: [...he, ...big].map((r) => r.curve), rule: { kind: 'target', value: 1, goal: 'max' } }, where: { multiple: ALPHA } });
  },
});


export const fig1013GeneralisesSlower = defineClaim({
  id: 'why-deep-learning-works/figure-20-13-large-norm-generalises-more-slowly',
  replicates: { citation: 'Liu et al. (2023c)' },
  source: { file, quote: fig1013Quote },
  statement: 'When the parameters are initialised with an l2 norm much larger than He initialisation gives, generalisation is delayed more than training is.',
  reading: `The caption's second assertion, "泛化过程则更加缓慢" (the solid test curves), read as in the first design: the large-norm run's generalisation is delayed (against the He run's) by more than its fit is. ${grokReading} Per seed, the gap from fit step to generalisation step of the ${ALPHA}x He run and of the He run. Judged (gated, paired by seed, from 2 seeds): the mean over seeds of (${ALPHA}x He's gap - He's gap) above 0, with resolution one evaluation interval (${EVAL_EVERY} steps), every run required to have reached both its fit and its generalisation step by the horizon (a censored step decides nothing); with one seed (quick) the gaps are recorded and the claim stays undecided. Until session 10 the one quick seed was judged by a holds, which could support but not refute, so quick reported reproduced from one run although this reading said it only records (session-10 referee, defect 3). The training assertion is why-deep-learning-works/figure-20-13-large-norm-trains-slower. ${fig1013History} Scope forall: the caption states it outright. ${fig1013Source}`,
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'standard', why: 'quick\'s one seed only records the gaps; standard judges them paired over 3 seeds (a refutation needs 3) at 4000 steps. A large-norm run still short of the level at the horizon enters there, which shortens its gap, so it can still support and only holds a refutation back; with the median reference that run reached the level at steps 1560 and 1680 in quick runs seeds 1 and 3 and not by step 2000 in seed 2, so 4000 steps should settle most seeds; an unsettled one leaves a reversal undecided at standard and full (6000 steps); Omnigrok\'s horizon (about 10^5 steps) is beyond the nightly on 2 cores' },
  shares: [grokExperiment.key],
  tolerance: above(0, '"更加缓慢": the generalisation step comes later after the fit than it does from He\'s scale'),
  correction: (e) => `（MNIST-1D 复现中：${e.observations.filter((o) => o.outcome === 'outside').map((o) => `${o.label}：${o.measured ?? JSON.stringify(o.values)}`).join('；')}）`,
  timeLimit: grokLimits,
  scale: GROK_SCALE,
  check: (ctx) => {
    const gaps = grokRuns(ctx).map((g, i) => {
      const end = g.he.at.at(-1)!;
      // A censored step enters at the horizon; the convergence gate then holds the judgement back.
      const gap = (lvl: number) => (['big', 'he'] as const).map((k) => { const x = steps(g, k, lvl); return (x.gen ?? end) - (x.fit ?? end); });
      const [[big, he], fin] = [gap(level(g)), gap(finalLevel(g))];
      ctx.record(`seed ${i + 1}: fit-to-generalisation gap, ${ALPHA}x He / He (steps; a step never reached at the horizon), with the median / final-evaluation level`, `${big} / ${he}; ${fin.join(' / ')}`);
      return { big: big!, he: he!, curves: (['he', 'big'] as const).flatMap((k) => [reached(g[k].trainAcc, 1), reached(g[k].testAcc, level(g))]) };
    });
    if (oneSeed(ctx, gaps.length)) return;
    ctx.judge.paired({ label: `fit-to-generalisation gap at ${ALPHA}x He minus He's, paired by seed (steps)`, a: gaps.map((g) => g.big), b: gaps.map((g) => g.he), resolution: EVAL_EVERY, training: { curves: gaps.flatMap((g) => g.curves), rule: REACHED } });
  },
});

export const fig1013Slower = defineClaim({
  id: 'why-deep-learning-works/figure-20-13-large-norm-trains-and-generalises-slower',
  alternativeOf: 'why-deep-learning-works/figure-20-13-large-norm-trains-slower',
  replicates: { citation: 'Liu et al. (2023c)' },
  source: { file, quote: fig1013Quote },
  statement: 'When the parameters are initialised with an l2 norm much larger than He initialisation gives, training takes longer and generalisation is slower still.',
  reading: `The first design, kept as its own reading: both assertions judged per seed on the grokking runs (cross-entropy). ${grokReading} Per seed (holds): the large-norm run's fit step later than the He run's, and its generalisation step later than the He run's by more than its fit step is ("more slowly"). Replaced as the primary in session 10 (session-9 referee, defect 2) because it could never refute and its cross-entropy loss is the likely cause of its reversed fit order; the assertions are now why-deep-learning-works/figure-20-13-large-norm-trains-slower (figure 20.4's MSE runs, gated over seeds) and why-deep-learning-works/figure-20-13-large-norm-generalises-more-slowly (these runs, gated over seeds). Scope forall: the caption states both delays outright. ${fig1013Source}`,
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'beyond', why: 'at this design\'s step (Adam lr 0.01) the large-norm run first fits about when He\'s does (quick: 320 against He\'s 480 at run seed 1, 360 against 320 at run seed 2), so the per-seed order of fit steps is close to a coin toss and, judged ungated per seed, one reversed seed leaves it undecided at any number of seeds; deciding it needs a paired, gated comparison of fit steps over seeds, or a smaller step at which the large-norm run still fits under decay (lr 0.003 did not: the session-8 design); the primary, why-deep-learning-works/figure-20-13-large-norm-trains-slower, now makes the paired comparison on figure 20.4\'s MSE runs' },
  shares: [grokExperiment.key],
  tolerance: exactly('exact facts of the runs: one step count above another'),
  correction: (e) => `（MNIST-1D 复现中：${e.observations.filter((o) => o.outcome === 'outside').map((o) => `seed ${o.where.seed}: ${o.label} ${JSON.stringify(o.values)}`).join('；')}）`,
  timeLimit: grokLimits,
  scale: GROK_SCALE,
  check: (ctx) => {
    grokRuns(ctx).forEach((g, i) => {
      const [he, big] = [steps(g, 'he'), steps(g, 'big')];
      ctx.judge.holds({ label: 'fits later than the He run', holds: later(g, [[1, big.fit], [-1, he.fit]]), values: { fit: finite(big.fit), heFit: finite(he.fit) }, where: { seed: i + 1 } });
      ctx.judge.holds({ label: 'generalisation delay exceeds the fitting delay', holds: later(g, [[1, big.gen], [-1, he.gen], [-1, big.fit], [1, he.fit]]), values: { gen: finite(big.gen), heGen: finite(he.gen), fit: finite(big.fit), heFit: finite(he.fit) }, where: { seed: i + 1 } });
    });
  },
});

export const fig1013NormDelay = defineClaim({
  id: 'why-deep-learning-works/figure-20-13-delay-is-the-norm-decrease',
  replicates: { citation: 'Liu et al. (2023c)' },
  source: { file, quote: '泛化的滞后归因于权重的范数减少回到“{zone:适中区|金发姑娘区域}”所需的时间' },
  statement: 'The delay in generalisation is due to the time the weight norm needs to decrease back into the Goldilocks zone.',
  reading: `${grokReading} The attribution tested causally: the same large-norm draw trained without weight decay (its norm does not come down) against with it. Per seed (holds): the no-decay run's final norm is above the decayed run's, and its final test accuracy below the decayed run's; it has not reached the generalisation level by the end, or reached it later. Judged gated over seeds (paired by seed): ln(final norm without decay / with decay) above 0 (resolution ${NORM_RESOLUTION.toFixed(2)}) and final test accuracy with decay minus without above 0 (resolution ${ACC_RESOLUTION}), both with the two runs' fit curves as the convergence gate, and the step at the generalisation level without decay minus with it above 0 (resolution ${EVAL_EVERY} steps), with their climbs to the level as the gate. ${GATED_HISTORY} Scope forall: the attribution is stated outright. Source numbers: a replication of figure 20.13 (改编自 Liu et al. (2023c)) at MNIST-1D scale, checked against the direction its caption states; no number read off the figure enters the check, so the result reads as reproduced or not reproduced at this scale.`,
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'beyond', why: 'quick\'s one seed only records the comparisons; the third comparison needs the large-norm run\'s generalisation step, and in the prototypes of this design (data seeds 1 and 2) that run, fitted at step 480, came back to He\'s norm (21-24) by step 1600-2000 but its test accuracy rose only gradually, 0.31 to 0.46 by step 3200, and stayed short of the level (then He\'s final 0.50 minus 0.03) at 4000 steps; with the level read from He\'s median reference (session 10) it reached it at step 1560 and 1680 in quick runs seeds 1 and 3 but not by step 2000 in seed 2: whether every seed reaches it is open at 6000, and Omnigrok\'s horizon (about 10^5 steps) is beyond the nightly on 2 cores' },
  shares: [grokExperiment.key],
  judgements: 3,
  tolerance: above(0, '"归因于……所需的时间": without decay, so without the norm coming down, the norm stays larger (a log ratio above 0), the final test accuracy is lower and the generalisation step later (differences above 0)'),
  correction: (e) => `（MNIST-1D 复现中：${e.observations.filter((o) => o.outcome === 'outside').map((o) => `seed ${o.where.seed}: ${o.label} ${JSON.stringify(o.values)}`).join('；')}）`,
  timeLimit: grokLimits,
  scale: GROK_SCALE,
  check: (ctx) => {
    const per = grokRuns(ctx).map((g, i) => {
      const [big, nd, end] = [steps(g, 'big'), steps(g, 'noDecay'), g.he.at.at(-1)!];
      ctx.judge.holds({ label: 'without decay the norm stays larger', holds: g.noDecay.norm.at(-1)! > g.big.norm.at(-1)!, values: { noDecay: finite(g.noDecay.norm.at(-1)!), decay: finite(g.big.norm.at(-1)!) }, where: { seed: i + 1 } });
      ctx.judge.holds({ label: 'without decay the final test accuracy is lower', holds: g.noDecay.testAcc.at(-1)! < g.big.testAcc.at(-1)!, values: { noDecay: finite(g.noDecay.testAcc.at(-1)!), decay: finite(g.big.testAcc.at(-1)!) }, where: { seed: i + 1 } });
      ctx.judge.holds({ label: 'without decay the generalisation level is reached later or never', holds: later(g, [[1, nd.gen], [-1, big.gen]]), values: { noDecay: finite(nd.gen), decay: finite(big.gen) }, where: { seed: i + 1 } });
      // A generalisation step never reached enters at the horizon (the gate then holds a refutation back).
      return { g, gen: [nd.gen ?? end, big.gen ?? end], fit: [reached(g.big.trainAcc, 1), reached(g.noDecay.trainAcc, 1)], reach: [reached(g.big.testAcc, level(g)), reached(g.noDecay.testAcc, level(g))] };
    });
    if (oneSeed(ctx, per.length)) return;
    const fitted = { curves: per.flatMap((p) => p.fit), rule: REACHED };
    ctx.judge.paired({ label: 'ln(final norm without decay / with decay), paired by seed', a: per.map((p) => p.g.noDecay.norm.at(-1)!), b: per.map((p) => p.g.big.norm.at(-1)!), statistic: 'logRatio', resolution: NORM_RESOLUTION, training: fitted });
    ctx.judge.paired({ label: 'final test accuracy with decay minus without, paired by seed', a: per.map((p) => p.g.big.testAcc.at(-1)!), b: per.map((p) => p.g.noDecay.testAcc.at(-1)!), resolution: ACC_RESOLUTION, training: fitted });
    ctx.judge.paired({ label: 'step at the generalisation level without decay minus with it, paired by seed (steps)', a: per.map((p) => p.gen[0]!), b: per.map((p) => p.gen[1]!), resolution: EVAL_EVERY, training: { curves: per.flatMap((p) => p.reach), rule: REACHED } });
  },
});
