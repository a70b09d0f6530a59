// Part 2 of why-deep-learning-works.md, §20.4.5 to the end (over-parameterisation, off-manifold, pruning, distillation, depth, summary, problems), with the captions of figures 20.14 onwards:
// the claims added for these sentences (defined in the section files, listed here) and the sentences
// that assert nothing checkable. index.ts merges the lists into source order.
import { defineNarrative, type Claim } from '../../src/claim/index.js';

export const claims: Claim[] = [];

export const narrative = defineNarrative('why-deep-learning-works.md', []);
