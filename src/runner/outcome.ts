// What running one claim produces before any verdict: measurements and faults, serialisable.
import type { Observation } from '../claim/types.js';
import type { Fault, PropertyRun, QualifierRun } from '../results/schema.js';
import type { KernelTime } from '../backend/kernel-clock.js';

export interface RawOutcome {
  observations: Observation[];
  records: Record<string, number | string | boolean>;
  property: PropertyRun | null;
  qualifiers: QualifierRun[];
  fault: Fault | null;
  backend: string;
  durationMs: number;
  /** With --profile: time per kernel, most first. */
  kernels?: KernelTime[];
  /** Cases dropped before judging (premise failed, comparison undefined); absent on faults. */
  dropped?: { premise: number; undefined: number };
}

/** An outcome for a claim that never produced measurements (crash, timeout, stale source). */
export function faultOutcome(fault: Fault, backend: string, durationMs: number): RawOutcome {
  return { observations: [], records: {}, property: null, qualifiers: [], fault, backend, durationMs };
}
