// `claimcheck fix`: the corrections of a run's findings as a unified diff against the chapters, or,
// with --write, applied to them (like `eslint --fix`), the edited sentences' claims re-checked.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { BackendName } from '../../backend/select.js';
import { openCache } from '../../cache/open-cache.js';
import { editDistance } from '../../copyedit/edit-distance.js';
import { copyeditBook, readBook } from '../../copyedit/index.js';
import { applyEdits, type Applied } from '../../fix/apply-edits.js';
import { editedSentences } from '../../fix/edited-sentences.js';
import { planFix, type FixPlan } from '../../fix/plan-fixes.js';
import { unifiedDiff } from '../../fix/unified-diff.js';
import { whatHolds } from '../../fix/what-holds.js';
import type { ClaimResult, Finding, Results } from '../../results/schema.js';
import { loadProject } from '../../runner/registry.js';
import { runSuite } from '../../runner/run-suite.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../filter.js';
import { DEFAULT_REGISTRY, DEFAULT_SOURCES } from '../paths.js';
import { progressEvents } from '../progress.js';
import { readResults } from '../read-results.js';
import type { Io } from './io.js';

export interface FixFlags {
  results: string;
  finding?: string[];
  all?: boolean;
  write?: boolean;
  out?: string;
  workers: number;
  backend?: BackendName;
  registry?: string;
  sources?: string;
}

const where = (f: Finding): string => `${f.source.file}:${f.source.line ?? '?'}`;

/** The findings named on the command line; a claim folded into a finding selects that finding. */
function selectFindings(results: Results, ids: readonly string[], io: Io): Finding[] {
  const chosen: Finding[] = [];
  for (const id of ids) {
    const f = results.findings.find((x) => x.id === id) ?? results.findings.find((x) => x.claims.includes(id));
    if (!f) {
      const known = [...new Set(results.findings.flatMap((x) => [x.id, ...x.claims]))];
      const close = known.map((k) => ({ k, d: editDistance(id, k) })).sort((a, b) => a.d - b.d).slice(0, 5).map((x) => x.k);
      throw new UsageError(`no finding '${id}' in the results${close.length ? `; the closest: ${close.join(', ')}` : ' (the run has no findings)'}; \`claimcheck fix\` without --finding lists them`);
    }
    if (f.id !== id) io.err.write(`claimcheck fix: ${id} is folded into the finding ${f.id}; fixing that\n`);
    if (!chosen.includes(f)) chosen.push(f);
  }
  return chosen;
}

function summarise(plans: readonly FixPlan[], applied: Applied, io: Io): void {
  const hand = plans.filter((p): p is Extract<FixPlan, { hand: string }> => 'hand' in p);
  io.err.write(`claimcheck fix: ${plans.length} finding(s): ${applied.applied.length} corrected by an edit, ${hand.length} need the author's hand, ${new Set(applied.conflicts.flatMap((c) => c.findings)).size} in conflict\n`);
  if (hand.length) io.err.write(`needs the author's hand:\n${hand.map((p) => `  ${p.finding.id} (${where(p.finding)}): ${p.hand}\n`).join('')}`);
  if (applied.conflicts.length) io.err.write(`conflicts (neither finding is applied; correct the span by hand):\n${applied.conflicts.map((c) => `  ${c.findings[0]} and ${c.findings[1]} (${c.file}): both change «${c.span}» differently\n`).join('')}`);
}

