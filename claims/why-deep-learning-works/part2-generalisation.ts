// Part 2 of why-deep-learning-works.md, §20.4.1–20.4.4 (training algorithm, flatness, architecture, weight norm), with the captions of figures 20.10–20.13:
// the claims added for these sentences (defined in the section files, listed here) and the sentences
// that assert nothing checkable. index.ts merges the lists into source order.
import { defineNarrative, type Claim } from '../../src/claim/index.js';
import * as s19 from './19-training-algorithm-experiments.js';
import * as s20 from './20-flatness-experiments.js';
import * as s22 from './22-weight-norm-experiments.js';

export const claims: Claim[] = [
  s19.detailsPickMinimum, s19.someDetailsHelp, s19.lecunAttribution, s19.sgdBeatsFullBatch, s19.sgdVsAdam, s19.keskarAttribution, s19.smallBatchBetter, s19.largerLrBetter,
  s19.ratioAttribution, s19.ratioCritical, s19.ratioReadingA, s19.ratioReadingB, s19.ratioBound, s19.trajectoryRegularised, s19.figure1010Cifar, s19.figure1010Directions,
  s20.flatterLessSensitive, s20.keskarFlatnessAttribution, s20.sharpnessCorrelates, s20.izmailovAttribution, s20.swaFlatterBetter, s20.ensembleFlatter, s20.kleinbergAttribution, s20.smallBatchFlatter,
  s20.neyshaburAttribution, s20.randomLabelsNotSharper, s20.figure1011FlatBetter, s20.figure1011SmallErrors,
  s22.fortCurvature, s22.goldilocksGeneralises, s22.fig1012Method, s22.goldilocksNearXavier, s22.liuAttribution, s22.grokkingDelay, s22.grokkingLargeNorm, s22.grokkingNormShrinks, s22.fig1013Slower, s22.fig1013NormDelay,
];

export const narrative = defineNarrative('why-deep-learning-works.md', []);
