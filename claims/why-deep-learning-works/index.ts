// The claims of sources/why-deep-learning-works.md, in source order (sNN = the section's position
// among the file's headings; 00 is the opening before the first heading).
import { inSourceOrder, type Claim } from '../../src/claim/index.js';
import { experimentClaims, experimentNarrative } from './experiments.js';
import { narrative as numbersNarrative } from './narrative.js';
import * as s00 from './00-introduction.js';
import * as s01 from './01-doubts.js';
import * as s02 from './02-training.js';
import * as s03 from './03-generalisation.js';
import * as s04 from './04-unreasonable-effectiveness.js';
import * as s05 from './05-fitting-factors.js';
import * as s06 from './06-dataset.js';
import * as s07 from './07-regularisation.js';
import * as s08 from './08-stochastic-training.js';
import * as s09 from './09-overparameterisation.js';
import * as s10 from './10-activation.js';
import * as s13 from './13-loss-properties.js';
import * as s14 from './14-multiple-global-minima.js';
import * as s17 from './17-curvature.js';
import * as s19 from './19-training-algorithm.js';
import * as s20 from './20-flatness.js';
import * as s21 from './21-architecture.js';
import * as s22 from './22-weight-norm.js';
import * as s24 from './24-off-manifold.js';
import * as s25 from './25-many-parameters.js';
import * as s26 from './26-pruning.js';
import * as s27 from './27-distillation.js';
import * as s28 from './28-discussion.js';
import * as s29 from './29-must-be-deep.js';
import * as s30 from './30-function-complexity.js';
import * as s31 from './31-trainability.js';
import * as s32 from './32-inductive-bias.js';
import * as s33 from './33-summary.js';
import * as s34 from './34-problems.js';
import * as s35 from './35-figures.js';

// Part 1 (numbers, architectures, exact properties) lists its claims section by section;
// the experiments (part 2) interleave with them by where their quotes stand.
const numbersAndProperties: Claim[] = [
  s00.understandingLimited, s00.surprisingPhenomena,
  s01.mnist1dDimensions, s01.notSelfEvident,
  s02.mnist1dParamCount, s02.mnist1dParamCountTwoFigures, s02.npHard, s02.remarkableFit, s02.unsurprisingIfOverparameterised, s02.debatable, s02.alexnetParams, s02.alexnetImages, s02.augmentationAsCounted, s02.augmentationDistinctCrops, s02.gpt3Total, s02.gpt3NonEmbedding, s02.gpt3Tokens, s02.overparameterisationUnsettled, s02.bothTrained, s02.surprising, s02.specialProperties,
  s03.generalisationHarder, s03.datasetSufficiency, s03.mnist1dPossibleInputs, s03.mnist1dInputsPerExample, s03.complexFunctions, s03.regionsTwoLayers400, s03.regionsTwoLayers200, s03.regionsOneLayer400, s03.regionsPerExample, s03.regionsMostlyEmpty, s03.model400ParamCount, s03.extraDofAsStated, s03.extraDofRebuilt,
  s04.notSelfEvidentSummary, s04.shouldNotWork,
  s05.gaborLandscape,
  s06.notAllLearnable, s06.binaryImageMap, s06.mnistSize, s06.simpleFunctions, s06.zhangAttribution, s06.cifarClasses,
  s07.l2MoreConvex, s07.l2Smoother, s07.implicitGrowsWithLr,
  s08.keskarBatches,
  s09.sejnowski, s09.ordersOfMagnitude, s09.augmentationComplicates, s09.augmentationOrders, s09.theorySummary, s09.du2019b, s09.du2019bShallow, s09.du2019a, s09.zou2020, s09.allenZhu, s09.stationaryGlobal, s09.wideFewMinima, s09.kawaguchi, s09.unrealistic, s09.duAttribution, s09.duUnrealistic, s09.duMnist1dNets, s09.nguyenHeinUnrealistic, s09.theoryIncomplete,
  s10.activationRanges,
  s13.evidenceSources,
  s14.permutationSymmetry, s14.convChannelPermutation, s14.reluRescaling, s14.batchNormRedundancy, s14.everyInput, s14.minimaDifferBetweenPoints,
  s17.baldiHornik,
  s19.sgdImplicitDependsOnLr,
  s20.flatConjecture, s20.mdl, s20.lessPrecision, s20.measures, s20.rescalingChangesSharpness, s20.singleModelStudies,
  s21.convSharing, s21.permutationModels,
  s22.normAndLipschitz,
  s24.reasonableAssumption, s24.deployedSurprises,
  s25.fewExamples, s25.unclearCause, s25.twoMethods,
  s26.storage, s26.criteria, s26.structured, s26.fineTune, s26.hanSharePublished, s26.hanShare, s26.prunedVggStillOver, s26.vggHundredTimes, s26.architectureSearch, s26.lotteryMethod, s26.cifarSize, s26.vgg19Params, s26.resnet50Params, s26.imagenetSize, s26.stillOverPublished, s26.stillOverAsStated,
  s27.distillMethod, s27.bucilua, s27.hinton, s27.attentionTransfer, s27.resnet34Params, s27.resnet18About, s27.resnet18Full, s27.resnet18Backbone, s27.studentStillOver, s27.noProofYet,
  s28.necessary, s28.noEvidence, s28.stillNecessary, s28.tradeoff, s28.dTimes, s28.notEnough,
  s29.universalApproximation, s29.history, s29.imagenetHistory, s29.residualHistory, s29.sotaDepths, s29.wideResnets, s29.parnet, s29.veitPaths, s29.depthMatters, s29.unexplained,
  s30.deepMoreRegions, s30.pathological, s30.liangSrikant, s30.realWorld,
  s31.urbanEnsemble,
  s32.currentModels, s32.localSharing, s32.restricts, s32.suitableBias,
  s33.openQuestions,
  s34.inputSize, s34.premiseImagenet1k, s34.premiseImagenet21k,
  s35.fig202OneLayer, s35.fig202TwoLayers, s35.fig202ThreeLayers, s35.fig202FourLayers, s35.fig203Ratios, s35.fig206Share, s35.fig212Count, s35.magnified, s35.magnitudeBased, s35.fineTuneAfter,
];

export const claims: Claim[] = inSourceOrder([...numbersAndProperties, ...experimentClaims], new URL('../../sources/why-deep-learning-works.md', import.meta.url));

/** Sentences of why-deep-learning-works.md that assert nothing checkable, keyed by a verbatim quote. */
export const narrative = [...numbersNarrative, ...experimentNarrative];
