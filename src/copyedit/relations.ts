// Relations in TeX bodies: which tokens are relation operators, where a body has a relation at top
// level, and the relations stated about a left operand in the math around a span.
import type { ChapterText } from './chapter-text.js';
import type { MathSpan } from './math-body.js';

/** The operators a lost relation can be, and each one's opposite (for the parallel clause). */
const OPPOSITE: Readonly<Record<string, string>> = {
  '<': '>', '>': '<', '\\le': '\\ge', '\\ge': '\\le', '\\leq': '\\geq', '\\geq': '\\leq',
  '\\ll': '\\gg', '\\gg': '\\ll', '\\lt': '\\gt', '\\gt': '\\lt', '\\leqslant': '\\geqslant', '\\geqslant': '\\leqslant',
};

const RELATIONS = new Set([
  ...Object.keys(OPPOSITE), '=', '\\neq', '\\ne', '\\approx', '\\sim', '\\simeq', '\\equiv', '\\propto', '\\to',
  '\\rightarrow', '\\mapsto', '\\in', '\\notin', '\\subset', '\\subseteq', '\\cong', '\\asymp', '\\coloneqq', ':=',
]);

/** Tokens that join or space operands rather than being one: a gap beside them is not a lost relation. */
const NOT_OPERAND = new Set([
  ...RELATIONS, '+', '-', '*', '/', ',', ';', ':', '!', '&', '^', '_', '\\\\', '\\cdot', '\\times', '\\div', '\\pm', '\\mp',
  '\\circ', '\\otimes', '\\oplus', '\\quad', '\\qquad', '\\,', '\\;', '\\:', '\\!', '\\ ', '\\text', '\\mathrm',
  '\\left', '\\right', '\\big', '\\Big', '\\bigg', '\\Bigg', '\\begin', '\\end', '\\cdots', '\\ldots', '\\dots',
  '\\land', '\\lor', '\\wedge', '\\vee', '\\mid', '\\colon', '\\cup', '\\cap', '\\setminus', '\\implies', '\\iff',
]);

export interface Token {
  readonly text: string;
  readonly at: number;
  /** Brace depth at the token. */
  readonly depth: number;
}

export function tokens(body: string): Token[] {
  const out: Token[] = [];
  let depth = 0;
  for (let i = 0; i < body.length;) {
    const rest = body.slice(i);
    const m = /^(\\[A-Za-z]+|\\.|:=|\s+|.)/s.exec(rest)!;
    const text = m[0];
    if (text === '}') depth = Math.max(0, depth - 1);
    out.push({ text, at: i, depth });
    if (text === '{') depth++;
    i += text.length;
  }
  return out;
}

const isSpace = (t: Token | undefined): boolean => t !== undefined && /^\s+$/.test(t.text);
const isRelation = (t: Token): boolean => RELATIONS.has(t.text);
/** A token that can end a left operand or start a right one. */
export function canEnd(t: Token | undefined): boolean {
  return t !== undefined && !isSpace(t) && !NOT_OPERAND.has(t.text) && !['{', '(', '['].includes(t.text);
}
export function canStart(t: Token | undefined): boolean {
  return t !== undefined && !isSpace(t) && !NOT_OPERAND.has(t.text) && !['}', ')', ']'].includes(t.text);
}

export const hasRelation = (body: string): boolean => tokens(body).some(isRelation);

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** `left op right` at top level, or null: the one relation of a body such as `\chi > 1`. */
function splitRelation(body: string): { left: string; op: string; right: string } | null {
  const ts = tokens(body);
  const rel = ts.filter((t) => t.depth === 0 && isRelation(t));
  if (rel.length !== 1) return null;
  const r = rel[0]!;
  return { left: squash(body.slice(0, r.at)), op: r.text, right: squash(body.slice(r.at + r.text.length)) };
}

/**
 * The relations stated about `left` in the math of the neighbouring sentences (same section, within
 * `reach` sentences either side): the parallel clauses a lost operator can be read from.
 */
export function parallelRelations(ch: ChapterText, all: readonly MathSpan[], m: MathSpan, left: string, reach = 3): Array<{ op: string; right: string; span: MathSpan }> {
  const index = ch.sentences.indexOf(m.sentence);
  const path = m.sentence.sentence.headingPath.join('\u0000');
  const out: Array<{ op: string; right: string; span: MathSpan }> = [];
  for (const other of all) {
    if (other === m) continue;
    const j = ch.sentences.indexOf(other.sentence);
    if (Math.abs(j - index) > reach || other.sentence.sentence.headingPath.join('\u0000') !== path) continue;
    const rel = splitRelation(other.body);
    if (rel && rel.left === squash(left)) out.push({ op: rel.op, right: rel.right, span: other });
  }
  return out;
}

/** The operator a parallel clause implies for the lost one: the opposite of the ordering relations there, if they agree. */
export function impliedOperator(parallel: ReadonlyArray<{ op: string }>): string | null {
  const ordering = [...new Set(parallel.map((p) => p.op).filter((op) => op in OPPOSITE))];
  return ordering.length === 1 ? OPPOSITE[ordering[0]!]! : null;
}
