// The text's numbers come from the text (issue 22): a number the claim's sentence states outside the
// quote's slots must not also sit in the claim's definition as a literal, or editing the sentence
// leaves the claim checking the old number. Literals are read from the source of each defineClaim
// call (TypeScript's parser), with the module-level numeric constants it names.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { claims } from '../../claims/index.js';
import { matchQuote } from '../../src/claim/quote-template.js';
import { splitSentences } from '../../src/coverage/sentences.js';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The one exemption: single-digit integers. They are the structure of a check (a loop bound, the 1
 * of 1 - p, the 2 of a square, a layer count) far more often than a copy of the text, and a sentence
 * that states one (`4 层`) is read through a slot wherever its claim's verdict depends on it.
 */
const structural = (n: number): boolean => Number.isInteger(n) && Math.abs(n) < 10;

// A number as the chapters write it, with the unit that scales it: 15,139, 1.38 亿, 2,560 万, 98.5%.
const NUMBER = /(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(亿|万|\\?%|％)?/g;
const SCALE: Record<string, number> = { 亿: 1e8, 万: 1e4, '%': 0.01, '\\%': 0.01, '％': 0.01 };
// Link targets and citation markers carry ids, not quantities; a number joined to a Latin name by a
// hyphen is part of the name (CIFAR-10, VGG-19, ResNet-50), not a count the sentence states.
const IDS = /\(@[a-z_]+:\d+\)|\[@[a-z_-]+:\d+\]|[A-Za-z]+-\d+[A-Za-z]*/g;

/** The quantities a sentence states, outside the given spans (the quote's slots). */
function statedNumbers(sentence: string, offset: number, slotSpans: readonly (readonly [number, number])[]): number[] {
  let text = sentence.replace(IDS, (m) => ' '.repeat(m.length));
  for (const [a, b] of slotSpans) {
    const [from, to] = [Math.max(0, a - offset), Math.min(text.length, b - offset)];
    if (to > from) text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  const out: number[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const value = Number(m[1]!.replace(/,/g, '') + (m[2] ?? ''));
    out.push(value, ...(m[3] ? [value * SCALE[m[3]]!] : []));
  }
  return out;
}

const sameNumber = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

const parsed = new Map<string, ts.SourceFile>();
const sourceFile = (path: string) => parsed.get(path) ?? parsed.set(path, ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)).get(path)!;

function numericValue(node: ts.Node): number | null {
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) return -Number(node.operand.text);
  return null;
}

/** The numeric literals of the defineClaim call that declares `id`, and of the module's numeric constants it names. */
function definitionLiterals(path: string, id: string): number[] {
  const file = sourceFile(path);
  const constants = new Map<string, number>();
  for (const st of file.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      const v = d.initializer ? numericValue(d.initializer) : null;
      if (ts.isIdentifier(d.name) && v !== null) constants.set(d.name.text, v);
    }
  }
  let call: ts.CallExpression | null = null;
  const find = (n: ts.Node): void => {
    if (call) return;
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'defineClaim') {
      const spec = n.arguments[0];
      const idProp = spec && ts.isObjectLiteralExpression(spec) ? spec.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'id') : undefined;
      if (idProp && ts.isPropertyAssignment(idProp) && ts.isStringLiteral(idProp.initializer) && idProp.initializer.text === id) { call = n; return; }
    }
    ts.forEachChild(n, find);
  };
  find(file);
  if (!call) return [];
  const out: number[] = [];
  const walk = (n: ts.Node): void => {
    const v = numericValue(n);
    if (v !== null) { out.push(v); return; }
    if (ts.isIdentifier(n) && constants.has(n.text)) out.push(constants.get(n.text)!);
    ts.forEachChild(n, walk);
  };
  walk(call);
  return out;
}

/** Per claim: the numbers its sentence states outside the quote's slots that its definition repeats as literals. */
function copies(): string[] {
  const found: string[] = [];
  const texts = new Map<string, string>();
  for (const c of claims) {
    if (!c.definedIn) continue;
    const text = texts.get(c.source.file) ?? texts.set(c.source.file, readFileSync(resolve(ROOT, 'sources', c.source.file), 'utf8')).get(c.source.file)!;
    const [at] = matchQuote(text, c.source.quote, 1);
    if (!at) continue;
    const sentences = splitSentences(c.source.file, text).filter((s) => s.start < at.end && at.start < s.end);
    const stated = sentences.flatMap((s) => statedNumbers(s.text, s.start, Object.values(at.spans))).filter((n) => !structural(n));
    const literals = definitionLiterals(resolve(ROOT, c.definedIn), c.id).filter((n) => !structural(n));
    const repeated = [...new Set(literals.filter((l) => stated.some((n) => sameNumber(l, n))))];
    if (repeated.length) found.push(`${c.id}: ${repeated.join(', ')}`);
  }
  return found.sort();
}

describe('the text\'s numbers come from the text', () => {
  it('no claim repeats as a literal a number its sentence states outside the quote\'s slots', () => {
    expect(copies()).toEqual([]);
  });

  it('reads numbers as the chapters write them, slots and link ids left out', () => {
    const sentence = '共 15,139 个参数，[网络](@entry_id:4711) 原有 1.38 亿参数，在 CIFAR-10 上减少了 98.5%。';
    expect(statedNumbers(sentence, 0, [])).toEqual([15139, 1.38, 1.38e8, 98.5, 0.985]);
    const at = sentence.indexOf('15,139');
    expect(statedNumbers(sentence, 0, [[at, at + 6]])).toEqual([1.38, 1.38e8, 98.5, 0.985]);
    expect(statedNumbers(sentence, 100, [[100 + at, 100 + at + 6]])).toEqual([1.38, 1.38e8, 98.5, 0.985]);
  });
});
