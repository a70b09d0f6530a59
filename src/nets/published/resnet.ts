// What He, Zhang, Ren & Sun (2016, "Deep Residual Learning for Image Recognition", CVPR) published
// about how deep residual and plain networks could be trained (CIFAR-10, and plain nets on ImageNet).
import { published } from '../../claim/published.js';

export const HE_2016 = {
  /** The deepest residual net they trained: it optimised without difficulty. */
  deepestResidualTrained: published(1202, 'He et al. (2016), section 4.2, "Exploration of Over 1000 layers": a 1202-layer ResNet on CIFAR-10 "has no optimization difficulty" and reaches training error < 0.1% (test error 7.93%, table 6)'),
  /** The depth at which their plain nets already trained worse than shallower ones (degradation). */
  plainDegradedAt: published(56, 'He et al. (2016), figure 1 and figure 6 (left): on CIFAR-10 the 56-layer plain net has higher training error than the 20-layer one, and deeper plain nets (up to 110 layers) train worse still'),
  /**
   * 1: the residual branch ends in a linear layer, F(x) = W2 sigma(W1 x) (sign-indefinite, zero-mean at
   * initialisation); 0 would be a branch ending in the non-linearity, F(x) = sigma(W x) (non-negative).
   */
  branchEndsLinear: published(1, 'He et al. (2016), section 3.2, eq. (1) and figure 2: the two-layer block F = W2 sigma(W1 x), y = F(x, {W_i}) + x, the second non-linearity applied after the addition; He, Zhang, Ren & Sun (2016b, "Identity Mappings in Deep Residual Networks", ECCV), figure 1(b): the pre-activation block x + W2 sigma(BN(W1 sigma(BN(x)))), again ending in a weight layer'),
  // Section 4.1 and Table 2 (ImageNet, plain nets with the initialisation of He et al. 2015 and batch
  // normalisation, SGD with momentum 0.9): the 34-layer plain net is worse than the 18-layer one; the
  // authors attribute it to optimisation, not to vanishing gradients or overfitting.
  plain18Top1: published(27.94, 'He et al. (2016), Table 2: top-1 error (%, 10-crop testing) on ImageNet validation, plain 18 layers'),
  plain34Top1: published(28.54, 'He et al. (2016), Table 2: top-1 error (%, 10-crop testing) on ImageNet validation, plain 34 layers'),
  /** 1 = the deeper plain net has the higher training error over the whole run (read from the text, not a figure). */
  plain34HigherTrainingError: published(1, 'He et al. (2016), section 4.1 and Figure 4 (left): "the 34-layer plain net has higher training error throughout the whole training procedure, even though the solution space of the 18-layer plain network is a subspace of that of the 34-layer one"; "these plain networks are trained with BN ... We also verify that the backward propagated gradients exhibit healthy norms with BN"; "we conjecture that the deep plain nets may have exponentially low convergence rates"'),
} as const;
