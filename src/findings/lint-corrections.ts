// Checks that every `replace` correction is something an author can paste into the source as it stands.
import type { Finding, Note } from '../results/schema.js';

const HAN = /\p{Script=Han}/u;
// Math and LaTeX commands are the source's notation, not prose: lint the prose around them.
const MATH = /\$\$[\s\S]*?\$\$|\$[^$]*\$/g;
const LATEX_COMMAND = /\\[A-Za-z]+/g;
const ENGLISH_WORD = /\b[A-Za-z]{3,}\b/g;
const RAW_JSON = /[{[]\s*"[^"]*"\s*:|\b(?:null|undefined|NaN)\b/;
const LABEL = /\b[a-z_]+\s*=\s*[-\d.]/i;

const where = (f: Finding | Note): string => `${f.id} (${f.source.file}:${f.source.line ?? '?'})`;

/**
 * Problems with the `replace` corrections of a run's findings and notes: the span must lie in the
 * source; in a Chinese source the text must be Chinese prose (no English words that the span or the
 * source does not already use); LaTeX commands must be the source's own; no raw JSON or
 * `label=value` lab notes; and two corrections of overlapping spans must agree.
 */
export function correctionProblems(entries: ReadonlyArray<Finding | Note>, sources: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const edits: { f: Finding | Note; at: number; span: string; text: string }[] = [];
  for (const f of entries) {
    const c = f.correction;
    if (c === null || !('replace' in c)) continue;
    const { span, text } = c.replace;
    const source = sources.get(f.source.file);
    if (source === undefined) { problems.push(`${where(f)}: source ${f.source.file} not found`); continue; }
    const inQuote = f.source.quote.indexOf(span);
    const quoteAt = source.indexOf(f.source.quote);
    const at = inQuote !== -1 && quoteAt !== -1 ? quoteAt + inQuote : source.indexOf(span);
    if (!span || at === -1) problems.push(`${where(f)}: the span ${JSON.stringify(span)} is not in ${f.source.file}`);
    if (text === span) problems.push(`${where(f)}: the replacement changes nothing`);
    const prose = text.replace(MATH, ' ');
    const chinese = HAN.test(source);
    if (chinese) {
      const foreign = (prose.match(ENGLISH_WORD) ?? []).filter((w) => !span.includes(w) && !source.includes(w));
      if (foreign.length) problems.push(`${where(f)}: English in a Chinese source: ${foreign.slice(0, 3).join(', ')}`);
    }
    const commands = (text.match(LATEX_COMMAND) ?? []).filter((cmd) => !source.includes(cmd));
    if (commands.length) problems.push(`${where(f)}: notation the source does not use: ${[...new Set(commands)].join(', ')}`);
    if (RAW_JSON.test(prose)) problems.push(`${where(f)}: raw JSON or a programming value in the text`);
    if (LABEL.test(prose) && !LABEL.test(span)) problems.push(`${where(f)}: a label=value lab note in the text`);
    if (at !== -1) edits.push({ f, at, span, text });
  }
  for (let i = 0; i < edits.length; i++) {
    for (let j = i + 1; j < edits.length; j++) {
      const a = edits[i]!;
      const b = edits[j]!;
      const overlap = a.f.source.file === b.f.source.file && a.at < b.at + b.span.length && b.at < a.at + a.span.length;
      if (overlap && (a.span !== b.span || a.text !== b.text)) problems.push(`${where(a.f)} and ${where(b.f)}: different corrections of overlapping spans`);
    }
  }
  return problems;
}
