// From per-claim verdicts to what the author reads: sentence verdicts, findings and notes.
import type { ClaimSpec } from '../claim/types.js';
import type { ChapterCoverage } from '../coverage/index.js';
import type { ClaimResult, Finding, Note, SentenceResult, Verdict } from '../results/schema.js';
import { foldBySpan, foldFollows, strongestFirst } from './fold.js';

/** What aggregation reads of a claim's declaration. */
export type Declared = Pick<ClaimSpec, 'id' | 'kind' | 'statement' | 'reading' | 'primary' | 'alternativeOf' | 'firstDesign' | 'follows' | 'replicates' | 'published'>;

// Worst first: a sentence takes the first of these among its assertions.
const SEVERITY: readonly Verdict[] = ['refuted', 'qualified', 'error', 'stale', 'inconclusive', 'supported', 'not-checkable'];
const worst = (vs: readonly Verdict[]): Verdict => SEVERITY.find((v) => vs.includes(v)) ?? 'not-checkable';
const isFinding = (v: Verdict): boolean => v === 'refuted' || v === 'qualified';

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim();
const scaleText = (r: ClaimResult): string => {
  const entries = Object.entries(r.evidence.records);
  return entries.length ? entries.map(([k, v]) => `${k}=${typeof v === 'number' ? Number(v.toPrecision(4)) : v}`).join(', ') : 'the scale of its budget';
};

/** A published number the claim checks without a source location: it can neither refute nor support. */
const unlocated = (d: Declared | undefined): boolean => (d?.published ?? []).some((p) => p.source === null);

/**
 * The verdict a primary reading gives its sentence: a replication that fails says the result did
 * not reproduce at this scale, and an unlocated published number is unverified; neither is a
 * statement about the text, so both count as inconclusive.
 */
export function sentenceVerdictOf(r: ClaimResult, d: Declared | undefined): Verdict {
  if (unlocated(d) && (isFinding(r.verdict) || r.verdict === 'supported')) return 'inconclusive';
  if (d?.replicates && isFinding(r.verdict)) return 'inconclusive';
  return r.verdict;
}

/** How sure a finding is, from the claim's kind and its evidence. */
export function confidenceOf(r: ClaimResult): Finding['confidence'] {
  if (r.kind === 'exact' || r.kind === 'arithmetic' || r.kind === 'architecture') return 'high';
  const w = r.evidence.worst;
  const replicated = w !== null && w.ci !== null && (w.n ?? 0) >= 3;
  if (r.kind === 'statistical') return replicated ? 'high' : 'medium';
  return replicated ? 'medium' : 'low';
}

function whatIsWrong(r: ClaimResult): string {
  const why = oneLine(r.summary);
  return r.verdict === 'qualified' && r.qualifiedBy ? `holds only when ${oneLine(r.qualifiedBy)}: ${why}` : `${oneLine(r.statement)} — not so: ${why}`;
}

const base = (r: ClaimResult) => ({
  id: r.id,
  source: { file: r.source.file, quote: r.source.quote, line: r.source.line },
  claims: [r.id],
  correction: r.correction,
  confidence: confidenceOf(r),
});

function notesOf(r: ClaimResult, d: Declared | undefined, primary: ClaimResult | undefined): Note[] {
  // A kept first design is listed with the sentence's readings; a note from an instrument it was replaced
  // for would be ours, not the text's, and so would a replication note from a re-run the suite disowns.
  if (d?.firstDesign) return [];
  // A re-run of a cited result is reported as one even where it is an alternative to a record claim:
  // what it shows is whether the result reproduces at this scale, not a second reading of the words.
  if (d?.replicates && (r.verdict === 'supported' || r.verdict === 'inconclusive' || isFinding(r.verdict))) {
    const result = r.verdict === 'supported' ? 'reproduced' : r.verdict === 'inconclusive' ? 'undecided at this scale' : 'not reproduced at this scale';
    return [{ ...base(r), category: 'replication', correction: null, summary: `${d.replicates.citation}: ${result} (${scaleText(r)}). ${oneLine(r.summary)}` }];
  }
  if (d?.alternativeOf) {
    if (!primary) return [];
    // The result's reading has the quote's slots filled in; the declaration's is the raw template.
    const as = oneLine(r.reading ?? r.statement);
    if (primary.verdict === 'supported' && isFinding(r.verdict)) {
      return [{ ...base(r), category: 'wording', summary: `true as meant (${primary.id}); false if read as: ${as} — ${oneLine(r.summary)}`, confidence: confidenceOf(r) }];
    }
    if (isFinding(primary.verdict) && r.verdict === 'supported') {
      return [{ ...base(r), category: 'informative', correction: null, summary: `false as meant (${primary.id}); true if read as: ${as}` }];
    }
    return [];
  }
  if (unlocated(d) && (r.verdict === 'supported' || isFinding(r.verdict))) {
    return [{ ...base(r), category: 'unverified', correction: null, summary: `checks a published number with no source location; measured ${r.verdict}: ${oneLine(r.summary)}` }];
  }
  return [];
}

