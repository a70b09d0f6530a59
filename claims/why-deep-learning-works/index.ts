// The claims of sources/why-deep-learning-works.md, built from its claim modules' exports in source order.
import { claimsOf } from '../../src/claim/index.js';
import { narrative as chapterNarrative } from './narrative.js';
import { glossary as chapterGlossary } from './glossary.js';
import * as s00Introduction from './00-introduction.js';
import * as s01Doubts from './01-doubts.js';
import * as s02TrainingLargeModels from './02-training-large-models.js';
import * as s02Training from './02-training.js';
import * as s03Generalisation from './03-generalisation.js';
import * as s04UnreasonableEffectiveness from './04-unreasonable-effectiveness.js';
import * as s05FittingFactors from './05-fitting-factors.js';
import * as s06Dataset from './06-dataset.js';
import * as s07Regularisation from './07-regularisation.js';
import * as s08StochasticTraining from './08-stochastic-training.js';
import * as s09Overparameterisation from './09-overparameterisation.js';
import * as s10Activation from './10-activation.js';
import * as s11Initialisation from './11-initialisation.js';
import * as s12Depth from './12-depth.js';
import * as s13LossProperties from './13-loss-properties.js';
import * as s14MultipleGlobalMinima from './14-multiple-global-minima.js';
import * as s15PathToMinimumTrajectory from './15-path-to-minimum-trajectory.js';
import * as s15PathToMinimum from './15-path-to-minimum.js';
import * as s16ConnectedMinima from './16-connected-minima.js';
import * as s17CurvatureGoldilocks from './17-curvature-goldilocks.js';
import * as s17Curvature from './17-curvature.js';
import * as s19TrainingAlgorithm from './19-training-algorithm.js';
import * as s20FlatnessBatchAndAveraging from './20-flatness-batch-and-averaging.js';
import * as s20Flatness from './20-flatness.js';
import * as s21Architecture from './21-architecture.js';
import * as s22WeightNorm from './22-weight-norm.js';
import * as s22WeightNormGrokking from './22-weight-norm-grokking.js';
import * as s23Overparameterisation from './23-overparameterisation.js';
import * as s24OffManifold from './24-off-manifold.js';
import * as s25ManyParameters from './25-many-parameters.js';
import * as s26Pruning from './26-pruning.js';
import * as s26PruningRecord from './26-pruning-record.js';
import * as s27Distillation from './27-distillation.js';
import * as s28Discussion from './28-discussion.js';
import * as s29MustBeDeep from './29-must-be-deep.js';
import * as s30FunctionComplexity from './30-function-complexity.js';
import * as s31Trainability from './31-trainability.js';
import * as s32InductiveBias from './32-inductive-bias.js';
import * as s33Summary from './33-summary.js';
import * as s34Problems from './34-problems.js';
import * as s35FiguresAdversarial from './35-figures-adversarial.js';
import * as s35Figures from './35-figures.js';

export const claims = claimsOf([
  s00Introduction, s01Doubts, s02TrainingLargeModels, s02Training, s03Generalisation, s04UnreasonableEffectiveness,
  s05FittingFactors, s06Dataset, s07Regularisation, s08StochasticTraining, s09Overparameterisation, s10Activation,
  s11Initialisation, s12Depth, s13LossProperties, s14MultipleGlobalMinima, s15PathToMinimumTrajectory, s15PathToMinimum,
  s16ConnectedMinima, s17CurvatureGoldilocks, s17Curvature, s19TrainingAlgorithm, s20FlatnessBatchAndAveraging, s20Flatness,
  s21Architecture, s22WeightNorm, s22WeightNormGrokking, s23Overparameterisation, s24OffManifold, s25ManyParameters, s26Pruning, s26PruningRecord,
  s27Distillation, s28Discussion, s29MustBeDeep, s30FunctionComplexity, s31Trainability, s32InductiveBias,
  s33Summary, s34Problems, s35FiguresAdversarial, s35Figures,
], new URL('../../sources/why-deep-learning-works.md', import.meta.url));

/** Sentences of why-deep-learning-works.md that assert nothing checkable, keyed by a verbatim quote. */
export const narrative = chapterNarrative;

/** Concepts the chapter names with more than one term, and the term kept (the copy-edit rule term-renderings). */
export const glossary = chapterGlossary;
