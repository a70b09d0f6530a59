// Statement coverage: each sentence of each source is claimed, annotated as narrative, or uncovered.
import { nearestText } from './nearest.js';
import { matchQuote, templateWords, type QuoteMatch } from '../claim/quote-template.js';
import { splitSentences, type Sentence } from './sentences.js';

/** What coverage reads of a claim: its id and its anchor. */
export interface CoverageClaim {
  readonly id: string;
  readonly source: { readonly file: string; readonly quote: string };
}

/** What coverage reads of a narrative annotation. */
export interface CoverageNarrative {
  readonly file: string;
  readonly quote: string;
  readonly reason: string;
}

export type CoverageStatus = 'claimed' | 'narrative' | 'uncovered';

export interface CoverageItem {
  readonly sentence: Sentence;
  /** Claimed wins over narrative; the contradiction is listed in the chapter's problems. */
  readonly status: CoverageStatus;
  /** Ids of the claims whose quote overlaps the sentence, in registry order. */
  readonly claims: string[];
  /** The narrative reasons (joined by '; ') when the status is narrative. */
  readonly reason?: string;
}

export interface ChapterCoverage {
  /** The file stem, e.g. `depth-vs-width`. */
  readonly chapter: string;
  readonly file: string;
  /** Sentences that need coverage (text and math); headings are counted apart. */
  readonly sentences: number;
  readonly claimed: number;
  readonly narrative: number;
  readonly uncovered: number;
  /** Headings: structure, never uncovered. */
  readonly headings: number;
  /** One per text or math sentence, in source order. */
  readonly items: CoverageItem[];
  /** Quotes found 0 or 2+ times, quotes covering no sentence, sentences both claimed and narrative. */
  readonly problems: string[];
}

type Anchor = { file: string; quote: string; owner: string; claim?: string; reason?: string };

const MAX_SNIPPET = 60;
const short = (s: string): string => JSON.stringify(s.length > MAX_SNIPPET ? `${s.slice(0, MAX_SNIPPET)}…` : s);

/** Spans of `quote` (plain or templated) in `text`, stopping at the third. */
const occurrences = (text: string, quote: string): QuoteMatch[] => matchQuote(text, quote, 3);

/** Sentences overlapping [from, to): binary search for the first, then walk. */
function overlapping(sentences: Sentence[], from: number, to: number): Sentence[] {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: Sentence[] = [];
  for (let i = lo; i < sentences.length && sentences[i]!.start < to; i++) out.push(sentences[i]!);
  return out;
}

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** Why an anchor covers nothing, or null when it is found exactly once. */
function misplaced(text: string, a: Anchor, at: QuoteMatch[]): string | null {
  if (!a.quote) return `${a.owner}: empty quote`;
  if (at.length === 1) return null;
  if (at.length > 1) {
    const lines = at.slice(0, 2).map((m) => lineAt(text, m.start));
    return `${a.owner}: quote occurs ${at.length > 2 ? '3 or more' : 2} times in ${a.file} (lines ${lines.join(', ')}${at.length > 2 ? ', …' : ''}); lengthen it`;
  }
  const near = nearestText(text, templateWords(a.quote));
  const hint = near ? `; nearest: line ${near.line}, ${Math.round(near.similarity * 100)}% similar: ${short(near.snippet)}` : '';
  return `${a.owner}: quote not found in ${a.file}${hint}`;
}

function chapterCoverage(file: string, text: string | undefined, anchors: Anchor[]): ChapterCoverage {
  const chapter = file.replace(/\.md$/, '');
  const problems: string[] = [];
  if (text === undefined) {
    for (const a of anchors) problems.push(`${a.owner}: source file ${file} not found`);
    return { chapter, file, sentences: 0, claimed: 0, narrative: 0, uncovered: 0, headings: 0, items: [], problems };
  }
  const all = splitSentences(file, text);
  const claimsOf = new Map<number, string[]>();
  const reasonsOf = new Map<number, string[]>();
  for (const a of anchors) {
    const at = a.quote ? occurrences(text, a.quote) : [];
    const problem = misplaced(text, a, at);
    if (problem) {
      problems.push(problem);
      continue;
    }
    const hit = overlapping(all, at[0]!.start, at[0]!.end).filter((s) => s.kind !== 'heading');
    if (!hit.length) problems.push(`${a.owner}: quote at line ${lineAt(text, at[0]!.start)} covers no sentence (a heading or markup only)`);
    for (const s of hit) {
      if (a.claim !== undefined) claimsOf.set(s.ordinal, [...(claimsOf.get(s.ordinal) ?? []), a.claim]);
      if (a.reason !== undefined) reasonsOf.set(s.ordinal, [...(reasonsOf.get(s.ordinal) ?? []), a.reason]);
    }
  }

  const items: CoverageItem[] = [];
  for (const s of all) {
    if (s.kind === 'heading') continue;
    const claims = [...new Set(claimsOf.get(s.ordinal) ?? [])];
    const reasons = [...new Set(reasonsOf.get(s.ordinal) ?? [])];
    if (claims.length && reasons.length) {
      problems.push(`sentence #${s.ordinal} (line ${s.line}) is claimed by ${claims.join(', ')} and annotated narrative (${reasons.join('; ')}): review ${short(s.text)}`);
    }
    if (claims.length) items.push({ sentence: s, status: 'claimed', claims });
    else if (reasons.length) items.push({ sentence: s, status: 'narrative', claims: [], reason: reasons.join('; ') });
    else items.push({ sentence: s, status: 'uncovered', claims: [] });
  }
  const count = (status: CoverageStatus): number => items.filter((i) => i.status === status).length;
  return {
    chapter,
    file,
    sentences: items.length,
    claimed: count('claimed'),
    narrative: count('narrative'),
    uncovered: count('uncovered'),
    headings: all.length - items.length,
    items,
    problems,
  };
}

/**
 * Coverage per source, in the order of `sources`; a file that claims or narrative name but
 * `sources` lacks gets an empty entry whose problems say so. A quote covers every sentence its
 * one occurrence overlaps; a quote found 0 or 2+ times covers nothing and is a problem.
 */
export function computeCoverage(
  sources: ReadonlyMap<string, string>,
  claims: ReadonlyArray<CoverageClaim>,
  narrative: ReadonlyArray<CoverageNarrative>,
): ChapterCoverage[] {
  const anchors = new Map<string, Anchor[]>([...sources.keys()].map((f) => [f, []]));
  const add = (a: Anchor): void => {
    if (!anchors.has(a.file)) anchors.set(a.file, []);
    anchors.get(a.file)!.push(a);
  };
  for (const c of claims) add({ file: c.source.file, quote: c.source.quote, owner: `claim ${c.id}`, claim: c.id });
  for (const n of narrative) add({ file: n.file, quote: n.quote, owner: `narrative ${short(n.quote)}`, reason: n.reason });
  return [...anchors].map(([file, list]) => chapterCoverage(file, sources.get(file), list));
}
