// Math that KaTeX cannot typeset: a parse error is a finding; a macro KaTeX lacks is a note,
// since another renderer (or the book's macro file) may define it.
import katex from 'katex';
import { mathSpans } from '../math-body.js';
import { observed, type Hit } from '../hit.js';
import type { CopyeditRule } from '../rule.js';

const UNDEFINED = /^Undefined control sequence: (\\[A-Za-z]+|\\.)/;

function parseError(body: string, display: boolean): { message: string; position: number | null } | null {
  try {
    katex.renderToString(body, { displayMode: display, throwOnError: true, strict: 'ignore', trust: false });
    return null;
  } catch (e) {
    if (!(e instanceof katex.ParseError)) throw e;
    const raw = (e as unknown as { rawMessage?: string }).rawMessage ?? e.message;
    return { message: raw, position: (e as unknown as { position?: number }).position ?? null };
  }
}

export const mathParse: CopyeditRule = {
  name: 'math-parse',
  confidence: 'high',
  description: 'every $…$ and $$…$$ span parses with KaTeX; an unsupported macro is a note',
  check(ch) {
    const hits: Hit[] = [];
    for (const m of mathSpans(ch)) {
      const err = parseError(m.body, m.display);
      if (!err) continue;
      const macro = UNDEFINED.exec(err.message)?.[1];
      hits.push({
        rule: this.name, file: ch.file, start: m.span[0], end: m.span[1],
        summary: macro
          ? `KaTeX does not know the macro ${macro}: the formula renders as an error unless the book's renderer defines it`
          : `the formula does not parse: ${err.message}`,
        correction: observed(`KaTeX: ${err.message}${err.position === null ? '' : ` (at character ${err.position} of the formula)`}`),
        confidence: macro ? 'medium' : 'high',
      });
    }
    return hits;
  },
};
