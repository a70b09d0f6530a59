// The published shape of parity.json: the same claims run on several backends, compared claim by claim.
import { z } from 'zod';
import { BUDGETS, KINDS } from '../claim/types.js';
import { VERDICTS } from '../results/schema.js';

export const PARITY_STATUSES = ['verdict-differs', 'measurement-differs', 'same'] as const;
export type ParityStatus = (typeof PARITY_STATUSES)[number];

const scalar = z.union([z.number(), z.string(), z.boolean()]);

/** The observation that came closest to (or went past) what the rule allows. */
export const parityWorstSchema = z.object({
  label: z.string(),
  where: z.record(z.string(), scalar),
  /** measured on each backend, in the order of `run.backends`. */
  measured: z.array(z.number().nullable()),
  /** |a − b| / max(|a|, |b|, floor) over measured and the interval ends. */
  relative: z.number().nullable(),
  /** What the rule allowed, in the same relative units; null when the rule does not judge this observation. */
  allowed: z.number().nullable(),
  rule: z.string(),
});

export const parityClaimSchema = z.object({
  id: z.string(),
  chapter: z.string(),
  kind: z.enum(KINDS),
  /** backend -> verdict */
  verdicts: z.record(z.string(), z.enum(VERDICTS)),
  status: z.enum(PARITY_STATUSES),
  /** Largest relative difference between matched measurements (null when nothing numeric was recorded). */
  maxRelative: z.number().nullable(),
  /** Observations recorded on one backend and not on the other. */
  unmatched: z.number().int(),
  worst: parityWorstSchema.nullable(),
  /** Why it is not `same`; empty when it is. */
  why: z.string(),
  /** backend -> claim time in ms */
  durationMs: z.record(z.string(), z.number()),
});

export const parityCountsSchema = z.object({
  claims: z.number().int(),
  same: z.number().int(),
  verdictDiffers: z.number().int(),
  measurementDiffers: z.number().int(),
});

export const parityReportSchema = z.object({
  run: z.object({
    seed: z.number().int(),
    budget: z.enum(BUDGETS),
    backends: z.array(z.string()).min(2),
    versions: z.record(z.string(), z.record(z.string(), z.string())),
    startedAt: z.string(),
    /** backend -> wall time of its run, and the total */
    durationMs: z.record(z.string(), z.number()),
    filters: z.object({ chapter: z.array(z.string()), claim: z.array(z.string()), kind: z.array(z.string()) }),
    floatTolerance: z.number(),
  }),
  counts: parityCountsSchema.extend({ byKind: z.record(z.string(), parityCountsSchema) }),
  /** Verdict differences first (they count as unstable), then measurement differences, then the rest in registry order. */
  claims: z.array(parityClaimSchema),
});

export type ParityClaim = z.infer<typeof parityClaimSchema>;
export type ParityReport = z.infer<typeof parityReportSchema>;
export type ParityWorst = z.infer<typeof parityWorstSchema>;
