// Sentences of sources/depth-vs-width.md that assert nothing true or false, each with its reason.
import { defineNarrative } from '../../src/claim/index.js';

export const narrative = defineNarrative('depth-vs-width.md', []);
