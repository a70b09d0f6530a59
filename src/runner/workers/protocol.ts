// Messages between the suite (main thread) and a claim worker.
import type { Budget } from '../../claim/types.js';
import type { BackendName, BackendInfo } from '../../backend/select.js';
import type { RawOutcome } from '../outcome.js';
import type { SlotValues } from '../../claim/quote-template.js';

export interface WorkerConfig {
  registry: string;
  backend?: BackendName;
  /** Time every kernel call and report the tally with each outcome. */
  profile?: boolean;
}

export interface RunMessage {
  type: 'run';
  id: string;
  seed: number;
  runSeed: number;
  budget: Budget;
  softDeadline: number;
  replay?: { seed: number; path: string };
  /** The quote's slot values, read from the source by the suite. */
  slots?: SlotValues;
}

export type WorkerReply =
  | { type: 'ready'; backend: BackendInfo }
  | { type: 'failed'; message: string }
  | { type: 'done'; id: string; outcome: RawOutcome };
