import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { locateQuote } from '../../claim/quote.js';
import { fillSlots } from '../../claim/fill-slots.js';
import { decidingBudgetText } from '../../results/deciding-budget.js';
import { correctionText } from '../../findings/correction.js';
import { factText } from '../../report/sections/fact-text.js';
import { resultsSchema, type ClaimResult } from '../../results/schema.js';
import { loadRegistry } from '../../runner/registry.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../filter.js';
import { DEFAULT_REGISTRY, DEFAULT_SOURCES } from '../paths.js';
import type { Io } from './io.js';

// The source line holding the quote, with the quote marked, trimmed to a readable window.
function inContext(text: string, quote: string): string {
  const at = text.indexOf(quote);
  if (at < 0) return '(quote not found in the source: the claim is stale)';
  const start = text.lastIndexOf('\n', at) + 1;
  const endNl = text.indexOf('\n', at + quote.length);
  const end = endNl < 0 ? text.length : endNl;
  const before = text.slice(Math.max(start, at - 80), at);
  const after = text.slice(at + quote.length, Math.min(end, at + quote.length + 80));
  return `${at - 80 > start ? '…' : ''}${before}»${quote}«${after}${at + quote.length + 80 < end ? '…' : ''}`;
}

function lastResult(from: string, id: string): ClaimResult | null {
  if (!existsSync(from)) return null;
  const parsed = resultsSchema.safeParse(JSON.parse(readFileSync(from, 'utf8')));
  return parsed.success ? parsed.data.claims.find((c) => c.id === id) ?? null : null;
}

/** Prints one claim: the quote in its context, statement, reading, and its last verdict and evidence. */
export async function showCommand(id: string, flags: { from: string; registry?: string; sources?: string }, io: Io): Promise<number> {
  const declared = (await loadRegistry(resolve(flags.registry ?? DEFAULT_REGISTRY))).find((c) => c.id === id);
  if (!declared) throw new UsageError(`no claim '${id}'; \`claimcheck list\` shows the ids`);
  const text = readFileSync(join(resolve(flags.sources ?? DEFAULT_SOURCES), declared.source.file), 'utf8');
  const found = locateQuote(text, declared.source.quote);
  const { line } = found;
  // The quote, statement and reading as the current text fills its slots.
  const claim = found.count === 1 ? fillSlots(declared, found) : declared;
  const w = (label: string, value: string) => io.out.write(`${label.padEnd(11)}${value}\n`);
  w('claim', `${claim.id} (${claim.kind})${claim.definedIn ? ` in ${claim.definedIn}` : ''}`);
  w('source', `${claim.source.file}${line ? `:${line}` : ''}`);
  w('quote', inContext(text, claim.source.quote));
  w('statement', claim.statement);
  if (claim.reading) w('reading', claim.reading);
  if (claim.kind === 'not-checkable') w('reason', claim.reason);
  else w('tolerance', `${claim.tolerance.label}: ${claim.tolerance.why}`);
  const last = lastResult(resolve(flags.from), id);
  if (!last) {
    w('last run', `none in ${flags.from}`);
    return EXIT.ok;
  }
  w('verdict', `${last.verdict} (seed ${last.seed}, ${last.backend})`);
  w('summary', last.summary);
  if (decidingBudgetText(last)) w('undecided', decidingBudgetText(last)!);
  if (last.counterexample) w('counter', JSON.stringify(last.counterexample));
  if (last.correction) w('correction', correctionText(last.correction)!);
  for (const o of last.evidence.observations.slice(0, 10)) {
    const where = Object.entries(o.where).map(([k, v]) => `${k}=${v}`).join(', ');
    w('  ·', `${o.label}${where ? ` [${where}]` : ''}: ${o.measured ?? factText(o.outcome)}${o.ci ? ` CI [${o.ci[0].toPrecision(4)}, ${o.ci[1].toPrecision(4)}] n=${o.n}` : ''} → ${o.outcome}`);
  }
  if (last.replay) w('replay', last.replay);
  return EXIT.ok;
}
