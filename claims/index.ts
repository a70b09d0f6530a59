// Every chapter's claims and narrative annotations, in the order the report lists chapters.
import type { Claim, GlossaryTerm, Narrative } from '../src/claim/index.js';
import * as depthVsWidth from './depth-vs-width/index.js';
import * as deepFeedforward from './deep-feedforward-networks/index.js';
import * as whyNotDeeper from './why-not-deeper/index.js';
import * as infiniteWidthNtk from './infinite-width-ntk/index.js';
import * as whyDeepLearningWorks from './why-deep-learning-works/index.js';

const chapters = [depthVsWidth, deepFeedforward, whyNotDeeper, infiniteWidthNtk, whyDeepLearningWorks];

export const claims: Claim[] = chapters.flatMap((c) => c.claims);
export const narrative: Narrative[] = chapters.flatMap((c) => c.narrative);
export const glossary: GlossaryTerm[] = chapters.flatMap((c) => ('glossary' in c ? c.glossary : []));
