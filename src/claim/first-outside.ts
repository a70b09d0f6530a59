// The observation a correction cites: the first one outside its band, else the first one measured.
import type { EvidenceView } from './types.js';

export const firstOutside = (e: EvidenceView) => e.observations.find((o) => o.outcome === 'outside') ?? e.observations[0]!;

/**
 * The observation at a property's shrunk counterexample, the one the verdict's summary shows: the last outside
 * judgement of the generated run (shrinking ends on it); else the first outside one.
 */
export const shrunkOutside = (e: EvidenceView) =>
  [...e.observations].reverse().find((o) => o.outcome === 'outside' && o.phase !== 'qualify') ?? firstOutside(e);
