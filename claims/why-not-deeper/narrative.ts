// Sentences of sources/why-not-deeper.md that assert nothing true or false, each with its reason.
import { defineNarrative } from '../../src/claim/index.js';

export const narrative = defineNarrative('why-not-deeper.md', []);
