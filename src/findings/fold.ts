// Folding findings: a finding that follows from another goes under its root, and findings on one span become one.
import type { Finding, Note } from '../results/schema.js';
import { anchorOf } from './anchor.js';

const CONFIDENCE = { high: 0, medium: 1, low: 2 } as const;

/** Strongest evidence first: confidence, then the order given (source order). */
export function strongestFirst<T extends { confidence: Finding['confidence'] }>(list: readonly T[]): T[] {
  return list.map((f, i) => ({ f, i })).sort((a, b) => CONFIDENCE[a.f.confidence] - CONFIDENCE[b.f.confidence] || a.i - b.i).map(({ f }) => f);
}

/**
 * Folds each finding whose claim `follows` another finding's claim under that root (through chains),
 * so the author gets one correction, on the root sentence. A finding whose root is not itself a
 * finding stands alone: a `follows` link never hides an error. Notes fold the same way among notes.
 */
export function foldFollows<T extends Finding | Note>(findings: readonly T[], follows: ReadonlyMap<string, string>): T[] {
  const byClaim = new Map<string, T>();
  for (const f of findings) for (const c of f.claims) byClaim.set(c, f);
  const index = new Map(findings.map((f, i) => [f, i]));
  const rootOf = (f: T): T => {
    const path = [f];
    for (let next = follows.get(f.claims[0] ?? ''); next !== undefined; next = follows.get(path.at(-1)!.claims[0] ?? '')) {
      const up = byClaim.get(next);
      if (!up) break;
      // A cycle (the registry forbids them) roots at its earliest member, the same from every entry.
      if (path.includes(up)) return path.slice(path.indexOf(up)).reduce((a, b) => (index.get(a)! <= index.get(b)! ? a : b));
      path.push(up);
    }
    return path.at(-1)!;
  };
  const folded = new Map<T, T>();
  for (const f of findings) {
    const root = rootOf(f);
    const into = folded.get(root) ?? { ...root, claims: [...root.claims] };
    folded.set(root, into);
    if (root !== f) into.claims.push(...f.claims.filter((c) => !into.claims.includes(c)));
  }
  return findings.filter((f) => rootOf(f) === f).map((f) => folded.get(f)!);
}

/**
 * Where a quote sits in its source: the occurrence at the finding's column on its line (a copy-edit
 * finding's id gives it), else the first on its line, else the first in the text.
 */
function spanOf(f: Finding, sources: ReadonlyMap<string, string>): [number, number] | null {
  const text = sources.get(f.source.file);
  if (text === undefined || !f.source.quote) return null;
  const { line, column } = anchorOf(f);
  let first: number | null = null;
  let firstOnLine: number | null = null;
  for (let at = text.indexOf(f.source.quote); at !== -1; at = text.indexOf(f.source.quote, at + 1)) {
    first ??= at;
    if (line !== null && text.slice(0, at).split('\n').length !== line) continue;
    if (column === undefined || at - text.lastIndexOf('\n', at - 1) === column) return [at, at + f.source.quote.length];
    firstOnLine ??= at;
  }
  const at = firstOnLine ?? first;
  return at === null ? null : [at, at + f.source.quote.length];
}

function overlap(a: Finding, b: Finding, sources: ReadonlyMap<string, string>): boolean {
  if (a.source.file !== b.source.file) return false;
  const sa = spanOf(a, sources);
  const sb = spanOf(b, sources);
  if (sa && sb) return sa[0] < sb[1] && sb[0] < sa[1];
  // Without the source text: columns on the same line where both have one, else one quote holds the other there.
  const [ca, cb] = [anchorOf(a), anchorOf(b)];
  if (ca.line !== cb.line) return false;
  if (ca.column !== undefined && cb.column !== undefined) return ca.column < cb.column + b.source.quote.length && cb.column < ca.column + a.source.quote.length;
  return a.source.quote.includes(b.source.quote) || b.source.quote.includes(a.source.quote);
}

/**
 * One finding per span: findings (content or copy-edit, from any producer) whose quotes overlap in
 * the same source fold into the strongest of them (an error before a copy-edit, then confidence),
 * which keeps its id, quote and correction and lists the others' claims and summaries.
 */
export function foldBySpan(findings: readonly Finding[], sources: ReadonlyMap<string, string> = new Map()): Finding[] {
  const groups: Finding[][] = [];
  for (const f of findings) {
    const hit = groups.filter((g) => g.some((o) => overlap(o, f, sources)));
    const merged = [...hit.flat(), f];
    for (const g of hit) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  const order = new Map(findings.map((f, i) => [f, i]));
  const rank = (f: Finding): number => (f.category === 'error' ? 0 : 3) + CONFIDENCE[f.confidence];
  return groups
    .map((g) => {
      const [lead, ...rest] = [...g].sort((a, b) => rank(a) - rank(b) || order.get(a)! - order.get(b)!);
      if (rest.length === 0) return { lead: lead!, at: Math.min(...g.map((f) => order.get(f)!)) };
      const claims = [...new Set(g.flatMap((f) => f.claims))];
      const summary = [lead!.summary, ...rest.map((f) => `also on this span: ${f.summary}`)].join(' ');
      const correction = lead!.correction ?? rest.find((f) => f.correction !== null)?.correction ?? null;
      return { lead: { ...lead!, claims, summary, correction }, at: Math.min(...g.map((f) => order.get(f)!)) };
    })
    .sort((a, b) => a.at - b.at)
    .map(({ lead }) => lead);
}