/** Prints the diff (or writes it, then re-checks); returns the exit code. */
export async function fixCommand(flags: FixFlags, io: Io): Promise<number> {
  const resultsPath = resolve(flags.results);
  const results = readResults(resultsPath);
  const sourcesDir = resolve(flags.sources ?? DEFAULT_SOURCES);
  if (flags.all && flags.finding?.length) throw new UsageError('give either --all or --finding, not both');
  const texts = new Map<string, string | null>();
  const sourceOf = (file: string): string | null => {
    if (!texts.has(file)) { const p = join(sourcesDir, file); texts.set(file, existsSync(p) ? readFileSync(p, 'utf8') : null); }
    return texts.get(file)!;
  };
  const claims = new Map(results.claims.map((c) => [c.id, c]));
  const plan = (fs: readonly Finding[]) => fs.map((f) => planFix(f, claims, sourceOf));

  if (!flags.all && !flags.finding?.length) {
    for (const p of plan(results.findings)) io.out.write(`${p.finding.id}  ${where(p.finding)}  ${'edits' in p ? 'edit' : `needs the author's hand: ${p.hand}`}\n`);
    io.err.write(`claimcheck fix: ${results.findings.length} finding(s) in ${resultsPath}; choose with --finding <id> or --all (a diff), and add --write to apply\n`);
    return EXIT.ok;
  }
  const selected = flags.all ? results.findings : selectFindings(results, flags.finding ?? [], io);
  const plans = plan(selected);
  const loaded = new Map([...texts].filter((e): e is [string, string] => e[1] !== null));
  const applied = applyEdits(loaded, plans.flatMap((p) => ('edits' in p ? [{ id: p.finding.id, edits: p.edits }] : [])));
  summarise(plans, applied, io);
  const shown = (file: string) => { const r = relative(process.cwd(), join(sourcesDir, file)); return r.startsWith('..') ? join(sourcesDir, file) : r; };
  if (!flags.write) {
    // Named from the folder that holds the sources, wherever the command runs: `git apply` or `patch -p1` there.
    io.out.write(unifiedDiff(applied.files, (file) => `${basename(sourcesDir)}/${file}`));
    if (applied.files.length) io.err.write('add --write to apply these edits\n');
    return EXIT.ok;
  }
  if (!applied.files.length) return EXIT.ok;
  for (const f of applied.files) writeFileSync(join(sourcesDir, f.file), f.after);
  io.out.write(`wrote ${applied.files.reduce((n, f) => n + f.edits.length, 0)} edit(s) to ${applied.files.map((f) => shown(f.file)).join(', ')}\n`);
  return recheck(flags, { results, resultsPath, sourcesDir, applied, fixed: selected.filter((f) => applied.applied.includes(f.id)) }, io);
}

/** Re-checks the claims of the edited sentences (the run's seed and budget; cached results are reused) and prints what now holds. */
async function recheck(flags: FixFlags, ctx: { results: Results; resultsPath: string; sourcesDir: string; applied: Applied; fixed: Finding[] }, io: Io): Promise<number> {
  const registry = resolve(flags.registry ?? DEFAULT_REGISTRY);
  const project = await loadProject(registry);
  const sentences = editedSentences(ctx.applied.files, project.claims);
  const ids = new Set([...sentences.flatMap((s) => s.claims), ...ctx.fixed.flatMap((f) => f.claims)]);
  const claims = project.claims.filter((c) => ids.has(c.id));
  const { seed, budget } = ctx.results.run;
  const outDir = resolve(flags.out ?? join(dirname(dirname(ctx.resultsPath)), 'fix'));
  const backend = flags.backend ? { backend: flags.backend } : {};
  io.err.write(`claimcheck fix: re-checking ${claims.length} claim(s) of ${sentences.length} edited sentence(s), budget ${budget}, seed ${seed} (the run's)\n`);
  const cache = await openCache(claims, { outDir, sourcesDir: ctx.sourcesDir, seed, budget, ...backend, warn: (m) => io.err.write(`claimcheck: warning: ${m}\n`) });
  const progress = progressEvents(io.err);
  let rechecked: ClaimResult[] = [];
  try {
    if (claims.length) {
      rechecked = (await runSuite({
        registry, claims, sourcesDir: ctx.sourcesDir, seed, budget, ...backend,
        logPath: join(outDir, 'results.jsonl'),
        workers: Math.min(flags.workers, claims.length),
        filters: { chapter: [], claim: claims.map((c) => c.id), kind: [] },
        events: progress,
        ...(cache ? { cache: { keys: cache.keys(claims), store: cache.store } } : {}),
      })).claims;
    }
  } finally {
    progress.stop();
  }
  const byId = new Map(rechecked.map((r) => [r.id, r]));
  // A claim behind a fixed finding that no sentence holds any more (its quote went stale) is shown where its finding was fixed.
  const placed = new Set(sentences.flatMap((s) => s.claims));
  const unplaced = (findings: readonly string[]) => ctx.fixed.filter((f) => findings.includes(f.id)).flatMap((f) => f.claims).filter((id) => !placed.has(id));
  for (const s of sentences) {
    io.out.write(`\n${s.file}:${s.line}, fixing ${s.findings.join(', ')}\n  before  ${s.before}\n  after   ${s.after}\n`);
    for (const id of new Set([...s.claims, ...unplaced(s.findings)])) { const r = byId.get(id); if (r) io.out.write(`  ${r.verdict.padEnd(13)} ${r.id}: ${r.summary}\n`); }
  }
  const edited = ctx.applied.files.map((f) => f.file.replace(/\.md$/, ''));
  const remaining = copyeditBook(readBook(ctx.sourcesDir), { only: edited, glossary: project.glossary }).hits.filter((h) => h.confidence === 'high');
  const holding = whatHolds(ctx.fixed, byId, remaining, ctx.applied.files);
  const now = holding.filter((h) => h.holds).length;
  io.out.write(`\nnow holding: ${now} of ${holding.length} applied finding(s)\n${holding.filter((h) => !h.holds).map((h) => `  not holding: ${h.id}: ${h.why}\n`).join('')}`);
  io.out.write(`re-check results: ${join(outDir, 'results.jsonl')}; \`claimcheck run\` reuses them for the full report\n`);
  const faults = rechecked.filter((r) => r.verdict === 'error' || r.verdict === 'stale');
  for (const r of faults) io.err.write(`${r.verdict}: ${r.id}: ${r.summary}\n`);
  if (faults.some((r) => r.verdict === 'stale')) io.err.write('a claim goes stale when a correction changes the words of its quote: the quote must follow the text (values it states as slots; docs/writing-claims.md)\n');
  return faults.length ? EXIT.faults : EXIT.ok;
}
