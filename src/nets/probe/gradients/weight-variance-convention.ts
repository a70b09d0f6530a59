// Whether sigma_w^2 is the weights' variance or the variance times the fan-in: the mean-field factor
// sigma_w^2 E[phi'(z)^2] (sigma_w^2 / 2 for ReLU) of a layer holds when Var(W) = sigma_w^2 / n. Two
// chapters define sigma_w^2 as «权重的方差» (depth-vs-width l.104, infinite-width-ntk l.18); both
// sentences are judged by this one check, on the variance their text names.
import type { CheckContext } from '../../../claim/types.js';
import { meanLayerFactor } from './gradient-norms.js';

export const [CONVENTION_WIDTH, CONVENTION_DEPTH] = [128, 8];
/** The chapters' convention, written as both write their formulas. */
export const PER_FAN_IN = '$\\sigma_w^2/n$';

export const conventionSetup = `Square bias-free ReLU MLPs of width ${CONVENTION_WIDTH}, ${CONVENTION_DEPTH} hidden layers, Var(W_ij) = the named variance with sigma_w^2 in {1, 2}, 32 N(0, I) inputs; per net the per-layer factor of |g|^2 (the back-propagated gradient, geometric over the hidden layers; its mean-field factor is the same chi as a forward perturbation's), judged gated (judge.replicated, nothing trained) against sigma_w^2 / 2. With the literal variance the factor is n sigma_w^2 / 2, ${CONVENTION_WIDTH / 2} times the text's`;

/** Judges sigma_w^2 / 2 at sigma_w^2 = 1 and 2 on nets whose weights have the variance the text names (two judgements). */
export function judgeVarianceConvention(ctx: Pick<CheckContext, 'tf' | 'judge' | 'seeds' | 'record'>, nets: number, perFanIn: boolean): void {
  ctx.record('nets per sigma_w^2', nets);
  for (const sigma2 of [1, 2]) {
    const draw = (i: number) => meanLayerFactor(ctx.tf, { depth: CONVENTION_DEPTH, width: CONVENTION_WIDTH, activation: 'relu', weightVariance: (n) => (perFanIn ? sigma2 / n : sigma2), seed: ctx.seeds.child('net', sigma2, i).value, batchSize: 32 }) ** 2;
    ctx.judge.replicated({ label: `per-layer factor of |g|^2 at Var(W) = ${perFanIn ? 'sigma_w^2 / n' : 'sigma_w^2'}`, samples: Array.from({ length: nets }, (_, i) => draw(i)), asserted: sigma2 / 2, where: { sigma2 }, resolution: 1e-4, training: { untrained: 'gradients at initialisation; nothing is trained' } });
  }
}
