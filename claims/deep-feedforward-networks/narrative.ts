// Sentences of sources/deep-feedforward-networks.md that assert nothing true or false, each with its reason.
import { defineNarrative } from '../../src/claim/index.js';

export const narrative = defineNarrative('deep-feedforward-networks.md', []);
