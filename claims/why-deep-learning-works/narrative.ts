// Sentences of sources/why-deep-learning-works.md that assert nothing true or false, each with its reason.
import { defineNarrative } from '../../src/claim/index.js';

export const narrative = defineNarrative('why-deep-learning-works.md', []);
