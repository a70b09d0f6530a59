// Where a finding sits in its source. A copy-edit finding's id also gives its span's column
// (`copyedit/<rule>/<file>:<line>:<col>`, src/copyedit/to-findings.ts), which tells apart two hits
// of one quote on one line (the same variant twice in a caption).
import type { Finding } from '../results/schema.js';

const COPYEDIT_AT = /^copyedit\/.+:(\d+):(\d+)$/;

/** The finding's file, quote and line, and the 1-based column of its quote where its id gives one. */
export function anchorOf(f: Finding): Finding['source'] & { column?: number } {
  const at = f.category === 'copyedit' ? COPYEDIT_AT.exec(f.id) : null;
  return at ? { ...f.source, line: Number(at[1]), column: Number(at[2]) } : f.source;
}
