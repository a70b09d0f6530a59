// What He, Liu & Tao (2019, "Control Batch Size and Learning Rate to Generalize Well: Theoretical
// and Empirical Evidence", NeurIPS) published about the ratio of batch size to learning rate.
import { published } from '../../claim/published.js';

export const HE_2019 = {
  /** The sign of the empirical correlation between the ratio and test accuracy. */
  testAccuracySign: published(-1, 'He, Liu & Tao (2019), abstract and experiments: test accuracies of 1,600 ResNet-110 and VGG-19 models on CIFAR-10/100, Spearman rank correlations over 164 groups, significant, in the direction of their strategy "control the ratio of batch size to learning rate not too large to achieve a good generalization ability": test accuracy falls as the ratio grows'),
  /** The sign of the correlation between their PAC-Bayes generalisation bound and the ratio. */
  boundSign: published(1, 'He, Liu & Tao (2019), abstract and main theorem: a PAC-Bayes generalization bound for SGD "which has a positive correlation with the ratio of batch size to learning rate"'),
} as const;
