import { resolve } from 'node:path';
import { coverageOfSources, formatLocator } from '../../coverage/index.js';
import { loadProject } from '../../runner/registry.js';
import { EXIT } from '../exit-codes.js';
import { DEFAULT_REGISTRY, DEFAULT_SOURCES } from '../paths.js';
import type { Io } from './io.js';

const oneLine = (s: string, max = 100): string => {
  const t = s.replace(/\s+/g, ' ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** Prints sentences per chapter (claimed / narrative / uncovered) and lists the uncovered ones, or every one with --all. */
export async function coverageCommand(flags: { chapter?: string[]; all?: boolean; registry?: string; sources?: string }, io: Io): Promise<number> {
  const { claims, narrative } = await loadProject(resolve(flags.registry ?? DEFAULT_REGISTRY));
  const chapters = coverageOfSources(resolve(flags.sources ?? DEFAULT_SOURCES), claims, narrative, flags.chapter);
  const w = (s: string) => io.out.write(`${s}\n`);
  const width = Math.max(7, ...chapters.map((c) => c.chapter.length));
  w(`${'chapter'.padEnd(width)}  sentences  claimed  narrative  uncovered`);
  for (const c of chapters) w(`${c.chapter.padEnd(width)}  ${String(c.sentences).padStart(9)}  ${String(c.claimed).padStart(7)}  ${String(c.narrative).padStart(9)}  ${String(c.uncovered).padStart(9)}`);
  for (const c of chapters) {
    const items = c.items.filter((i) => flags.all || i.status === 'uncovered');
    if (items.length) w(`\n${c.chapter}: ${flags.all ? 'every sentence' : `${items.length} uncovered`}`);
    for (const i of items) {
      const how = i.status === 'claimed' ? `claimed by ${i.claims.join(', ')}` : i.status === 'narrative' ? `narrative: ${i.reason}` : 'UNCOVERED';
      w(`  ${formatLocator(i.sentence)}  ${how}\n      ${oneLine(i.sentence.text)}`);
    }
    for (const p of c.problems) w(`  problem: ${p}`);
  }
  return EXIT.ok;
}
