// Figure 20.2's four nets at the text's learning rate 0.0025: the scale that rate affords, shared by
// the claim that they fit random labels (§ 20.2.3) and the claim that deeper ones fit sooner (§ 20.2.7).
import type { PerBudget } from '../claim/types.js';
/** The caption's nets at the text's learning rate; the scale is what 0.0025 affords (see `reading`). */
export const FIG_20_2_SCALE: PerBudget<{ n: number; cap: number; every: number }> = { quick: { n: 50, cap: 5000, every: 25 }, standard: { n: 100, cap: 10000, every: 50 }, full: { n: 150, cap: 10000, every: 50 } };
export const fig202ScaleNote = `Scale: 0.0025 is a tiny step on the mean loss, so the number of examples is what this learning rate affords (quick 50, standard 100, full 150, not 4,000): fitting 4,000 examples at 0.0025 would take far more than 10^5 steps per net.`;
