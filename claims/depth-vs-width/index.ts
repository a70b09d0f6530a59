// The claims of sources/depth-vs-width.md, built from its claim modules' exports in source order.
import { claimsOf } from '../../src/claim/index.js';
import * as s01Introduction from './01-introduction.js';
import * as s02Principles from './02-principles.js';
import * as s03ExpressivePower from './03-expressive-power.js';
import * as s04HierarchicalComposition from './04-hierarchical-composition.js';
import * as s05ExponentialComplexityRegions from './05-exponential-complexity-regions.js';
import * as s05ExponentialComplexityBound from './05-exponential-complexity-bound.js';
import * as s05ExponentialComplexityExample from './05-exponential-complexity-example.js';
import * as s06UniversalApproximation from './06-universal-approximation.js';
import * as s07CompressionView from './07-compression-view.js';
import * as s08OptimisationDynamics from './08-optimisation-dynamics.js';
import * as s09VanishingExplodingJacobians from './09-vanishing-exploding-jacobians.js';
import * as s09VanishingExplodingLaw from './09-vanishing-exploding-law.js';
import * as s09VanishingExplodingIsometry from './09-vanishing-exploding-isometry.js';
import * as s10Ntk from './10-ntk.js';
import * as s11GradientNoise from './11-gradient-noise.js';
import * as s11GradientNoiseStability from './11-gradient-noise-stability.js';
import * as s12ArchitecturalMechanisms from './12-architectural-mechanisms.js';
import * as s13ResidualConnections from './13-residual-connections.js';
import * as s13ResidualConnectionsTrainable from './13-residual-connections-trainable.js';
import * as s14Normalization from './14-normalization.js';
import * as s14NormalizationLearningRate from './14-normalization-learning-rate.js';
import * as s14NormalizationSummary from './14-normalization-summary.js';

export const claims = claimsOf([
  s01Introduction, s02Principles, s03ExpressivePower, s04HierarchicalComposition, s05ExponentialComplexityRegions,
  s05ExponentialComplexityBound, s05ExponentialComplexityExample, s06UniversalApproximation, s07CompressionView,
  s08OptimisationDynamics, s09VanishingExplodingJacobians, s09VanishingExplodingLaw, s09VanishingExplodingIsometry, s10Ntk,
  s11GradientNoise, s11GradientNoiseStability, s12ArchitecturalMechanisms, s13ResidualConnections, s13ResidualConnectionsTrainable, s14Normalization, s14NormalizationLearningRate,
  s14NormalizationSummary,
], new URL('../../sources/depth-vs-width.md', import.meta.url));

/** Sentences of depth-vs-width.md that assert nothing checkable, keyed by a verbatim quote. */
export { narrative } from './narrative.js';
