// The experiment claims of sources/why-deep-learning-works.md (part 2), in source order; merged into
// the chapter's index.ts by its maintainer.
import type { Claim } from '../../src/claim/index.js';
import * as s02 from './02-training-experiments.js';
import * as s06 from './06-dataset-experiments.js';
import * as s11 from './11-initialisation-experiments.js';
import * as s12 from './12-depth-experiments.js';
import * as s15 from './15-path-to-minimum-experiments.js';
import * as s16 from './16-connected-minima-experiments.js';
import * as s24 from './24-off-manifold-experiments.js';
import * as s35 from './35-figures-experiments.js';
import * as fitting from './part2-fitting.js';
import * as generalisation from './part2-generalisation.js';
import * as lossSurface from './part2-loss-surface.js';
import * as parametersAndDepth from './part2-parameters-and-depth.js';

export const experimentClaims: Claim[] = [
  s02.fortyThreeUnitsFit,
  s06.randomDataSlowerButFitted,
  s11.largerInitSlowerFit,
  s12.reinitialisedTicketFails,
  s15.monotoneLinearPath, s15.relativeChangeShrinks, s15.widerFewerSteps,
  s16.barrierBetweenMinima,
  s24.adversarialIndistinguishable,
  s35.fig201RandomLabelsSlowest, s35.fig202FitAndDepth,
  ...fitting.claims, ...lossSurface.claims, ...generalisation.claims, ...parametersAndDepth.claims,
];

/** The narrative notes of the part-2 sections. */
export const experimentNarrative = [...fitting.narrative, ...lossSurface.narrative, ...generalisation.narrative, ...parametersAndDepth.narrative];

/** The experiments alone, as a registry module (for running part 2 by itself). */
export const claims = experimentClaims;
