// What Ioffe & Szegedy (2015, "Batch Normalization: Accelerating Deep Network Training by Reducing
// Internal Covariate Shift", ICML) published about the term they introduced and the learning rates it allowed.
import { published } from '../../claim/published.js';

export const IOFFE_SZEGEDY_2015 = {
  /**
   * 1: internal covariate shift names a change over the course of training (a layer's input
   * distribution moving as the preceding layers' parameters are updated); 0 would be a difference
   * between layers at one moment, such as their signal scales at initialisation.
   */
  icsChangesDuringTraining: published(1, 'Ioffe & Szegedy (2015), abstract: "the distribution of each layer\'s inputs changes during training, as the parameters of the previous layers change ... We refer to this phenomenon as internal covariate shift"; section 2: "We define Internal Covariate Shift as the change in the distribution of network activations due to the change in network parameters during training"'),
  /** The largest factor by which they raised Inception's initial learning rate once BN was added (BN-x30). */
  learningRateFactor: published(30, 'Ioffe & Szegedy (2015), section 4.2.2: BN-x30, "like BN-x5, but with the initial learning rate 0.045 (30 times that of Inception)"; section 3.3: "Batch Normalization enables higher learning rates"; abstract: "Batch Normalization allows us to use much higher learning rates"'),
  /** Top-1 validation accuracy (%) Inception reached at its own learning rate, without BN (figure 3's table). */
  inceptionMaxAccuracy: published(72.2, 'Ioffe & Szegedy (2015), figure 3 (table): Inception, max accuracy 72.2% (reached after 31.0e6 steps)'),
  /** Top-1 validation accuracy (%) the same network reached with BN at 30 times that rate (figure 3's table). */
  bnX30MaxAccuracy: published(74.8, 'Ioffe & Szegedy (2015), figure 3 (table): BN-x30, max accuracy 74.8% (72.2% reached after 2.7e6 steps)'),
} as const;
