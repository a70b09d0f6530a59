// The same left operand stated once with a relation and once without in neighbouring clauses
// (`$\chi > 1$` … `$\chi 1$`): the second lost its operator even when no wide gap shows it.
import { mathSpans } from '../math-body.js';
import { canEnd, canStart, hasRelation, impliedOperator, parallelRelations, tokens } from '../relations.js';
import { observed, replaceWith, type Hit } from '../hit.js';
import type { CopyeditRule } from '../rule.js';
import { lostRelationGap } from './missing-relation.js';

/** Every top-level single-space split of a relation-free body into two operands. */
function juxtapositions(body: string): Array<{ gap: [number, number]; left: string; right: string }> {
  if (hasRelation(body)) return [];
  const ts = tokens(body);
  const out: Array<{ gap: [number, number]; left: string; right: string }> = [];
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (t.depth !== 0 || !/^\s+$/.test(t.text) || !canEnd(ts[i - 1]) || !canStart(ts[i + 1])) continue;
    out.push({ gap: [t.at, t.at + t.text.length], left: body.slice(0, t.at).trim(), right: body.slice(t.at + t.text.length).trim() });
  }
  return out;
}

export const parallelRelation: CopyeditRule = {
  name: 'parallel-relation',
  confidence: 'high',
  description: 'the same symbol once with a relation operator and once without in parallel clauses',
  check(ch) {
    const all = mathSpans(ch);
    const hits: Hit[] = [];
    for (const m of all) {
      if (lostRelationGap(m.body)) continue; // missing-relation reports it
      for (const j of juxtapositions(m.body)) {
        const parallel = parallelRelations(ch, all, m, j.left).filter((p) => p.op !== '=');
        if (!parallel.length) continue;
        const sameRight = parallel.some((p) => p.right === j.right);
        const raw = ch.text.slice(m.span[0], m.span[1]);
        const at = m.bodyStart - m.span[0];
        const op = impliedOperator(parallel);
        const seen = parallel.map((p) => ch.text.slice(p.span.span[0], p.span.span[1])).join(', ');
        hits.push({
          rule: this.name, file: ch.file, start: m.span[0], end: m.span[1],
          summary: `${raw} states no relation, while the parallel clause has ${seen}: an operator between $${j.left}$ and $${j.right}$ seems lost`,
          correction: op ? replaceWith(raw, `${raw.slice(0, at + j.gap[0])} ${op} ${raw.slice(at + j.gap[1])}`) : observed(`no operator between $${j.left}$ and $${j.right}$; parallel: ${seen}`),
          // The same two operands on both sides is the fingerprint; a shared left operand alone may be a product.
          confidence: sameRight ? 'high' : 'medium',
        });
        break;
      }
    }
    return hits;
  },
};
