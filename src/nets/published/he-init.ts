// What He, Zhang, Ren & Sun (2015, "Delving Deep into Rectifiers: Surpassing Human-Level Performance
// on ImageNet Classification", ICCV) published about their initialisation of rectifier networks.
import { published } from '../../claim/published.js';

/**
 * Section 2.2, "Initialization of Filter Weights for Rectifiers": a layer l of n_l inputs keeps the
 * forward signal's variance under ReLU when (1/2) n_l Var[w_l] = 1 (eq. 10), a zero-mean Gaussian of
 * std sqrt(2 / n_l), i.e. sigma_w^2 = n_l Var[w_l] = 2. Figure 3 shows what it is for: a 30-layer
 * ReLU model converges with this initialisation while Glorot and Bengio's ("Xavier") stalls.
 */
export const HE_2015 = {
  forward: published(2, 'He et al. (2015), section 2.2, eq. (10): (1/2) n_l Var[w_l] = 1, i.e. n_l Var[w_l] = 2'),
  deepestCompared: published(30, 'He et al. (2015), section 2.2, Figure 3: a 30-layer ReLU model converges with their initialisation, while with "Xavier" it stalls'),
} as const;
