// What Glorot & Bengio (2010, "Understanding the difficulty of training deep feedforward neural
// networks", AISTATS) published about their normalized initialisation, as located in the paper.
import { published } from '../../claim/published.js';

/**
 * Section 4.2.1, "Theoretical Considerations and a New Normalized Initialization": from a linear
 * analysis at initialisation they ask every layer i to keep the activations' variance,
 * n_i Var[W^i] = 1, and the back-propagated gradients' variance, n_{i+1} Var[W^i] = 1, and take
 * as compromise Var[W^i] = 2 / (n_i + n_{i+1}), their normalized initialization
 * W ~ U[-sqrt(6) / sqrt(n_j + n_{j+1}), sqrt(6) / sqrt(n_j + n_{j+1})].
 */
export const GLOROT_2010 = {
  forward: published(1, 'Glorot & Bengio (2010), section 4.2.1: n_i Var[W^i] = 1 keeps the forward activations\' variance'),
  backward: published(1, 'Glorot & Bengio (2010), section 4.2.1: n_{i+1} Var[W^i] = 1 keeps the back-propagated gradients\' variance'),
  normalized: published(2, 'Glorot & Bengio (2010), section 4.2.1: the compromise Var[W^i] = 2 / (n_i + n_{i+1}), the normalized initialization'),
} as const;

/**
 * How they arrived at it: section 4.2.1 derives the normalized initialization from the two
 * conditions above (after LeCun et al. 1998's 1/fan_in); the experiments of the later sections test
 * it, they did not find it.
 */
export const GLOROT_2010_ORIGIN = {
  derived: true,
  where: 'Glorot & Bengio (2010), section 4.2.1 "Theoretical Considerations and a New Normalized Initialization": Var[W] = 2 / (n_in + n_out) derived from forward and backward variance preservation',
} as const;
