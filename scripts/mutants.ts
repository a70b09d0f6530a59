// Scripted mutation testing of the verdict rules (decide.ts, judge.ts and the runner's share of
// them): applies each mutant below to its file, runs the engine tests that judge these rules, and
// counts the mutants the tests kill. A surviving mutant is a rule no test pins down.
// Usage: node --import tsx scripts/mutants.ts [name-filter ...] (mutants whose name contains any filter)
// (Stryker's vitest runner works here but needed hours for its 881 mutants on a shared 2-core machine;
// these are the mutants that change a rule of issue 17 or of the verdicts it guards.)
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const TESTS = ['tests/runner/decide.test.ts', 'tests/runner/judge.test.ts', 'tests/runner/judgement-rules.test.ts', 'tests/runner/gated-kinds.test.ts'];
const DECIDE = 'src/runner/decide.ts';
const JUDGE = 'src/runner/judge.ts';
const RUN = 'src/runner/run-claim.ts';

interface Mutant { name: string; file: string; find: string; replace: string }
const M = (name: string, file: string, find: string, replace: string): Mutant => ({ name, file, find, replace });

export const MUTANTS: Mutant[] = [
  M('ungated methods may refute', DECIDE, "if (GATED_KINDS.includes(claim.kind) && !isGated(o)) return 'ungated';", ''),
  M('float-level deviations refute unreproduced', DECIDE, 'if (o.float && !PLAIN_DOUBLE_KINDS.includes(claim.kind) && !(o.float.float64 !== null', 'if (false && !(o.float!.float64 !== null'),
  M('a float64 route that agrees still refutes', DECIDE, '(o.float.float64 < o.band[0] || o.float.float64 > o.band[1])', 'true'),
  M('single cases refute asymptotic claims', DECIDE, "if (scope === 'asymptotic' && o.method !== 'trend') return 'asymptotic';", ''),
  M('single cases count for asymptotic claims', DECIDE, ".filter((o) => scope !== 'asymptotic' || o.method === 'trend')", ''),
  M('exists needs two witnesses', DECIDE, 'if (held > 0) {', 'if (held > 1) {'),
  M('exists refuted without an exhaustive argument', DECIDE, '&& claim.exhaustive &&', '&&'),
  M('typical supported on the point estimate', DECIDE, "verdict = lower > share ? 'supported'", "verdict = held / n > share ? 'supported'"),
  M('typical refuted on the point estimate', DECIDE, ": upper < share ? 'refuted'", ": held / n < share ? 'refuted'"),
  M('typical: undecided cases count as failures for a refutation', DECIDE, 'clopperPearson(n - failed, n, level).hi', 'clopperPearson(held, n, level).hi'),
  M('typical share defaults to 0', DECIDE, 'export const DEFAULT_SHARE = 0.5;', 'export const DEFAULT_SHARE = 0;'),
  M('qualifier domain may hold the counterexample', DECIDE, 'if (!q || !cx || q.holds(cx)) continue;', 'if (!q || !cx) continue;'),
  M('undecided qualifier judgements pass', DECIDE, "o.qualifier === run.condition && o.outcome !== 'inside'", "o.qualifier === run.condition && o.outcome === 'outside'"),
  M('failed qualifier runs pass', DECIDE, 'if (run.failed || run.interrupted || run.numRuns === 0) continue;', 'if (run.interrupted || run.numRuns === 0) continue;'),
  M('single-check qualifier ignores failures inside its domain', DECIDE, "inScope.every((o) => o.outcome === 'inside')", "inScope.some((o) => o.outcome === 'inside')"),
  M('interrupted property runs supported', DECIDE, '} else if (prop?.interrupted) {', '} else if (false) {'),
  M('undeclared scope flagged as declared', DECIDE, 'scopeDeclared: claim.scope !== undefined', 'scopeDeclared: true'),
  M('straddles support', DECIDE, '} else if (straddle.length > 0) {', '} else if (false) {'),
  M('two replicates refute', JUDGE, 'export const MIN_REPLICATES = 3;', 'export const MIN_REPLICATES = 2;'),
  M('ties at the evaluation step refute', JUDGE, 'if (beyond(ci.estimate, band) <= j.resolution)', 'if (beyond(ci.estimate, band) < 0)'),
  M('zero-width intervals decide', JUDGE, "if (method !== 'trend' && raw !== 'straddle' && ci.lo === ci.hi) failed.push", 'if (false) failed.push'),
  M('unconverged runs refute', JUDGE, "failed.push(`a tie: the estimate is within the resolution ${j.resolution} of the band`);\n      failed.push(...train.failed);", "failed.push(`a tie: the estimate is within the resolution ${j.resolution} of the band`);"),
  M('a control counts whether or not it detects', JUDGE, 'control = !!detected && !(detected.lo <= nul && nul <= detected.hi);', 'control = !!detected;'),
  M('null results decide without a control', JUDGE, "if (!c) failed.push('a null result without a positive control');", 'if (!c) { /* none */ }'),
  M('a control far beyond the edge counts', JUDGE, 'else if (Math.abs(c.planted - nul) > reach)', 'else if (false)'),
  M('paired null results need no control', JUDGE, "{ noEffect: 0, ...j }", 'j'),
  M('premise ignored by the judge', JUDGE, 'if (premise && !premise(where))', 'if (false)'),
  M('undefined comparisons not counted', JUDGE, 'if (j.measured === null) { state.dropped.undefined++; return true; }', 'if (j.measured === null) return true;'),
  M('no deviation is float-level', JUDGE, 'FLOAT_NOISE_EPS * FLOAT32_EPS * magnitude', '0'),
  M('the float64 route is ignored', JUDGE, "j.float64Check ? finite(`${j.label} (float64 route)`, j.float64Check()) : null", 'null'),
  M('proportions get a zero-width interval at 5 of 5', JUDGE, 'const ci = clopperPearson(j.successes, j.n, level);', 'const ci = { ...clopperPearson(j.successes, j.n, level), lo: j.successes / j.n };'),
  M('orderings judged on the point estimate', JUDGE, "outcome = cp.lo > 0.5 ? 'inside' : cp.hi < 0.5 ? 'outside' : 'straddle';", "outcome = cp.estimate > 0.5 ? 'inside' : cp.estimate < 0.5 ? 'outside' : 'straddle';"),
  M('no Bonferroni correction', JUDGE, 'return FAMILY_ALPHA / Math.max(1, state.comparisons);', 'return FAMILY_ALPHA;'),
  M('qualifier runs spend their own error rate', RUN, 'state.comparisons = numRuns * perRun * (1 + qualifierRuns);', 'state.comparisons = numRuns * perRun;'),
  M('undecided judgements pass a qualifier run', RUN, "|| (state.phase === 'qualify' && o.outcome === 'straddle')", ''),
  M('exists and typical claims searched for one counterexample', RUN, "outcome.property = scope === 'exists' || scope === 'typical'", "outcome.property = false"),
];

