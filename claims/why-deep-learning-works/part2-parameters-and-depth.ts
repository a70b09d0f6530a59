// Part 2 of why-deep-learning-works.md, §20.4.5 to the end (over-parameterisation, off-manifold, pruning, distillation, depth, summary, problems), with the captions of figures 20.14 onwards:
// the claims added for these sentences (defined in the section files, listed here) and the sentences
// that assert nothing checkable. index.ts merges the lists into source order.
import { defineNarrative, type Claim } from '../../src/claim/index.js';
import * as s21 from './21-architecture-experiments.js';
import * as s23 from './23-overparameterisation-experiments.js';
import * as s24 from './24-off-manifold-experiments.js';
import * as s25 from './25-many-parameters-experiments.js';
import * as s26 from './26-pruning-experiments.js';
import * as s27 from './27-distillation-experiments.js';
import * as s30 from './30-function-complexity-experiments.js';
import * as s31 from './31-trainability-experiments.js';
import * as s32 from './32-inductive-bias-experiments.js';
import * as s34 from './34-problems-experiments.js';
import * as nc24 from './24-off-manifold.js';
import * as nc31 from './31-trainability.js';
import * as nc32 from './32-inductive-bias.js';
import * as nc33 from './33-summary.js';
import * as nc35 from './35-figures-adversarial.js';

export const claims: Claim[] = [
  s21.architectureGreatlyImproves, s21.architectureMatchesData,
  s23.improvesWithOverparameterisation, s23.doubleDescent, s23.normPeaksAtThreshold, s23.normFallsWhenWider, s23.wideWeightsMoveLittle, s23.smootherExplanation,
  s24.seedVariabilityOnCorruptedData, s24.attacksFlipMost, s24.nearButOffManifold, s24.nonRobustFeatures, s24.nonRobustFeaturesLargerEps, nc24.mostReasonableExplanation,
  s25.moreParametersTrainEasier, s26.prunedToEightPercent, s27.logitsBeatLabels,
  s30.sawtoothHardToFit, s31.deeperStudentsBetter, s32.untrainedConvHelps, s32.batchNormOnly, s32.randomConvFeaturesSupportClassification, s32.convStudentsBetter,
  nc31.hardToFindShallowSolution, nc32.ulyanov, nc32.urbanConversion,
  nc33.optimisationFactors, nc33.lowDimConnectedMinima, nc33.generalisationFactors, nc33.paramsAndDepthNeeded,
  s34.fixedRateFitsRandomData, nc35.leftImagesCorrect, nc35.indistinguishableToHumans,
];

export const narrative = defineNarrative('why-deep-learning-works.md', []);
