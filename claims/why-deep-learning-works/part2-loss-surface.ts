// Part 2 of why-deep-learning-works.md, §20.3.2–20.3.4 (paths, connected minima, curvature), with the captions of figures 20.5–20.9:
// the claims added for these sentences (defined in the section files, listed here) and the sentences
// that assert nothing checkable. index.ts merges the lists into source order.
import { defineNarrative, type Claim } from '../../src/claim/index.js';

export const claims: Claim[] = [];

export const narrative = defineNarrative('why-deep-learning-works.md', []);
