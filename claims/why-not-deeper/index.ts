// The claims of sources/why-not-deeper.md, in source order.
import type { Claim } from '../../src/claim/index.js';
import { deeperMoreExpressive, deeperCanBeWorse } from './00-question.js';
import { mainObstacleHistory, factorBelowOne, productNearZero, shallowBarelyUpdate, hardToLearn, explodingExponential, explodingUnstable, explodingNan, reluRemedy, initRemedy, batchNormRemedy, residualRemedy } from './01-vanishing-exploding.js';
import { deeperMoreParameters, moreCapacity, memorisesNoise, poorGeneralisation, l1l2Helps, dropoutHelps, augmentationHelps, earlyStoppingHelps } from './02-overfitting.js';
import { saturateThenDrop, notOverfitting, deeperWorseOnTrain, harderToOptimise, resnetHistory, residualGradientFlow, identityByConstruction, residualNoWorse } from './03-degradation.js';
import { moreComputation, moreOpsBothPasses, longerTraining, moreMemory, moreCompute, tradeOff } from './04-compute.js';
import { manyLocalMinima, saddlePoints, flatRegions, modernOptimisersHelp, initHelps, veryDeepStillHard } from './05-optimisation.js';
import { deepNeedsMoreData, advantageNeedsData } from './06-data.js';
import { depthKeySource, notDeeperIsBetter, advancesHistory, optimalDepth, chooseByExperiment } from './07-summary.js';

export const claims: Claim[] = [
  deeperMoreExpressive,
  deeperCanBeWorse,
  mainObstacleHistory,
  factorBelowOne,
  productNearZero,
  shallowBarelyUpdate,
  hardToLearn,
  explodingExponential,
  explodingUnstable,
  explodingNan,
  reluRemedy,
  initRemedy,
  batchNormRemedy,
  residualRemedy,
  deeperMoreParameters,
  moreCapacity,
  memorisesNoise,
  poorGeneralisation,
  l1l2Helps,
  dropoutHelps,
  augmentationHelps,
  earlyStoppingHelps,
  saturateThenDrop,
  notOverfitting,
  deeperWorseOnTrain,
  harderToOptimise,
  resnetHistory,
  residualGradientFlow,
  identityByConstruction,
  residualNoWorse,
  moreComputation,
  moreOpsBothPasses,
  longerTraining,
  moreMemory,
  moreCompute,
  tradeOff,
  manyLocalMinima,
  saddlePoints,
  flatRegions,
  modernOptimisersHelp,
  initHelps,
  veryDeepStillHard,
  deepNeedsMoreData,
  advantageNeedsData,
  depthKeySource,
  notDeeperIsBetter,
  advancesHistory,
  optimalDepth,
  chooseByExperiment,
];


/** Sentences of the chapter that assert nothing checkable, keyed by a verbatim quote. */
export { narrative } from './narrative.js';
