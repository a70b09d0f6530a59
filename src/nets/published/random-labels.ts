// What Zhang, Bengio, Hardt, Recht & Vinyals (2017, "Understanding deep learning requires rethinking
// generalization", ICLR) published about fitting data that has no real-world structure.
import { published } from '../../claim/published.js';

export const ZHANG_2017 = {
  /** 1: they ran the experiment the text describes (CIFAR-10 with random labels and with Gaussian-noise images). */
  testedRandomData: published(1, 'Zhang et al. (2017), section 2 and figure 1a: CIFAR-10 with true labels, random labels, shuffled pixels, random pixels and Gaussian-noise images'),
  /**
   * 1 would be: their results confirm that networks fit real data because real-world functions are
   * simple; 0: they show the opposite, that networks fit data with no such structure just as well.
   */
  confirmsSimpleFunctionsHypothesis: published(0, 'Zhang et al. (2017), abstract and section 2: "state-of-the-art convolutional networks for image classification trained with stochastic gradient methods easily fit a random labeling of the training data"; "the effective capacity of neural networks is sufficient for memorizing the entire data set"; the same holds when the images are replaced by random noise'),
} as const;
