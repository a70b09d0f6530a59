// "What changed since the last run": the first thing an author rereading the report wants.
import type { Changes, ChapterCoverage } from '../../results/schema.js';
import { badge, cell, oneLine } from '../markdown-bits.js';
import { markdownTable } from '../markdown-table.js';

const covered = (c: ChapterCoverage | null): string => (c ? `${c.claimed + c.narrative}/${c.sentences} (${c.uncovered} uncovered)` : '—');

/** The changes section, or a line saying there is no earlier comparable run. */
export function changesSection(changes: Changes | undefined): string {
  const head = '## What changed since the last run';
  if (!changes) return `${head}\n\nNo run history was available for this report.`;
  if (!changes.since) return `${head}\n\nThis is the first run with this budget and these filters; nothing to compare with.`;
  const parts = [head, `Compared with the run of ${oneLine(changes.since)} (same budget and filters).`];
  if (changes.verdicts.length) {
    parts.push(markdownTable(['claim', 'was', 'now'], changes.verdicts.map((v) => [cell(v.id), badge(v.from), badge(v.to)]), ['l', 'l', 'l']));
  }
  const list = (label: string, ids: string[]) => { if (ids.length) parts.push(`**${label}:** ${ids.map(oneLine).join(', ')}`); };
  list('Added', changes.added);
  list('Removed', changes.removed);
  list('Went stale', changes.becameStale);
  if (changes.coverage.length) {
    parts.push(markdownTable(['chapter', 'covered before', 'covered now'], changes.coverage.map((c) => [cell(c.chapter), covered(c.before), covered(c.after)]), ['l', 'r', 'r']));
  }
  if (parts.length === 2) parts.push('No verdict, claim or coverage changed.');
  return parts.join('\n\n');
}
