// One line of the run history (JSON Lines): a run, a claim's verdict in it, or a chapter's coverage.
import { z } from 'zod';
import { VERDICTS, chapterCoverageSchema, type Results } from '../results/schema.js';

const runLine = z.object({ kind: z.literal('run'), run: z.string(), seed: z.number(), budget: z.string(), filters: z.string(), backend: z.string(), engine: z.string(), durationMs: z.number(), claims: z.number() });
const claimLine = z.object({ kind: z.literal('claim'), run: z.string(), id: z.string(), chapter: z.string(), verdict: z.enum(VERDICTS), figure: z.number().nullable(), seed: z.number(), backend: z.string(), engine: z.string(), sourceHash: z.string() });
const coverageLine = chapterCoverageSchema.extend({ kind: z.literal('coverage'), run: z.string() });
export const historyLineSchema = z.discriminatedUnion('kind', [runLine, claimLine, coverageLine]);

export type HistoryLine = z.infer<typeof historyLineSchema>;
type RunLine = z.infer<typeof runLine>;

/** One earlier run as the history remembers it. */
export interface PastRun {
  run: RunLine;
  claims: Map<string, z.infer<typeof claimLine>>;
  coverage: Map<string, z.infer<typeof coverageLine>>;
}

/** The key that makes two runs comparable: same budget and same filters. */
export const runKey = (r: Results['run']): string => `${r.budget} ${JSON.stringify(r.filters)}`;
