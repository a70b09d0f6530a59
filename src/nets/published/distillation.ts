// What Hinton, Vinyals & Dean (2015, "Distilling the Knowledge in a Neural Network", arXiv:1503.02531)
// published about what the student learns from, and whose method regressing the teacher's logits is
// (Ba & Caruana 2014, "Do Deep Nets Really Need to be Deep?", NeurIPS). 1 stands for "the paper says so".
import { published } from '../../claim/published.js';

export const HINTON_2015 = {
  /** The relative probabilities the teacher gives the wrong classes carry information. */
  classPatternMatters: published(1, 'Hinton, Vinyals & Dean (2015), section 1: "the relative probabilities of incorrect answers tell us a lot about how the cumbersome model tends to generalize"; the soft targets carry this information'),
  /** The student's distillation target is the teacher's softmax at a raised temperature (soft targets), not its logits. */
  softTargets: published(1, 'Hinton, Vinyals & Dean (2015), section 1 and section 2: "Our more general solution, called distillation, is to raise the temperature of the final softmax until the cumbersome model produces a suitably soft set of targets"; the student minimises the cross-entropy with these soft targets, weighted with the cross-entropy on the hard labels'),
  /** Matching the logits is the high-temperature limit of their objective, which they show. */
  logitMatchingIsSpecialCase: published(1, 'Hinton, Vinyals & Dean (2015), section 2.1 "Matching logits is a special case of distillation": at high temperature, with logits zero-meaned per case, distillation is equivalent to minimising 1/2 (z_i - v_i)^2'),
} as const;

export const BA_CARUANA_2014 = {
  /** The student regresses the teacher's pre-softmax logits with a squared error. */
  regressesLogits: published(1, 'Ba & Caruana (2014), section 2.2 "Mimic learning via regressing logits with L2 loss"; Hinton, Vinyals & Dean (2015), section 1, cite it ("Caruana and his collaborators ... minimize the squared difference between the logits") as the method their distillation generalises'),
} as const;
