// The claims of sources/deep-feedforward-networks.md, in source order.
import type { Claim } from '../../src/claim/index.js';
import * as s01 from './01-introduction.js';
import * as s03 from './03-illusion-of-depth.js';
import * as s04 from './04-perils-of-depth.js';
import * as s05 from './05-disciplined-start.js';
import * as s06 from './06-shortcut-through-chaos.js';
import * as s07 from './07-price-of-knowledge.js';

export const claims: Claim[] = [
  s01.cornerstone, s01.learnsComplexPatterns, s01.notMerelyDepth, s01.inherentInstability, s01.instabilityHaltsLearning, s01.knowledgeGapHistory,
  s03.neuronWeightedSum, s03.layerIsLinearStrict, s03.layerIsAffine, s03.compositionIsLinear, s03.deepLinearIsAffine,
  s03.nonlinearityIsThePoint, s03.nonlinearityBuildsComplexity, s03.depthMeaninglessWithoutNonlinearity, s03.tanhEarlyChoice,
  s03.tanhSmoothSigmoid, s03.reluSimpler, s03.reluTrainsBetter, s03.reluWorkhorse, s03.reluSilentOrProportional, s03.gradientIsSensitivity,
  s03.backpropIsChainRule, s03.signalTimesDerivative, s03.reluDerivative, s03.negativeInputZeroDerivative, s03.deadUnitPassesNoGradient,
  s03.deadWeightsNeverUpdated, s03.deadUnitStaysDead, s03.gradientSparsityPerExample, s03.gradientSparsityBatchWeights,
  s03.variantsInvented, s03.leakySlope, s03.derivativeNeverZeroMath, s03.derivativeNeverZeroFloat32, s03.variantsPreventDying,
  s03.activationChoiceMatters,
  s04.jacobianProduct, s04.gradientFormula, s04.productIsTheRoot, s04.normsBelowOne, s04.normsAboveOneSpectral, s04.normsAboveOneRms,
  s04.forwardMagnitude, s04.forwardSensitivity, s04.sensitivityBound, s04.sensitivityRate, s04.rhoAboveOneChaotic, s04.backpropIsLinear,
  s04.stepIsWTransposeLinear, s04.stepIsWTransposeRelu, s04.stabilityByEigenvalues, s04.unstableDirection, s04.componentAmplified,
  s04.lyapunovExponent, s04.smallEigenvaluesNotEnough, s04.nonNormalTransient, s04.onlyNonNormalGrow, s04.deepNetTransient,
  s05.variancePreservedSquare, s05.variancePreservedWidths, s05.expectedNormAnalysis, s05.conditionDependsOnActivation, s05.tanhOneOverN,
  s05.xavierSquare, s05.xavierRectangular, s05.reluZeroesHalf, s05.reluHalvesSecondMoment, s05.reluHalvesVariance, s05.doublingCompensates,
  s05.heTwoOverN, s05.heName, s05.activationDeterminesInit,
  s05.heReluFactor, s05.xavierReluFactor, s05.heTanhFactor, s05.heTanhFactorDeepLayers,
  s06.initNecessary, s06.initNoGuarantee, s06.skipChangesMath, s06.plainJacobian, s06.residualLayer, s06.residualJacobian,
  s06.smallEntriesEigenvalues, s06.smallScaledEigenvalues, s06.plainProductVanishes, s06.residualFactorsNearOne, s06.nearOneScalars,
  s06.nearOneMatrices, s06.skipBypasses, s06.uatCompact, s06.uatWholeLine, s06.residualNotBroader, s06.residualBroaderAtEqualWidth,
  s06.residualLearnsIdentity, s06.zeroWeightsIdentity, s06.nearIdentityEasier,
  s07.backpropCosts, s07.inferenceEfficient, s07.canDiscard, s07.inferenceMemory, s07.needsActivations, s07.cannotDiscardNoRecompute,
  s07.cannotDiscardRecompute, s07.mustStorePlainBackprop, s07.mustStoreAll, s07.trainingMemoryProportional, s07.trainingMemory,
];

/** Sentences of deep-feedforward-networks.md that assert nothing checkable, keyed by a verbatim quote. */
export { narrative } from './narrative.js';