export interface Aggregate {
  sentences: SentenceResult[];
  findings: Finding[];
  notes: Note[];
}

/**
 * Sentences, findings and notes of a run. `coverage` places the claims in their sentences (source
 * order); `sources` (file → text) lets findings on overlapping spans fold into one; `extra` are
 * findings from other producers (copy-editing) folded with the content findings.
 */
export function aggregate(
  results: readonly ClaimResult[],
  declared: ReadonlyMap<string, Declared>,
  coverage: readonly ChapterCoverage[],
  opts: { sources?: ReadonlyMap<string, string>; extra?: readonly Finding[] } = {},
): Aggregate {
  const byId = new Map(results.map((r) => [r.id, r]));
  const primaryOf = (r: ClaimResult): ClaimResult | undefined => {
    const alt = declared.get(r.id)?.alternativeOf;
    return alt ? byId.get(alt) : r;
  };

  const sentences: SentenceResult[] = [];
  const sourceOrder: ClaimResult[] = [];
  for (const ch of coverage) {
    for (const item of ch.items) {
      const here = item.claims.map((id) => byId.get(id)).filter((r): r is ClaimResult => r !== undefined);
      if (here.length === 0) continue;
      for (const r of here) if (!sourceOrder.includes(r)) sourceOrder.push(r);
      const groups = new Map<string, ClaimResult[]>();
      for (const r of here) {
        const key = declared.get(r.id)?.alternativeOf ?? r.id;
        groups.set(key, [...(groups.get(key) ?? []), r]);
      }
      const assertions = [...groups].map(([key, readings]) => {
        const primary = byId.get(key);
        // A primary reading filtered out of the run leaves its alternatives without a verdict to give.
        const verdict: Verdict = primary ? sentenceVerdictOf(primary, declared.get(key)) : 'not-checkable';
        return {
          primary: key,
          verdict,
          readings: readings.map((r) => ({ claim: r.id, role: r.id === key ? 'primary' as const : 'alternative' as const, verdict: r.verdict })),
        };
      });
      sentences.push({ file: item.sentence.file, line: item.sentence.line, text: item.sentence.text, verdict: worst(assertions.map((a) => a.verdict)), assertions });
    }
  }
  // Claims whose quote places them in no sentence (a stale anchor) still count, after the rest.
  for (const r of results) if (!sourceOrder.includes(r)) sourceOrder.push(r);

  const content: Finding[] = [];
  const notes: Note[] = [];
  for (const r of sourceOrder) {
    const d = declared.get(r.id);
    notes.push(...notesOf(r, d, primaryOf(r)));
    if (d?.alternativeOf || !isFinding(sentenceVerdictOf(r, d))) continue;
    content.push({ ...base(r), category: 'error', summary: whatIsWrong(r) });
  }
  const follows = new Map([...declared.values()].filter((d) => d.follows).map((d) => [d.id, d.follows!]));
  const files = coverage.map((c) => c.file);
  const at = (f: Finding): number => (files.indexOf(f.source.file) + 1 || files.length + 1) * 1e6 + (f.source.line ?? 0);
  const findings = foldBySpan([...foldFollows(content, follows), ...(opts.extra ?? [])], opts.sources).sort((a, b) => at(a) - at(b));
  return { sentences, findings: strongestFirst(findings), notes: strongestFirst(foldFollows(notes, follows)) };
}
