// The published shape of results.json. Other tools read it: keep names stable.
import { z } from 'zod';
import { BUDGETS, GATED_METHODS, KINDS, SCOPES } from './vocabulary.js';

export const VERDICTS = ['supported', 'refuted', 'qualified', 'inconclusive', 'not-checkable', 'error', 'stale'] as const;
export type Verdict = (typeof VERDICTS)[number];

const scalar = z.union([z.number(), z.string(), z.boolean()]);
export const whereSchema = z.record(z.string(), scalar);
const where = whereSchema;
const pair = z.tuple([z.number(), z.number()]);
// JSON has no infinities: one-sided bands are written with null for the open end.
const band = z.tuple([z.number().nullable(), z.number().nullable()]);

export const observationSchema = z.object({
  label: z.string(),
  where,
  method: z.enum(['value', 'mean', 'geometricMean', 'holds', ...GATED_METHODS]),
  measured: z.number().nullable(),
  asserted: z.number().nullable(),
  band: band.nullable(),
  ci: pair.nullable(),
  n: z.number().int().nullable(),
  /** The confidence level of a Student-t interval (mean, geometric mean, replicated, paired): lets a projection of the samples that would decide it use the t quantile. */
  level: z.number().optional(),
  planned: z.number().int().optional(),
  values: z.record(z.string(), z.number()).optional(),
  outcome: z.enum(['inside', 'outside', 'straddle']),
  phase: z.enum(['generate', 'shrink', 'qualify', 'single']),
  qualifier: z.string().optional(),
  // Judgement rules (issue 17): see ObservationRules in src/claim/types.ts.
  draw: z.number().int().optional(),
  gate: z.object({
    replicates: z.number().int(), resolution: z.number(), converged: z.boolean().nullable(), control: z.boolean().nullable(),
    detectable: z.number().nullable(), failed: z.array(z.string()),
  }).optional(),
  float: z.object({ float64: z.number().nullable() }).optional(),
});

/** How the claim's scope and the gates shaped its verdict (issue 17's judgement rules). */
export const judgementSchema = z.object({
  scope: z.enum(SCOPES),
  /** false: the claim declares no scope and got the provisional default; its chapter's re-judging must declare it. */
  scopeDeclared: z.boolean(),
  /** Cases dropped before judging: the premise failed, or the comparison was undefined there. */
  dropped: z.object({ premise: z.number().int(), undefined: z.number().int() }),
  /** Outside results held back from refuting, by rule. */
  heldBack: z.object({ ungated: z.number().int(), floatLevel: z.number().int(), asymptotic: z.number().int(), gates: z.number().int() }),
  /** For exists and typical: the cases seen, and for typical the Clopper-Pearson interval on the share that held. */
  cases: z.object({ n: z.number().int(), held: z.number().int(), failed: z.number().int(), share: z.number().nullable(), ci: pair.nullable() }).nullable(),
});

export const propertyRunSchema = z.object({
  seed: z.number().int(),
  /** fast-check's path to the shrunk counterexample, for replay. */
  path: z.string().nullable(),
  numRuns: z.number().int(), numSkips: z.number().int(), numShrinks: z.number().int(),
  failed: z.boolean(), interrupted: z.boolean(), counterexample: where.nullable(),
  /** fast-check's own failure message when no judgement explains the failure. */
  error: z.string().nullable(),
});

export const qualifierRunSchema = z.object({ condition: z.string(), numRuns: z.number().int(), failed: z.boolean(), interrupted: z.boolean() });

export const FAULT_KINDS = ['throw', 'timeout', 'leak', 'crash', 'health', 'stale'] as const;
export const faultSchema = z.object({ kind: z.enum(FAULT_KINDS), message: z.string() });

export const evidenceSchema = z.object({
  tolerance: z.object({ label: z.string(), why: z.string() }).nullable(),
  observations: z.array(observationSchema),
  observationsTotal: z.number().int(),
  worst: observationSchema.nullable(),
  records: z.record(z.string(), scalar),
  property: propertyRunSchema.nullable(),
  qualifiers: z.array(qualifierRunSchema),
  fault: faultSchema.nullable(),
  /** Over all of the claim's sequential judgements: samples drawn against samples planned. */
  sampling: z.object({ used: z.number().int(), planned: z.number().int() }).nullable().optional(),
  judgement: judgementSchema.optional(),
});

// --- Findings, notes and sentences: the contract shared with copy-editing (issue 20); keep names ---
export const CORRECTION_SCHEMA_NOTE = 'replace: an edit of the quoted span; observed: what was measured when no edit can be computed';
export const correctionSchema = z.union([
  z.object({ replace: z.object({ span: z.string(), text: z.string() }) }),
  z.object({ observed: z.string() }),
]).nullable();
export const FINDING_CATEGORIES = ['error', 'copyedit'] as const;
export const NOTE_CATEGORIES = ['wording', 'replication', 'unverified', 'informative', 'copyedit'] as const;
const findingSource = z.object({ file: z.string(), quote: z.string(), line: z.number().int().nullable() });
export const findingSchema = z.object({
  /** Stable across runs: the root claim's id, or `copyedit/<rule>/<file>:<line>:<col>`. */
  id: z.string(),
  category: z.enum(FINDING_CATEGORIES),
  /** quote: the exact span the finding is about. */
  source: findingSource,
  /** Claim ids behind it, the root first ([] for copy-edit). */
  claims: z.array(z.string()),
  summary: z.string(),
  correction: correctionSchema,
  confidence: z.enum(['high', 'medium', 'low']),
});
export const noteSchema = findingSchema.omit({ category: true }).extend({ category: z.enum(NOTE_CATEGORIES) });

