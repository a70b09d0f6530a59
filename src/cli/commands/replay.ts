import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { locateQuote } from '../../claim/quote.js';
import { isProperty, type Budget } from '../../claim/types.js';
import { selectBackend, tf, type BackendName } from '../../backend/select.js';
import { DEFAULT_TIME_LIMIT, forBudget } from '../../runner/budget.js';
import { decide } from '../../runner/decide.js';
import { correctionText, toCorrection } from '../../findings/correction.js';
import { loadRegistry } from '../../runner/registry.js';
import { runClaim } from '../../runner/run-claim.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../filter.js';
import { DEFAULT_REGISTRY, DEFAULT_SOURCES } from '../paths.js';
import type { Io } from './io.js';

export interface ReplayFlags {
  seed: number;
  path: string;
  budget: Budget;
  backend?: BackendName;
  registry?: string;
  sources?: string;
}

/** Reruns one property case from fast-check's seed and path, without shrinking again. */
export async function replayCommand(id: string, flags: ReplayFlags, io: Io): Promise<number> {
  const claim = (await loadRegistry(resolve(flags.registry ?? DEFAULT_REGISTRY))).find((c) => c.id === id);
  if (!claim) throw new UsageError(`no claim '${id}'; \`claimcheck list\` shows the ids`);
  if (!isProperty(claim)) throw new UsageError(`${id} is not a property claim; rerun it with \`claimcheck run --claim ${id}\``);
  if (!/^\d+(:\d+)*$/.test(flags.path)) throw new UsageError(`--path must look like 3:0:1 (fast-check's counterexample path), got '${flags.path}'`);
  const backend = await selectBackend(flags.backend);
  const limit = forBudget(flags.budget, DEFAULT_TIME_LIMIT, claim.timeLimit) * 1000;
  const sourcePath = join(resolve(flags.sources ?? DEFAULT_SOURCES), claim.source.file);
  if (!existsSync(sourcePath)) throw new UsageError(`the source ${sourcePath} of ${id} does not exist; --sources names the chapters' folder`);
  const { slots } = locateQuote(readFileSync(sourcePath, 'utf8'), claim.source.quote);
  const outcome = await runClaim(claim, { tf, backend: backend.name, budget: flags.budget, seed: flags.seed, softDeadline: Date.now() + limit, replay: { seed: flags.seed, path: flags.path }, slots });
  const d = decide(claim, outcome, slots);
  io.out.write(`${claim.id}: ${d.verdict} (backend ${backend.name})\n${d.summary}\n`);
  if (d.counterexample) io.out.write(`counterexample: ${JSON.stringify(d.counterexample)}\n`);
  if (d.correction) io.out.write(`correction: ${correctionText(toCorrection(d.correction))}\n`);
  return d.verdict === 'error' ? EXIT.faults : EXIT.ok;
}
