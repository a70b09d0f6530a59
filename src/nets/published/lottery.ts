// What Frankle, Dziugaite, Roy & Carbin published about lottery tickets of ResNet-50 on ImageNet
// ("Stabilizing the Lottery Ticket Hypothesis", arXiv:1903.01611v3, 2020; first circulated in 2019
// as "The Lottery Ticket Hypothesis at Scale"). Frankle & Carbin (2019) themselves stop at VGG-19 and
// ResNet-18 on CIFAR-10.
import { published } from '../../claim/published.js';

export const FRANKLE_2020 = {
  /** The sparsity of the ResNet-50 subnetworks that match the full network's ImageNet accuracy. */
  resnet50Sparsity: published(0.8, 'Frankle, Dziugaite, Roy & Carbin (arXiv:1903.01611v3), abstract: "small subnetworks of deeper networks (e.g., 80% sparsity on Resnet-50) that can complete the training process to match the accuracy of the original network on more challenging tasks (e.g., ImageNet)"'),
  /** How far through training the weights are rewound: the earliest share they state (0 would be the initial weights). */
  rewindShare: published(0.001, 'Frankle, Dziugaite, Roy & Carbin (arXiv:1903.01611v3), abstract: IMP modified "to search for subnetworks that could have been obtained by pruning early in training (0.1% to 7% through) rather than at iteration 0"; "The Lottery Ticket Hypothesis at Scale" calls it late resetting'),
} as const;
