import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { locateQuote } from '../../claim/quote.js';
import { fillSlots } from '../../claim/fill-slots.js';
import { loadRegistry } from '../../runner/registry.js';
import { EXIT } from '../exit-codes.js';
import { filterClaims, type Filters } from '../filter.js';
import { DEFAULT_REGISTRY, DEFAULT_SOURCES } from '../paths.js';
import type { Io } from './io.js';

/** Lists the selected claims: id, kind, where the quote sits, and the statement. */
export async function listCommand(flags: Filters & { registry?: string; sources?: string }, io: Io): Promise<number> {
  const claims = filterClaims(await loadRegistry(resolve(flags.registry ?? DEFAULT_REGISTRY)), flags);
  const sources = resolve(flags.sources ?? DEFAULT_SOURCES);
  const texts = new Map<string, string>();
  for (const c of claims) {
    if (!texts.has(c.source.file)) texts.set(c.source.file, readFileSync(join(sources, c.source.file), 'utf8'));
    const found = locateQuote(texts.get(c.source.file)!, c.source.quote);
    const at = found.count === 1 ? `${c.source.file}:${found.line}` : `${c.source.file} (stale: quote found ${found.count} times)`;
    const statement = found.count === 1 ? fillSlots(c, found).statement : c.statement;
    io.out.write(`${c.id}\n  ${c.kind} · ${at}\n  ${statement}\n`);
  }
  io.out.write(`${claims.length} claim(s)\n`);
  return EXIT.ok;
}