/** One claimed sentence: its verdict is the worst verdict among its assertions' primary readings. */
export const sentenceSchema = z.object({
  file: z.string(),
  line: z.number().int(),
  text: z.string(),
  verdict: z.enum(VERDICTS),
  assertions: z.array(z.object({
    /** The primary reading's claim id, which names the assertion. */
    primary: z.string(),
    /** The verdict this assertion gives the sentence (a replication or an unverified number never refutes it). */
    verdict: z.enum(VERDICTS),
    readings: z.array(z.object({ claim: z.string(), role: z.enum(['primary', 'alternative']), verdict: z.enum(VERDICTS) })),
  })),
});
// --- end of findings, notes and sentences ---

export const claimResultSchema = z.object({
  id: z.string(),
  chapter: z.string(),
  source: z.object({ file: z.string(), quote: z.string(), line: z.number().int().nullable() }),
  statement: z.string(),
  reading: z.string().nullable(),
  /** What the check scales with the budget, per budget (the claim's declared `scale`), when it declares one. */
  scale: z.object(Object.fromEntries(BUDGETS.map((b) => [b, z.record(z.string(), z.union([z.number(), z.array(z.number())]))])) as Record<(typeof BUDGETS)[number], z.ZodRecord<z.ZodString, z.ZodUnion<[z.ZodNumber, z.ZodArray<z.ZodNumber>]>>>).optional(),
  kind: z.enum(KINDS),
  verdict: z.enum(VERDICTS),
  summary: z.string(),
  /** For an inconclusive verdict: the budget the claim declares would decide it (`beyond`: more than CI's machine affords), and why. */
  decidingBudget: z.object({ budget: z.enum([...BUDGETS, 'beyond']), why: z.string() }).optional(),
  qualifiedBy: z.string().nullable(),
  correction: correctionSchema,
  evidence: evidenceSchema,
  counterexample: where.nullable(),
  replay: z.string().nullable(),
  seed: z.number().int(),
  backend: z.string(),
  durationMs: z.number(),
  /** With --profile: the claim's kernels by time, most first. */
  kernels: z.array(z.object({ name: z.string(), ms: z.number(), calls: z.number().int() })).optional(),
  /** Taken from the result cache: its key (claim code, sentence text, seed, budget, backend, engine) was unchanged; durationMs is the original run's. */
  reused: z.boolean().optional(),
});

export const runSchema = z.object({
  seed: z.number().int(),
  budget: z.enum(BUDGETS),
  backend: z.string(),
  versions: z.record(z.string(), z.string()),
  startedAt: z.string(),
  durationMs: z.number(),
  filters: z.object({ chapter: z.array(z.string()), claim: z.array(z.string()), kind: z.array(z.string()) }),
  /** Present on one shard's results: this is slice `index` of `count`. */
  shard: z.object({ index: z.number().int().min(1), count: z.number().int().min(1) }).optional(),
});

export const chapterCoverageSchema = z.object({
  chapter: z.string(),
  file: z.string(),
  sentences: z.number().int(),
  claimed: z.number().int(),
  narrative: z.number().int(),
  uncovered: z.number().int(),
});

const coverageDelta = z.object({ chapter: z.string(), before: chapterCoverageSchema.nullable(), after: chapterCoverageSchema.nullable() });

export const changesSchema = z.object({
  /** startedAt of the run compared with, or null when there is none. */
  since: z.string().nullable(),
  verdicts: z.array(z.object({ id: z.string(), from: z.enum(VERDICTS), to: z.enum(VERDICTS) })),
  added: z.array(z.string()),
  removed: z.array(z.string()),
  becameStale: z.array(z.string()),
  coverage: z.array(coverageDelta),
});

export const resultsSchema = z.object({
  run: runSchema,
  claims: z.array(claimResultSchema),
  coverage: z.array(chapterCoverageSchema).optional(),
  changes: changesSchema.optional(),
  /** Every claimed sentence among the claims run, in source order. */
  sentences: z.array(sentenceSchema).default([]),
  /** What the author should fix, strongest evidence first. */
  findings: z.array(findingSchema).default([]),
  /** Wording notes, replications, unverified numbers: never errors in the text. */
  notes: z.array(noteSchema).default([]),
});

export type ClaimResult = z.infer<typeof claimResultSchema>;
export type Results = z.infer<typeof resultsSchema>;
export type RunInfo = z.infer<typeof runSchema>;
export type ObservationRecord = z.infer<typeof observationSchema>;
export type Where = z.infer<typeof whereSchema>;
export type PropertyRun = z.infer<typeof propertyRunSchema>;
export type QualifierRun = z.infer<typeof qualifierRunSchema>;
export type Fault = z.infer<typeof faultSchema>;
export type FaultKind = Fault['kind'];
export type ChapterCoverage = z.infer<typeof chapterCoverageSchema>;
export type Changes = z.infer<typeof changesSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type Note = z.infer<typeof noteSchema>;
export type SentenceResult = z.infer<typeof sentenceSchema>;
export type JudgementRecord = z.infer<typeof judgementSchema>;

/** The JSON Schema published as reports/results.schema.json. */
export function resultsJsonSchema(): object {
  return { $id: 'https://claimcheck.dev/results.schema.json', ...z.toJSONSchema(resultsSchema, { target: 'draft-2020-12' }) };
}
