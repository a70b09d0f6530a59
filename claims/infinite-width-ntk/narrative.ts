// Sentences of sources/infinite-width-ntk.md that assert nothing true or false, each with its reason.
import { defineNarrative } from '../../src/claim/index.js';

export const narrative = defineNarrative('infinite-width-ntk.md', []);