function vitest(): boolean {
  const r = spawnSync('npx', ['vitest', 'run', '--bail', '1', ...TESTS], { encoding: 'utf8', stdio: 'pipe' });
  return r.status === 0;
}

/** Where each mutant would apply: its text must stand exactly once in its file, or the mutant tests nothing. */
export function misplacedMutants(read: (file: string) => string = (f) => readFileSync(f, 'utf8')): string[] {
  return MUTANTS.filter((m) => {
    const text = read(m.file);
    const at = text.indexOf(m.find);
    return at < 0 || text.indexOf(m.find, at + 1) >= 0;
  }).map((m) => `${m.name} (${m.file})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();

function main(): void {
  const filters = process.argv.slice(2);
  const chosen = MUTANTS.filter((m) => filters.length === 0 || filters.some((f) => m.name.includes(f)));
  if (!vitest()) throw new Error('the unmutated tests fail: fix them before mutating');
  const survived: string[] = [];
  for (const m of chosen) {
    const original = readFileSync(m.file, 'utf8');
    const at = original.indexOf(m.find);
    if (at < 0 || original.indexOf(m.find, at + 1) >= 0) throw new Error(`mutant "${m.name}": its text must occur exactly once in ${m.file}`);
    writeFileSync(m.file, original.slice(0, at) + m.replace + original.slice(at + m.find.length));
    let killed: boolean;
    try { killed = !vitest(); } finally { writeFileSync(m.file, original); }
    if (!killed) survived.push(m.name);
    console.log(`${killed ? 'killed  ' : 'SURVIVED'} ${m.name}`);
  }
  console.log(`\n${chosen.length - survived.length} of ${chosen.length} mutants killed (score ${(100 * (chosen.length - survived.length) / chosen.length).toFixed(0)} %)`);
  if (survived.length) console.log(`survived: ${survived.join('; ')}`);
}
