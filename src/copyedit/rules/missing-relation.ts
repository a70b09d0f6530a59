// Two operands with a wide gap and no relation between them, as HTML stripping leaves `$\chi < 1$`
// (`$\chi  1$`). The parallel clause nearby (`$\chi > 1$`) names the lost operator when it can.
import { mathSpans } from '../math-body.js';
import { canEnd, canStart, hasRelation, impliedOperator, parallelRelations, tokens } from '../relations.js';
import { observed, replaceWith, type Hit } from '../hit.js';
import type { CopyeditRule } from '../rule.js';

/** The [start, end) of a top-level gap of two or more spaces between two operands, in a body with no relation. */
export function lostRelationGap(body: string): { gap: [number, number]; left: string; right: string } | null {
  if (hasRelation(body)) return null;
  const ts = tokens(body);
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (t.depth !== 0 || !/^[ \t]{2,}$/.test(t.text)) continue;
    if (!canEnd(ts[i - 1]) || !canStart(ts[i + 1])) continue;
    return { gap: [t.at, t.at + t.text.length], left: body.slice(0, t.at).trim(), right: body.slice(t.at + t.text.length).trim() };
  }
  return null;
}

export const missingRelation: CopyeditRule = {
  name: 'missing-relation',
  confidence: 'high',
  description: 'two operands with a gap where <, >, \\le, \\ge, \\ll or \\gg belongs, as HTML stripping leaves them',
  check(ch) {
    const all = mathSpans(ch);
    const hits: Hit[] = [];
    for (const m of all) {
      const lost = lostRelationGap(m.body);
      if (!lost) continue;
      const raw = ch.text.slice(m.span[0], m.span[1]);
      const parallel = parallelRelations(ch, all, m, lost.left);
      const op = impliedOperator(parallel);
      const seen = parallel.map((p) => ch.text.slice(p.span.span[0], p.span.span[1]));
      const where = seen.length ? `; the parallel clause has ${seen.join(', ')}` : '';
      const at = m.bodyStart - m.span[0];
      hits.push({
        rule: this.name, file: ch.file, start: m.span[0], end: m.span[1],
        summary: `no relation between $${lost.left}$ and $${lost.right}$: a gap stands where an operator such as < or > was lost${where}`,
        correction: op
          ? replaceWith(raw, `${raw.slice(0, at + lost.gap[0])} ${op} ${raw.slice(at + lost.gap[1])}`)
          : observed(`a relation operator is missing between $${lost.left}$ and $${lost.right}$; no parallel clause nearby says which one`),
        confidence: 'high',
      });
    }
    return hits;
  },
};
