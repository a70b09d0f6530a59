// The public API for claim authors: everything a claim file imports from the engine.
export { defineClaim, ClaimDefinitionError, isClaim } from './define-claim.js';
export { defineNarrative, type Narrative } from './narrative.js';
export { defineGlossary, type GlossaryTerm } from './glossary.js';
export { exactly, absolute, relative, atMost, atLeast, above, below, noLessThan, noMoreThan, about, type Tolerance } from './tolerance.js';
export type { Slots } from './slots.js';
export { writeQuote, type Relation } from './quote-template.js';
export type { Claim, ClaimSpec, CheckContext, EvidenceView, Judge, PerBudget, Budget, Kind, Where, Observation, Qualifier, Scope, PublishedNumber, CorrectionValue, Scale } from './types.js';
export type { ConvergenceRule } from '../stats/convergence.js';
export { inSourceOrder, claimsOf } from './source-order.js';
export { published } from './published.js';
