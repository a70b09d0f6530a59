// What changed since the last comparable run: verdicts, claims added or removed, new stales, coverage.
import type { Changes, Results } from '../results/schema.js';
import type { PastRun } from './history-line.js';

/** Compares a run's results with the last comparable run (null: nothing to compare with). */
export function changesSince(previous: PastRun | null, results: Results): Changes {
  if (!previous) return { since: null, verdicts: [], added: [], removed: [], becameStale: [], coverage: [] };
  const now = new Map(results.claims.map((c) => [c.id, c]));
  const verdicts: Changes['verdicts'] = [];
  const becameStale: string[] = [];
  for (const c of results.claims) {
    const before = previous.claims.get(c.id);
    if (!before || before.verdict === c.verdict) continue;
    verdicts.push({ id: c.id, from: before.verdict, to: c.verdict });
    if (c.verdict === 'stale') becameStale.push(c.id);
  }
  const coverage: Changes['coverage'] = [];
  const chapters = new Set([...previous.coverage.keys(), ...(results.coverage ?? []).map((c) => c.chapter)]);
  for (const chapter of chapters) {
    const after = results.coverage?.find((c) => c.chapter === chapter) ?? null;
    const pastLine = previous.coverage.get(chapter);
    const before = pastLine ? { chapter, file: pastLine.file, sentences: pastLine.sentences, claimed: pastLine.claimed, narrative: pastLine.narrative, uncovered: pastLine.uncovered } : null;
    const same = before && after && (['sentences', 'claimed', 'narrative', 'uncovered'] as const).every((k) => before[k] === after[k]);
    if (!same && (before || after)) coverage.push({ chapter, before, after });
  }
  return {
    since: previous.run.run,
    verdicts,
    added: results.claims.filter((c) => !previous.claims.has(c.id)).map((c) => c.id),
    removed: [...previous.claims.keys()].filter((id) => !now.has(id)),
    becameStale,
    coverage,
  };
}
