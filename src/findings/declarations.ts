// The rules that tie claims together: reading groups, root causes and replications, checked across the registry.
import { locateQuote } from '../claim/quote.js';
import type { Claim } from '../claim/types.js';
import { splitSentences } from '../coverage/index.js';

type Declared = Pick<Claim, 'id' | 'source' | 'primary' | 'alternativeOf' | 'follows' | 'replicates' | 'definedIn'>;

const who = (c: Declared): string => `${c.definedIn ? `${c.definedIn}: ` : ''}claim ${c.id}`;

/** Problems with the ids claims name: an alternative's primary, a root cause, cycles. Empty when sound. */
export function linkProblems(claims: readonly Declared[]): string[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const problems: string[] = [];
  const named = new Set<string>();
  for (const c of claims) {
    if (c.alternativeOf) {
      const p = byId.get(c.alternativeOf);
      named.add(c.alternativeOf);
      if (!p) problems.push(`${who(c)}: alternativeOf names ${c.alternativeOf}, which is not a claim`);
      else if (!p.primary) problems.push(`${who(c)}: alternativeOf names ${p.id}, which does not declare \`primary: { why }\``);
      else if (p.source.file !== c.source.file) problems.push(`${who(c)}: its primary reading ${p.id} quotes another file`);
    }
    if (c.follows && !byId.has(c.follows)) problems.push(`${who(c)}: follows names ${c.follows}, which is not a claim`);
  }
  for (const c of claims) if (c.primary && !named.has(c.id)) problems.push(`${who(c)}: declares a primary reading, but no claim is its alternative (drop \`primary\`)`);
  for (const c of claims) {
    const seen = new Set([c.id]);
    for (let next = c.follows; next; next = byId.get(next)?.follows) {
      if (seen.has(next)) { problems.push(`${who(c)}: follows leads round in a cycle through ${next}`); break; }
      seen.add(next);
    }
  }
  return problems;
}

/** The paragraph around offset `at`: the text between the blank lines that enclose it. */
function paragraphAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n\n', at);
  const end = text.indexOf('\n\n', at);
  return text.slice(start === -1 ? 0 : start, end === -1 ? text.length : end);
}

/**
 * Problems only the source text shows: an alternative reading must share a sentence with its
 * primary, and a replication's citation must stand in its sentence or paragraph.
 */
export function sourceProblems(claims: readonly Declared[], sources: ReadonlyMap<string, string>): string[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const problems: string[] = [];
  const sentencesOf = new Map<string, ReturnType<typeof splitSentences>>();
  const ordinals = (c: Declared): Set<number> => {
    const text = sources.get(c.source.file);
    if (text === undefined) return new Set();
    if (!sentencesOf.has(c.source.file)) sentencesOf.set(c.source.file, splitSentences(c.source.file, text));
    // A templated quote's sentence is where its filled-in text stands now.
    const found = locateQuote(text, c.source.quote).text ?? c.source.quote;
    const at = text.indexOf(found);
    const end = at + found.length;
    return new Set(sentencesOf.get(c.source.file)!.filter((s) => at !== -1 && s.start < end && at < s.end).map((s) => s.ordinal));
  };
  for (const c of claims) {
    const text = sources.get(c.source.file);
    if (text === undefined) continue;
    const p = c.alternativeOf ? byId.get(c.alternativeOf) : undefined;
    if (p) {
      const mine = ordinals(c);
      if (![...ordinals(p)].some((o) => mine.has(o))) problems.push(`${who(c)}: an alternative reading must quote the sentence of its primary ${p.id}`);
    }
    if (c.replicates) {
      const at = text.indexOf(locateQuote(text, c.source.quote).text ?? c.source.quote);
      if (at === -1 || !paragraphAt(text, at).includes(c.replicates.citation)) {
        problems.push(`${who(c)}: replicates ${JSON.stringify(c.replicates.citation)}, which its sentence and paragraph do not cite`);
      }
    }
  }
  return problems;
}
