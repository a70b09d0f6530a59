// The claims of sources/depth-vs-width.md, in source order.
import type { Claim } from '../../src/claim/index.js';
import * as s01 from './01-introduction.js';
import * as s02 from './02-principles.js';
import * as s03 from './03-expressive-power.js';
import * as s04 from './04-hierarchical-composition.js';
import * as s05 from './05-exponential-complexity.js';
import * as s06 from './06-universal-approximation.js';
import * as s07 from './07-compression-view.js';
import * as s08 from './08-optimisation-dynamics.js';
import * as s09 from './09-vanishing-exploding.js';
import * as s10 from './10-ntk.js';
import * as s11 from './11-gradient-noise.js';
import * as s12 from './12-architectural-mechanisms.js';
import * as s13 from './13-residual-connections.js';
import * as s14 from './14-normalization.js';

export const claims: Claim[] = [
  s01.designKey, s01.choiceAffectsPerformance, s01.capacityEfficiencyTension, s01.outlinePrinciples, s01.outlineApplications, s01.outlinePractice,
  s02.notMoreIsBetter, s02.expressivityOptimisability,
  s03.differentMechanisms,
  s04.compositionIsDepth, s04.nonCheckableWorld, s04.nonCheckableVision, s04.efficiencyTrend, s04.efficiencyByConstruction, s04.efficiencyByTraining, s04.layerPerLink, s04.shallowExponentialWidth, s04.smoothConstituents, s04.shallowIgnoresStructure,
  s05.continuousPiecewiseLinear, s05.regionsAreAffine, s05.regionsComplexityMeasure, s05.initialRegion, s05.layerSplit, s05.regionRecursion, s05.boundDerivation,
  s05.regionBound, s05.growthOfBound, s05.growthOfMaximum, s05.growthAtInit, s05.depthEfficientMax, s05.depthEfficientTypical,
  s05.crossingsNeeded, s05.crossingsBounded, s05.oscillationCondition, s05.exampleByBounds, s05.exampleByRealisedRegions, s05.exampleShowsDepthPower,
  s06.uatAnySquashing, s06.reluIsSquashing, s06.uatRelu, s06.uatSigmoid, s06.uatFoundation, s06.widthIsTheResource, s06.smoothWidthBetter, s06.widthSetsPatches, s06.widerMorePrecise, s06.shallowOptimalRate, s06.noExponentialDepthAdvantage,
  s07.depthAsEncoding, s07.mdlPrinciple, s07.significantlyFewer, s07.mdlCodedPositions, s07.mdlFixedPattern, s07.rankBottleneck, s07.bottleneckCannotFit,
  s08.historicallyHard, s08.rootIsPropagation,
  s09.layerByLayer, s09.determinantReading, s09.jacobianMatrixReading, s09.productOfJacobians, s09.recursionAsWritten, s09.recursionTransposed,
  s09.geometricSeries, s09.geometricLaw, s09.halfActive, s09.exponentialTrend, s09.explodes, s09.explodingUnstable, s09.vanishes, s09.starveWithinNet, s09.starveVersusCritical,
  s09.stableAtCritical, s09.dynamicalIsometry, s09.criticalDepthNorm, s09.criticalDepthSquared, s09.tanhDerivative, s09.tanhVersusLinear, s09.tanhVersusRelu,
  s10.widthEasesOptimisation, s10.ntkDescribesLimit, s10.paramsBarelyMove, s10.taylorAccurate, s10.linearInTheta, s10.kernelRegression, s10.kernelConstant, s10.kernelDeterministic,
  s10.globalOptimum, s10.explainsEasyTraining, s10.noFeatureLearning, s10.featureLearningIsCentral, s10.fixedFeatureSpace, s10.noRepresentationChange, s10.deepNoFeatureLearning,
  s11.widthAveragesNoiseRate, s11.widthAveragesNoise, s11.minibatchNoisy, s11.bothStatisticsChange, s11.sharedIsChannelSum, s11.averagingReducesVariance, s11.snrSqrtW, s11.snrIncreases,
  s11.featureGradientShrinks, s11.neuronLearnsSlower, s11.stabilityVersusSpecialisation,
  s12.innovationsDeveloped, s12.improvePropagation,
  s13.milestone, s13.alsoCalledSkip, s13.practiceForm, s13.changesPropagation, s13.plainProductBound, s13.belowOneDecays, s13.boundGrows, s13.gradientsExplode,
  s13.residualBound, s13.identityPlusOne, s13.smallBranchNoAttenuation, s13.flowStandardInit, s13.flowScaledBranches, s13.enablesDeepTraining,
  s14.mostFamous, s14.standardises, s14.stableScale, s14.icsTerm, s14.higherLearningRate, s14.actsOnBackward, s14.factorOfSquaredNorm, s14.factorOfNorm,
  s14.exponentialScaling, s14.bnFactorOne, s14.bnDepthIndependent, s14.stabilityFactor, s14.summaryDepth, s14.summaryWidth, s14.modernSuccess, s14.problemDependent,
];

/** Sentences of depth-vs-width.md that assert nothing checkable, keyed by a verbatim quote. */
export { narrative } from './narrative.js';
