// Small readers of a claim's evidence for its correction text.
import type { EvidenceView, Observation } from '../claim/types.js';

/** The observations outside the band, in the order they were judged. */
export const outsideOf = (e: EvidenceView): Observation[] => e.observations.filter((o) => o.outcome === 'outside');

/** `k=v, …` of a case, as the chapter's corrections print it. */
export const caseText = (w: Record<string, unknown>): string => Object.entries(w).map(([k, v]) => `${k}=${v}`).join(', ');
