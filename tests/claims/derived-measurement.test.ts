// No judgement may derive its measured value from its asserted one: a measurement such as
// min(max(asserted, lo), hi) returns the asserted value whenever it lies between the bounds, so the
// comparison cannot fail there. The engine cannot see how a number was computed at run time (the
// asserted value is a literal in the claim's code), so this reads the claims' code: for every
// judge call it expands the measured expression through the file's const bindings and flags a call
// whose measured expression uses the asserted identifier, or passes the asserted literal to
// Math.min / Math.max (the clamp). A ratchet: the known offenders are listed for the chapter's
// re-judging to remove, and a new one fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const MEASURED = ['measured', 'samples', 'a', 'b', 'successes', 'y', 'draw'];

// Offenders found when this lint was written; issue 19 re-judges them.
const KNOWN: string[] = [];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The judge calls of one source text whose measured expression derives from the asserted one. */
export function derivedMeasurements(fileName: string, text: string): string[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const consts = new Map<string, ts.Expression>();
  const visitConsts = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) consts.set(n.name.text, n.initializer);
    ts.forEachChild(n, visitConsts);
  };
  visitConsts(sf);
  const found: string[] = [];
  const minMax = (e: ts.Node): e is ts.CallExpression => ts.isCallExpression(e) && /^Math\.(min|max)$/.test(e.expression.getText(sf));
  // A literal is clamped when it is an argument of Math.min/max called directly inside the other (min(max(v, lo), hi)).
  const clamped = (e: ts.Node): boolean => minMax(e.parent) && minMax(e.parent.parent) && e.parent.expression.getText(sf) !== e.parent.parent.expression.getText(sf);
  const uses = (e: ts.Node, asserted: ts.Expression, depth: number): boolean => {
    if (ts.isIdentifier(asserted) && ts.isIdentifier(e) && e.text === asserted.text) return true;
    if (ts.isNumericLiteral(asserted) && ts.isNumericLiteral(e) && Number(e.text) === Number(asserted.text) && clamped(e)) return true;
    if (ts.isIdentifier(e) && depth < 6 && consts.has(e.text) && uses(consts.get(e.text)!, asserted, depth + 1)) return true;
    return ts.forEachChild(e, (c) => (uses(c, asserted, depth) ? true : undefined)) ?? false;
  };
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && /\bjudge\.\w+$/.test(n.expression.getText(sf)) && n.arguments[0] && ts.isObjectLiteralExpression(n.arguments[0])) {
      const props = new Map(n.arguments[0].properties.filter(ts.isPropertyAssignment).map((p) => [p.name.getText(sf), p.initializer] as const));
      const asserted = props.get('asserted');
      if (asserted && (ts.isIdentifier(asserted) || ts.isNumericLiteral(asserted))) {
        for (const key of MEASURED) {
          const m = props.get(key);
          if (m && uses(m, asserted, 0)) {
            const label = props.get('label');
            found.push(`${fileName}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1} ${label && ts.isStringLiteral(label) ? label.text : '?'}`);
          }
        }
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe('measurements are not derived from the asserted value', () => {
  it('flags a clamp of the asserted literal and a use of the asserted identifier, not an independent measurement', () => {
    const src = `
      const A = 42;
      const m = Math.min(Math.max(A, lo), hi);
      judge.value({ label: 'clamped id', measured: m, asserted: A });
      judge.value({ label: 'clamped literal', measured: Math.min(Math.max(42, lo), hi), asserted: 42 });
      judge.value({ label: 'independent', measured: count(net(42)), asserted: 42 });
      judge.mean({ label: 'fine', samples: xs, asserted: 0.5 });`;
    expect(derivedMeasurements('x.ts', src)).toEqual(['x.ts:4 clamped id', 'x.ts:5 clamped literal']);
  });
  it('finds no offender in the claims beyond the known list', () => {
    const found = files(join(ROOT, 'claims')).flatMap((f) => derivedMeasurements(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(found).toEqual(KNOWN);
  });
});
