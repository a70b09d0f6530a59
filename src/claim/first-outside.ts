// The observation a correction cites: the first one outside its band, else the first one measured.
import type { EvidenceView } from './types.js';

export const firstOutside = (e: EvidenceView) => e.observations.find((o) => o.outcome === 'outside') ?? e.observations[0]!;
