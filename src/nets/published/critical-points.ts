// How the index of a critical point (the share of directions in which the function curves down)
// varies with its value, as published for the two panels of the book's figure 20.8.
import { published } from '../../claim/published.js';

export const CRITICAL_POINT_INDEX = {
  /** Panel a: random Gaussian functions. */
  gaussian: published(1, 'Bray & Dean (2007), "Statistics of critical points of Gaussian fields on large-dimensional spaces", PRL 98: the index of a critical point grows with its value (the figure\'s panel a; the book\'s main text: lower-valued critical points curve down in a smaller share of directions)'),
  /** Panel b: critical points of neural-network losses. */
  network: published(1, 'Dauphin et al. (2014), "Identifying and attacking the saddle point problem", figure 1: the training error of critical points grows with their index (the share of negative eigenvalues)'),
} as const;
