// § 附图, figure 20.14 (对抗样本)
// The caption's facts about Szegedy et al.'s AlexNet images: which images AlexNet classified
// correctly, and how they look to people. Neither the net's weights nor the images are here; the
// phenomenon is reproduced on MNIST-1D by the claims of section 20.4.6 (24-off-manifold-experiments.ts).
import { defineClaim } from '../../src/claim/index.js';

const file = 'why-deep-learning-works.md';

export const leftImagesCorrect = defineClaim({
  id: 'why-deep-learning-works/fig-20-14-left-images-correctly-classified',
  source: { file, quote: '在每个例子中，左侧图像被 AlexNet 正确分类' },
  statement: 'In each example of figure 20.14, the left image is classified correctly by AlexNet.',
  kind: 'not-checkable',
  reason: 'A fact about Szegedy et al.\'s trained AlexNet on their chosen ImageNet images; neither the trained weights nor the images are available here. The MNIST-1D experiments start from correctly classified test inputs by construction (why-deep-learning-works/adversarial-perturbation-small).',
});

export const indistinguishableToHumans = defineClaim({
  id: 'why-deep-learning-works/fig-20-14-indistinguishable-to-humans',
  source: { file, quote: '这是尽管原始图像和扰动图像对人类来说几乎无法区分的情况下' },
  statement: 'This happens although the original and the perturbed images are almost indistinguishable to humans.',
  kind: 'not-checkable',
  reason: 'A statement about human perception of the figure\'s photographs, which we have neither the images nor observers to test. Its measurable analogue, that the flipping perturbation is small against the input, is tested at MNIST-1D scale by why-deep-learning-works/adversarial-perturbation-small (median flipping perturbation against the input\'s norm) and why-deep-learning-works/adversarial-examples-near-but-off-manifold (against the distance to the nearest training example).',
});
