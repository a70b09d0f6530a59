// What He, Zhang, Ren & Sun (2016, "Deep Residual Learning for Image Recognition", CVPR) published about
// plain (non-residual) networks of increasing depth trained with modern initialisation and normalisation.
import { published } from '../../claim/published.js';

/**
 * Section 4.1 and Table 2 (ImageNet, plain nets with the initialisation of He et al. 2015 and batch
 * normalisation, SGD with momentum 0.9): the 34-layer plain net is worse than the 18-layer one. The
 * authors attribute it to optimisation, not to vanishing gradients or overfitting.
 */
export const HE_2016 = {
  plain18Top1: published(27.94, 'He et al. (2016), Table 2: top-1 error (%, 10-crop testing) on ImageNet validation, plain 18 layers'),
  plain34Top1: published(28.54, 'He et al. (2016), Table 2: top-1 error (%, 10-crop testing) on ImageNet validation, plain 34 layers'),
  /** 1 = the deeper plain net has the higher training error over the whole run (read from the text, not a figure). */
  plain34HigherTrainingError: published(1, 'He et al. (2016), section 4.1 and Figure 4 (left): "the 34-layer plain net has higher training error throughout the whole training procedure, even though the solution space of the 18-layer plain network is a subspace of that of the 34-layer one"; "these plain networks are trained with BN ... We also verify that the backward propagated gradients exhibit healthy norms with BN"; "we conjecture that the deep plain nets may have exponentially low convergence rates"'),
} as const;
