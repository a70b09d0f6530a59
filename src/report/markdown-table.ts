// A pipe table from cells that are already Markdown (escape text with escapeMarkdown(…, { cell: true })).

/** Renders a Markdown table; `align` marks numeric columns right-aligned. */
export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[], align: readonly ('l' | 'r')[] = []): string {
  const line = (cells: readonly string[]): string => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  const rule = head.map((_, i) => (align[i] === 'r' ? '--:' : '---'));
  return [line(head), line(rule), ...rows.map(line)].join('\n');
}
