// The site as data: chapters with their claims in source order, each claim with its paragraph,
// plots, verdict history and stability. Pure: results, history and sources in; no files touched.
import type { PastRun } from '../history/history-line.js';
import type { ChapterCoverage, ClaimResult, Results, SentenceResult, Verdict } from '../results/schema.js';
import { evidencePlots, type Plot } from './plots/plot-specs.js';
import { quoteContext, type QuoteContext } from './quote/quote-context.js';
import { stabilityOf, verdictHistory, type Stability, type VerdictPoint } from './stability.js';

export interface SiteInput {
  results: Results;
  /** Recent runs comparable with `results` (same budget and filters), oldest first. */
  runs: readonly PastRun[];
  /** Source texts by file name (as in `source.file`). */
  sources: ReadonlyMap<string, string>;
  /** Short hashes of the sources now (see sourceHashes), so flips count only on unchanged text. */
  sourceHashes: Readonly<Record<string, string>>;
}

export interface ClaimEntry {
  result: ClaimResult;
  /** The chapter page, relative to the site root, and the claim's id on it. */
  page: string;
  anchor: string;
  /** The quote in its paragraph; null when the quote is no longer in the source (stale). */
  context: QuoteContext | null;
  plots: Plot[];
  history: VerdictPoint[];
  stability: Stability;
}

export interface ChapterEntry {
  chapter: string;
  file: string;
  page: string;
  claims: ClaimEntry[];
  coverage: ChapterCoverage | null;
  /** The chapter's claimed sentences in source order, each with its verdict. */
  sentences: SentenceResult[];
  /** The chapter's Markdown as the run's sources hold it; null when it is missing. */
  source: string | null;
}

export interface SiteModel {
  results: Results;
  chapters: ChapterEntry[];
  /** Refuted claims, then qualified ones. */
  findings: ClaimEntry[];
  /** Errors and stale anchors: faults of the suite. */
  faults: ClaimEntry[];
  /** Claims whose verdict differed between seeds on the same text, least stable first. */
  unstable: ClaimEntry[];
  /** Claims that did not get their current verdict in every run of the window (unstable or not). */
  varying: ClaimEntry[];
  /** The runs the history plots and stability read, oldest first (the current one last). */
  window: { run: string; seed: number }[];
}

const pageOf = (chapter: string): string => `${chapter === 'index' ? 'chapter-index' : chapter}.html`;
const slug = (id: string): string => (id.split('/').pop() ?? id).replace(/[^A-Za-z0-9_-]+/g, '-') || 'claim';

/** The current run as a history entry, for when the history does not hold it (yet). */
function asPastRun(results: Results, hashes: Readonly<Record<string, string>>): PastRun {
  const { run } = results;
  return {
    run: { kind: 'run', run: run.startedAt, seed: run.seed, budget: run.budget, filters: JSON.stringify(run.filters), backend: run.backend, engine: run.versions.claimcheck ?? 'unknown', durationMs: run.durationMs, claims: results.claims.length },
    claims: new Map(results.claims.map((c) => [c.id, {
      kind: 'claim' as const, run: run.startedAt, id: c.id, chapter: c.chapter, verdict: c.verdict, figure: c.evidence.worst?.measured ?? null,
      seed: c.seed, backend: c.backend, engine: run.versions.claimcheck ?? 'unknown', sourceHash: hashes[c.source.file] ?? 'missing',
    }])),
    coverage: new Map(),
  };
}

const FINDING_ORDER: Verdict[] = ['refuted', 'qualified'];

/** Builds the site model; the runs window ends with the current run, added if the history lacks it. */
export function buildSiteModel(input: SiteInput): SiteModel {
  const { results } = input;
  const current = results.run.startedAt;
  const runs = input.runs.some((r) => r.run.run === current) ? [...input.runs] : [...input.runs, asPastRun(results, input.sourceHashes)];
  const registryIndex = new Map(results.claims.map((c, i) => [c.id, i]));
  const chapters: ChapterEntry[] = [];
  const entries = new Map<string, ClaimEntry>();
  for (const chapter of [...new Set(results.claims.map((c) => c.chapter))]) {
    const page = pageOf(chapter);
    const used = new Set<string>();
    const claims = results.claims.filter((c) => c.chapter === chapter).map((c): ClaimEntry & { at: number } => {
      let anchor = slug(c.id);
      for (let k = 2; used.has(anchor); k++) anchor = `${slug(c.id)}-${k}`;
      used.add(anchor);
      const text = input.sources.get(c.source.file);
      const context = text === undefined ? null : quoteContext(text, c.source.quote);
      const history = verdictHistory(runs, c.id);
      return {
        result: c, page, anchor, context,
        at: text === undefined || !context ? Infinity : text.indexOf(c.source.quote),
        plots: evidencePlots(c),
        history,
        stability: stabilityOf(history, c.verdict, input.sourceHashes[c.source.file] ?? null),
      };
    });
    // Source order; a claim whose quote is gone keeps its registry place among those at the end.
    claims.sort((a, b) => a.at - b.at || registryIndex.get(a.result.id)! - registryIndex.get(b.result.id)!);
    const list = claims.map(({ at: _at, ...entry }) => entry);
    for (const e of list) entries.set(e.result.id, e);
    const file = list[0]!.result.source.file;
    chapters.push({ chapter, file, page, claims: list, coverage: results.coverage?.find((c) => c.chapter === chapter) ?? null, sentences: results.sentences.filter((s) => s.file === file), source: input.sources.get(file) ?? null });
  }
  const all = results.claims.map((c) => entries.get(c.id)!);
  const byShare = (a: ClaimEntry, b: ClaimEntry) => a.stability.share - b.stability.share;
  return {
    results,
    chapters,
    findings: FINDING_ORDER.flatMap((v) => all.filter((e) => e.result.verdict === v)),
    faults: all.filter((e) => e.result.verdict === 'error' || e.result.verdict === 'stale'),
    unstable: all.filter((e) => e.stability.unstable).sort(byShare),
    varying: all.filter((e) => e.stability.share < 1).sort(byShare),
    window: runs.map((r) => ({ run: r.run.run, seed: r.run.seed })),
  };
}
