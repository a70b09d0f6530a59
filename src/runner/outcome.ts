// What running one claim produces before any verdict: measurements and faults, serialisable.
import type { Observation, Where } from '../claim/types.js';
import type { KernelTime } from '../backend/kernel-clock.js';

export interface PropertyRun {
  seed: number;
  /** fast-check's path to the shrunk counterexample, for replay. */
  path: string | null;
  numRuns: number;
  numSkips: number;
  numShrinks: number;
  failed: boolean;
  interrupted: boolean;
  counterexample: Where | null;
  /** fast-check's own failure message when no judgement explains the failure. */
  error: string | null;
}

export interface QualifierRun {
  condition: string;
  numRuns: number;
  failed: boolean;
  interrupted: boolean;
}

export type FaultKind = 'throw' | 'timeout' | 'leak' | 'crash' | 'health' | 'stale';

export interface Fault {
  kind: FaultKind;
  message: string;
}

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
