// Small readers of a claim's evidence for its correction text, when what was measured is the correction.
import type { EvidenceView, Observation } from '../claim/types.js';

/** The interval judgements of a per-seed sample: each label with its mean, interval and n. */
export const meansText = (e: EvidenceView): string =>
  e.observations.map((o) => `${o.label}: ${o.measured?.toFixed(3)}${o.ci ? ` [${o.ci[0].toFixed(3)}, ${o.ci[1].toFixed(3)}]` : ''}, n = ${o.n}`).join('；');

/** The values of the first observation whose label starts with `label` (the figures a holds-judgement compared). */
export const comparedValues = (e: EvidenceView, label: string) => e.observations.find((o) => o.label.startsWith(label))?.values ?? {};

/** The observations outside the band, in the order they were judged. */
export const outsideOf = (e: EvidenceView): Observation[] => e.observations.filter((o) => o.outcome === 'outside');

/** `k=v, …` of a case, as the chapter's corrections print it. */
export const caseText = (w: Record<string, unknown>): string => Object.entries(w).map(([k, v]) => `${k}=${v}`).join(', ');
