// The claims of sources/why-not-deeper.md, built from its claim modules' exports in source order.
import { claimsOf } from '../../src/claim/index.js';
import * as s00Question from './00-question.js';
import * as s01VanishingExploding from './01-vanishing-exploding.js';
import * as s01Remedies from './01-vanishing-exploding-remedies.js';
import * as s02Overfitting from './02-overfitting.js';
import * as s02Remedies from './02-overfitting-remedies.js';
import * as s03Degradation from './03-degradation.js';
import * as s04Compute from './04-compute.js';
import * as s05Optimisation from './05-optimisation.js';
import * as s06Data from './06-data.js';
import * as s07Summary from './07-summary.js';

export const claims = claimsOf([
  s00Question, s01VanishingExploding, s01Remedies, s02Overfitting, s02Remedies, s03Degradation, s04Compute, s05Optimisation,
  s06Data, s07Summary,
], new URL('../../sources/why-not-deeper.md', import.meta.url));

/** Sentences of why-not-deeper.md that assert nothing checkable, keyed by a verbatim quote. */
export { narrative } from './narrative.js';
