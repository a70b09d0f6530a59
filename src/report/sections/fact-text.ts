// How an exact judgement (judge.holds) reads: a fact holds, fails, or was left undetermined by its run.
import type { Outcome } from '../../claim/types.js';

export type FactText = 'holds' | 'fails' | 'undetermined';

/** The word for a `holds` judgement's outcome ('straddle' is a fact its run could not settle). */
export function factText(outcome: Outcome): FactText {
  return outcome === 'outside' ? 'fails' : outcome === 'straddle' ? 'undetermined' : 'holds';
}
