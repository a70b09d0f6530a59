// The same left operand stated once with a relation and once without in neighbouring clauses
// (`$\chi > 1$` … `$\chi 1$`, or glued, `$\chi1$`): the second lost its operator even when no wide
// gap shows it. Two clauses of one sentence with the same glued condition (如果 `$s1$`…；如果 `$s1$`…)
// lost both: one condition cannot lead to two outcomes. Which operator goes where is read from the
// outcomes (decay under the first, growth under the second gives < then >), which is an inference
// from the words, not a parallel clause, so those are notes.
import { mathSpans, type MathSpan } from '../../math-body.js';
import type { ChapterText } from '../../chapter-text.js';
import { canEnd, canStart, hasRelation, impliedOperator, parallelRelations, tokens } from '../../relations.js';
import { observed, replaceWith, type Hit } from '../../hit.js';
import type { CopyeditRule } from '../../rule.js';
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

type Split = { gap: [number, number]; left: string; right: string };

/** A symbol glued to a number (`s1`, `\\tau2`, `x_i0`): a comparison whose operator vanished with no space left. */
function glued(body: string): Split | null {
  if (hasRelation(body)) return null;
  const m = /^(\s*)((?:\\[A-Za-z]+|[A-Za-z])(?:[_^](?:\{[^{}]*\}|[A-Za-z]))?)(\d+(?:\.\d+)?)\s*$/.exec(body);
  if (!m) return null;
  const at = m[1]!.length + m[2]!.length;
  return { gap: [at, at], left: m[2]!, right: m[3]! };
}

const DECAY = /衰减|消失|减小|缩小|收缩|趋于零|下降/u;
const GROWTH = /增长|爆炸|增大|放大|发散|上升/u;

/** The outcome clause after a condition: up to the next clause break. */
const outcome = (ch: ChapterText, m: MathSpan): string => /^[^；;。！？\n]*/u.exec(ch.text.slice(m.span[1]))![0];

/** `<` for a condition followed by decay, `>` for one followed by growth, else null. */
function fromOutcome(text: string): string | null {
  const down = DECAY.test(text), up = GROWTH.test(text);
  return down === up ? null : down ? '<' : '>';
}

/** The operator of a condition whose twin in the same sentence has the opposite outcome, or null. */
function twinOperator(ch: ChapterText, m: MathSpan, twin: MathSpan): string | null {
  const mine = fromOutcome(outcome(ch, m));
  const theirs = fromOutcome(outcome(ch, twin));
  return mine && theirs && mine !== theirs ? mine : null;
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
      const g = glued(m.body);
      const twins = g ? all.filter((o) => o !== m && o.sentence === m.sentence && o.body.trim() === m.body.trim()) : [];
      const op = g && twins.length === 1 && !parallelRelations(ch, all, m, g.left).length ? twinOperator(ch, m, twins[0]!) : null;
      if (g && op) {
        const raw = ch.text.slice(m.span[0], m.span[1]);
        const at = m.bodyStart - m.span[0];
        hits.push({
          rule: this.name, file: ch.file, start: m.span[0], end: m.span[1],
          summary: `${raw} is the condition of two clauses of this sentence with opposite outcomes (decay, growth): the operators between $${g.left}$ and $${g.right}$ were lost`,
          correction: replaceWith(raw, `${raw.slice(0, at + g.gap[0])} ${op} ${raw.slice(at + g.gap[1])}`),
          confidence: 'medium',
        });
        continue;
      }
      for (const j of g ? [g] : juxtapositions(m.body)) {
        const parallel = parallelRelations(ch, all, m, j.left).filter((p) => p.op !== '=');
        if (!parallel.length) continue;
        const sameRight = parallel.some((p) => p.right === j.right);
        // Glued, `x1` is as likely a name without its subscript: only the same comparison nearby settles it.
        if (g && !sameRight) continue;
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
