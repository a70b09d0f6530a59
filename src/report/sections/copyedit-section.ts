// The copy-edit section: what the text as written gets wrong, each with its span, what is wrong
// and the edit (before → after), findings (high confidence) before notes.
import type { Finding, Note, Results } from '../../results/schema.js';
import { codeSpan, oneLine } from '../markdown-bits.js';

type Item = Finding | Note;

const isCopyedit = (i: Item): boolean => i.category === 'copyedit';

function correctionText(i: Item): string {
  const c = i.correction;
  if (!c) return '';
  if ('replace' in c) return `before ${codeSpan(c.replace.span)} → after ${codeSpan(c.replace.text)}`;
  return `observed: ${oneLine(c.observed)}`;
}

function item(i: Item): string {
  const where = `${i.source.file}${i.source.line === null ? '' : `:${i.source.line}`}`;
  const fix = correctionText(i);
  return `- **${oneLine(where)}** ${codeSpan(i.source.quote)}: ${oneLine(i.summary)}${fix ? `  \n  ${fix}` : ''}  \n  ${codeSpan(i.id)} (${i.confidence} confidence)`;
}

/** The copy-edit findings and notes of `results` (those of `file` only, when given) at heading level `depth`. */
export function copyeditSection(results: Pick<Results, 'findings' | 'notes'>, opts: { depth?: number; file?: string } = {}): string | null {
  const mine = (i: Item) => isCopyedit(i) && (opts.file === undefined || i.source.file === opts.file);
  const findings = results.findings.filter(mine);
  const notes = results.notes.filter(mine);
  if (opts.file !== undefined && !findings.length && !notes.length) return null;
  const h = '#'.repeat(opts.depth ?? 2);
  const parts = [
    `${h} Copy-edit`,
    'The text as written, apart from what it claims: lost symbols, formulas that do not parse, markup debris, script, terminology, numbers and symbols. Findings are certain enough to fix; notes ask for a look.',
    `${h}# Copy-edit findings (${findings.length})`,
    findings.length ? findings.map(item).join('\n') : 'None.',
    `${h}# Copy-edit notes (${notes.length})`,
    notes.length ? notes.map(item).join('\n') : 'None.',
  ];
  return parts.join('\n\n');
}
