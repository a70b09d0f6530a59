// What Mhaskar, Liao & Poggio (2017, "When and Why Are Deep Networks Better Than Shallow Ones?",
// AAAI) and Poggio, Mhaskar, Rosasco, Miranda & Liao (2017, "Why and when can deep-but-not-shallow
// networks avoid the curse of dimensionality: a review", Int. J. Autom. Comput. 14(5)) published
// about approximating compositional functions whose constituents act on few variables.
import { published } from '../../claim/published.js';

/**
 * Both papers: to approximate a function of n variables with smoothness m to accuracy epsilon, a
 * shallow net needs N = O(epsilon^(-n/m)) units (the curse of dimensionality), while a deep net
 * whose graph matches a binary-tree composition of constituents of 2 variables, each of smoothness
 * m, needs N = O((n - 1) epsilon^(-2/m)). Stored as the dimension in each exponent: n (as a
 * multiple of the input dimension) for the shallow net, the constituents' 2 for the deep one.
 */
export const COMPOSITIONAL_RATES = {
  shallowExponentDimensionPerInput: published(1, 'Poggio et al. (2017), section 3, theorem 1 (and Mhaskar, Liao & Poggio 2017, theorem 1): shallow networks need N = O(epsilon^(-n/m)) units for functions of n variables in W_m^n; the exponent carries the full input dimension n'),
  deepConstituentDimension: published(2, 'Poggio et al. (2017), section 3, theorem 2 (and Mhaskar, Liao & Poggio 2017, theorem 2): deep networks with the binary-tree graph of a compositional function whose constituents have 2 variables need N = O((n - 1) epsilon^(-2/m)) units'),
} as const;
