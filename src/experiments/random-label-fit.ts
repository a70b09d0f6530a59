// Plain full-batch gradient descent fitting random labels with over-parameterised two-layer nets
// (infinite-width-ntk's "gradient descent always finds a solution"), and the parameter-space
// non-convexity probe on such a fit (a minimum, its hidden-unit permutation and their midpoint).
import type { Tf } from '../backend/tf.js';
import { Seeds } from '../random/seeds.js';
import { fitByGd, permutationMidpoint } from '../nets/landscape/landscape.js';

export const gdReading = 'Over-parameterised two-layer ReLU nets in the NTK parametrisation (16 inputs, sigma_w^2 = 2, no biases; parameters >> data points) trained by plain full-batch gradient descent, step 1 / lambda_max of the empirical NTK at initialisation, on random N(0, 1) labels of points on the sphere (the hardest target: pure memorisation). "Finds a solution" = the residual |f - y| falls to 1% of its initial value within the step budget.';

/** Relative residual |f - y| / |f0 - y| after `steps` of plain gradient descent on random labels. */
export function gdResidual(tf: Tf, width: number, n: number, steps: number, seed: number): number {
  const fit = fitByGd(tf, { net: { sizes: [16, width, 1], activation: 'relu', weightVariance: 2 }, n, steps, lrScale: 1, seed });
  try {
    return Math.sqrt(fit.finalLoss / fit.initialLoss);
  } finally {
    fit.dispose();
  }
}

export const nonConvexReading = 'Two-layer tanh nets in the NTK parametrisation (16 inputs, sigma_w^2 = 1, no biases) fitted by full-batch gradient descent (step 1 / lambda_max of the empirical NTK) to 12 random N(0, 1) labels on the sphere. Permuting the hidden units gives a second parameter vector computing the same function, so with the same loss. A convex loss is at most that loss at their midpoint; a midpoint loss above both (measured in float32 by tfjs) is a barrier, and the landscape is not convex.';

/** Fits random labels with a two-layer tanh net and returns the fit's losses plus the permutation-midpoint probe. */
export function nonConvexityProbe(tf: Tf, width: number, steps: number, seed: number) {
  const fit = fitByGd(tf, { net: { sizes: [16, width, 1], activation: 'tanh', weightVariance: 1 }, n: 12, steps, lrScale: 1, seed });
  try {
    return { fit: { initial: fit.initialLoss, final: fit.finalLoss }, ...permutationMidpoint(tf, fit.net, fit.x, fit.y, new Seeds(seed).child('permutation').value) };
  } finally {
    fit.dispose();
  }
}
