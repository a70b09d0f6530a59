// The width exponent of the shared output scale's minibatch-gradient SNR (l.81's «信噪比会随着宽度的
// 增加而提高»), measured once per run seed and judged by the l.81 sentence and by l.84, which names
// the same averaging as its mechanism. Beside it, a positive control on the same draws: the wide
// net's estimate averaged over groups of independent minibatches, the averaging the sentence's
// central-limit argument presupposes, which plants a known rise of the SNR.
import { atLeast } from '../claim/tolerance.js';
import type { CheckContext, PerBudget } from '../claim/types.js';
import { gradientNoise, type NoiseStats } from '../nets/probe/gradients/gradient-noise.js';
import { defineExperiment } from './define-experiment.js';

export const [SNR_NARROW, SNR_WIDE] = [16, 1024];
/** Independent minibatches averaged per estimate at the wide net in the control. */
export const SNR_CONTROL_GROUP = 4;
/** The control's planted width exponent: a GROUP-fold variance cut is a sqrt(GROUP)-fold SNR rise over the width range. */
export const SNR_CONTROL_PLANTED = Math.log(Math.sqrt(SNR_CONTROL_GROUP)) / Math.log(SNR_WIDE / SNR_NARROW);

/** Nets (seeds) and minibatch draws per net; the draws are a multiple of the control's group. */
export const SNR_SCALE: PerBudget<{ seeds: number; draws: number }> = { quick: { seeds: 4, draws: 24 }, standard: { seeds: 8, draws: 48 }, full: { seeds: 16, draws: 96 } };

export const snrSetup = `One-hidden-layer NTK-parametrised ReLU nets with a shared output scale s (f = s * net(x), s = 1), 64 points on the sphere of radius 2 in R^4, target sin(x . v), loss 1/2 mean squared error; minibatches of 8 drawn at random; widths ${SNR_NARROW} and ${SNR_WIDE} on the same seed (drawn from the run seed, so the claims judging this SNR judge the same nets); m = |full-batch gradient of s| / standard deviation of its minibatch estimates; a sample is the width exponent log(m_${SNR_WIDE} / m_${SNR_NARROW}) / log(${SNR_WIDE / SNR_NARROW}). Positive control on the same draws: at width ${SNR_WIDE} the estimate is the mean of ${SNR_CONTROL_GROUP} independent minibatch gradients, a ${SNR_CONTROL_GROUP}-fold variance cut that plants a width exponent of ${SNR_CONTROL_PLANTED.toFixed(3)} on top of whatever width does`;

export interface SnrRun { seed: number; exponent: number; control: number; narrow: number; wide: number; wideAveraged: number }

const snrOf = (draws: readonly number[], full: number): number => {
  const mean = draws.reduce((a, v) => a + v, 0) / draws.length;
  return Math.abs(full) / Math.sqrt(draws.reduce((a, v) => a + (v - mean) ** 2, 0) / (draws.length - 1));
};
const groupMeans = (draws: readonly number[], k: number): number[] =>
  Array.from({ length: Math.floor(draws.length / k) }, (_, g) => draws.slice(g * k, g * k + k).reduce((a, v) => a + v, 0) / k);

const runs = defineExperiment<void, SnrRun[]>({
  key: 'shared-gradient-snr',
  seeds: { quick: SNR_SCALE.quick.seeds, standard: SNR_SCALE.standard.seeds, full: SNR_SCALE.full.seeds },
  run: ({ tf, budget, replicates }) => replicates.map((seed) => {
    const { draws } = SNR_SCALE[budget];
    const [a, b] = [SNR_NARROW, SNR_WIDE].map((width): NoiseStats => gradientNoise(tf, { width, d: 4, n: 64, batchSize: 8, draws, seed }));
    const range = Math.log(SNR_WIDE / SNR_NARROW);
    const control = snrOf(groupMeans(b!.sharedDraws, SNR_CONTROL_GROUP), b!.sharedFull);
    return { seed, narrow: a!.sharedSnr, wide: b!.sharedSnr, wideAveraged: control, exponent: Math.log(b!.sharedSnr / a!.sharedSnr) / range, control: Math.log(control / a!.sharedSnr) / range };
  }),
});

/** The experiment's key: claims judging the shared-gradient SNR list it in `shares`. */
export const SHARED_SNR = runs.key;

/** Per net: the SNR width exponent and the control's; each net's SNRs are recorded. */
export function sharedSnrExponents(ctx: CheckContext): SnrRun[] {
  const r = runs.of(ctx, undefined);
  ctx.record('nets (seeds)', r.length);
  ctx.record('minibatches per net', SNR_SCALE[ctx.budget].draws);
  for (const [i, x] of r.entries()) ctx.record(`net ${i}: shared SNR at ${SNR_NARROW} / ${SNR_WIDE} / ${SNR_WIDE} averaged over ${SNR_CONTROL_GROUP} minibatches (control)`, `${x.narrow.toPrecision(3)} / ${x.wide.toPrecision(3)} / ${x.wideAveraged.toPrecision(3)}`);
  return r;
}

// 提高 read with a smallest effect (session-9 referee, D5): with the band's edge at 0 a null exponent
// straddles it at any budget, so «提高» could never be refuted however tight the null.
/** Where the gated judgement of the SNR's rise decides, measured this session (session 10) at run seeds 1, 2, 3. */
export const SNR_DECIDING = 'quick (4 nets of 24 minibatches) straddles the band\'s edge at run seeds 1, 2, 3 and standard (8 of 48) at seeds 2 and 3; full (16 nets of 96 minibatches) decided at all three, the control detecting its planted rise: exponents 0.001 [-0.037, 0.039], 0.018 [-0.038, 0.073], 0.018 [-0.025, 0.061]';
/** The smallest width exponent of the SNR that 提高 means. */
export const SNR_MIN_RISE = 0.1;
export const snrRiseTolerance = atLeast(0, `the asserted value is the smallest rise 提高 means: a width exponent of ${SNR_MIN_RISE}, an SNR 1.5-fold higher over the 64-fold width range (the chapter's material change, as in depth-vs-width/width-changes-both-gradient-statistics), against the sqrt(w) rise (0.5) the text derives from a w-fold variance cut; judged negated (the text denies the rise), the noise-to-signal exponent must be at least -${SNR_MIN_RISE}: no material rise`);

/**
 * The gated judgement of a rise of the SNR by at least SNR_MIN_RISE (sign 1), or, negated (sign -1),
 * of no material rise: a null (an interval holding 0) decides only if the control detects its planted rise.
 */
export function judgeSnrRise(ctx: CheckContext, sign: 1 | -1): void {
  const runs = sharedSnrExponents(ctx);
  ctx.judge.replicated({
    label: sign < 0 ? 'width exponent of the shared-gradient noise-to-signal ratio' : 'width exponent of the shared-gradient SNR',
    samples: runs.map((r) => sign * r.exponent),
    resolution: 1e-3,
    training: { untrained: 'gradient statistics at initialisation; nothing is trained' },
    asserted: sign * SNR_MIN_RISE,
    noEffect: 0,
    control: { planted: sign * SNR_CONTROL_PLANTED, samples: runs.map((r) => sign * r.control) },
  });
}
