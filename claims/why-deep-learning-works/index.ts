// The claims of sources/why-deep-learning-works.md, built from its claim modules' exports in source order.
import { claimsOf } from '../../src/claim/index.js';
import { narrative as chapterNarrative } from './narrative.js';
import * as s00Introduction from './00-introduction.js';
import * as s01Doubts from './01-doubts.js';
import * as s02TrainingExperiments from './02-training-experiments.js';
import * as s02Training from './02-training.js';
import * as s03GeneralisationExperiments from './03-generalisation-experiments.js';
import * as s03Generalisation from './03-generalisation.js';
import * as s04UnreasonableEffectiveness from './04-unreasonable-effectiveness.js';
import * as s05FittingFactors from './05-fitting-factors.js';
import * as s06DatasetExperiments from './06-dataset-experiments.js';
import * as s06Dataset from './06-dataset.js';
import * as s07RegularisationExperiments from './07-regularisation-experiments.js';
import * as s07Regularisation from './07-regularisation.js';
import * as s08StochasticTrainingExperiments from './08-stochastic-training-experiments.js';
import * as s08StochasticTraining from './08-stochastic-training.js';
import * as s09OverparameterisationExperiments from './09-overparameterisation-experiments.js';
import * as s09Overparameterisation from './09-overparameterisation.js';
import * as s10ActivationExperiments from './10-activation-experiments.js';
import * as s10Activation from './10-activation.js';
import * as s11InitialisationExperiments from './11-initialisation-experiments.js';
import * as s12DepthExperiments from './12-depth-experiments.js';
import * as s13LossProperties from './13-loss-properties.js';
import * as s14MultipleGlobalMinima from './14-multiple-global-minima.js';
import * as s15PathToMinimumExperiments from './15-path-to-minimum-experiments.js';
import * as s15PathToMinimumSubspaces from './15-path-to-minimum-subspaces.js';
import * as s16ConnectedMinimaExperiments from './16-connected-minima-experiments.js';
import * as s16ConnectedMinimaPaths from './16-connected-minima-paths.js';
import * as s17CurvatureExperiments from './17-curvature-experiments.js';
import * as s17Curvature from './17-curvature.js';
import * as s19TrainingAlgorithmExperiments from './19-training-algorithm-experiments.js';
import * as s19TrainingAlgorithm from './19-training-algorithm.js';
import * as s20FlatnessExperiments from './20-flatness-experiments.js';
import * as s20Flatness from './20-flatness.js';
import * as s21ArchitectureExperiments from './21-architecture-experiments.js';
import * as s21Architecture from './21-architecture.js';
import * as s22WeightNormExperiments from './22-weight-norm-experiments.js';
import * as s22WeightNorm from './22-weight-norm.js';
import * as s23OverparameterisationExperiments from './23-overparameterisation-experiments.js';
import * as s24OffManifoldExperiments from './24-off-manifold-experiments.js';
import * as s24OffManifold from './24-off-manifold.js';
import * as s25ManyParametersExperiments from './25-many-parameters-experiments.js';
import * as s25ManyParameters from './25-many-parameters.js';
import * as s26PruningExperiments from './26-pruning-experiments.js';
import * as s26Pruning from './26-pruning.js';
import * as s27DistillationExperiments from './27-distillation-experiments.js';
import * as s27Distillation from './27-distillation.js';
import * as s28Discussion from './28-discussion.js';
import * as s29MustBeDeep from './29-must-be-deep.js';
import * as s30FunctionComplexityExperiments from './30-function-complexity-experiments.js';
import * as s30FunctionComplexity from './30-function-complexity.js';
import * as s31TrainabilityExperiments from './31-trainability-experiments.js';
import * as s31Trainability from './31-trainability.js';
import * as s32InductiveBiasExperiments from './32-inductive-bias-experiments.js';
import * as s32InductiveBias from './32-inductive-bias.js';
import * as s33Summary from './33-summary.js';
import * as s34ProblemsExperiments from './34-problems-experiments.js';
import * as s34Problems from './34-problems.js';
import * as s35FiguresAdversarial from './35-figures-adversarial.js';
import * as s35FiguresExperiments from './35-figures-experiments.js';
import * as s35Figures from './35-figures.js';

export const claims = claimsOf([
  s00Introduction, s01Doubts, s02TrainingExperiments, s02Training, s03GeneralisationExperiments, s03Generalisation,
  s04UnreasonableEffectiveness, s05FittingFactors, s06DatasetExperiments, s06Dataset, s07RegularisationExperiments, s07Regularisation,
  s08StochasticTrainingExperiments, s08StochasticTraining, s09OverparameterisationExperiments, s09Overparameterisation, s10ActivationExperiments, s10Activation,
  s11InitialisationExperiments, s12DepthExperiments, s13LossProperties, s14MultipleGlobalMinima, s15PathToMinimumExperiments, s15PathToMinimumSubspaces,
  s16ConnectedMinimaExperiments, s16ConnectedMinimaPaths, s17CurvatureExperiments, s17Curvature, s19TrainingAlgorithmExperiments, s19TrainingAlgorithm,
  s20FlatnessExperiments, s20Flatness, s21ArchitectureExperiments, s21Architecture, s22WeightNormExperiments, s22WeightNorm,
  s23OverparameterisationExperiments, s24OffManifoldExperiments, s24OffManifold, s25ManyParametersExperiments, s25ManyParameters, s26PruningExperiments,
  s26Pruning, s27DistillationExperiments, s27Distillation, s28Discussion, s29MustBeDeep, s30FunctionComplexityExperiments,
  s30FunctionComplexity, s31TrainabilityExperiments, s31Trainability, s32InductiveBiasExperiments, s32InductiveBias, s33Summary,
  s34ProblemsExperiments, s34Problems, s35FiguresAdversarial, s35FiguresExperiments, s35Figures,
], new URL('../../sources/why-deep-learning-works.md', import.meta.url));

/** Sentences of why-deep-learning-works.md that assert nothing checkable, keyed by a verbatim quote. */
export const narrative = chapterNarrative;
