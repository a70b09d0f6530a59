// What Ioffe & Szegedy (2015, "Batch Normalization: Accelerating Deep Network Training by Reducing
// Internal Covariate Shift", ICML) published about the term they introduced.
import { published } from '../../claim/published.js';

export const IOFFE_SZEGEDY_2015 = {
  /**
   * 1: internal covariate shift names a change over the course of training (a layer's input
   * distribution moving as the preceding layers' parameters are updated); 0 would be a difference
   * between layers at one moment, such as their signal scales at initialisation.
   */
  icsChangesDuringTraining: published(1, 'Ioffe & Szegedy (2015), abstract: "the distribution of each layer\'s inputs changes during training, as the parameters of the previous layers change ... We refer to this phenomenon as internal covariate shift"; section 2: "We define Internal Covariate Shift as the change in the distribution of network activations due to the change in network parameters during training"'),
} as const;
