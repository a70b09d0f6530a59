// Runs one claim in this thread: builds its context, drives fast-check, watches tensors.
import * as fc from 'fast-check';
import { DEFAULT_SCOPE, GATED_METHODS, isProperty, type Budget, type CheckContext, type Claim, type PropertyClaim, type Where } from '../claim/types.js';
import type { Tf } from '../backend/tf.js';
import { createJudge, type JudgeState } from './judge.js';
import { DEFAULT_RUNS, forBudget } from './budget.js';
import { deriveSeed } from '../random/seeds.js';
import type { RawOutcome } from './outcome.js';
import type { PropertyRun, QualifierRun } from '../results/schema.js';
import { sharedValue } from './shared-memo.js';
import { restoreMathRandom, seedMathRandom } from './seeded-math-random.js';
import { createSlots } from '../claim/slots.js';
import { Seeds } from '../random/seeds.js';
import { scaledValues } from './scaled.js';
import type { SlotValues } from '../claim/quote-template.js';

export interface RunOptions {
  tf: Tf;
  backend: string;
  budget: Budget;
  /** The claim's seed (already derived from the run seed). */
  seed: number;
  /** The run's seed, for work shared between claims (default: the claim's seed). */
  runSeed?: number;
  /** Soft deadline (epoch ms): fast-check stops generating then (an interrupted run is never supported). */
  softDeadline: number;
  /** The quote's slot values read from the current source ({} for a quote without slots). */
  slots?: SlotValues;
  /** Replays one fast-check case instead of a full run. */
  replay?: { seed: number; path: string };
}

function message(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/** Runs a checked claim and returns its raw outcome; never throws for the claim's sake. */
export async function runClaim(claim: Claim, opts: RunOptions): Promise<RawOutcome> {
  if (claim.kind === 'not-checkable') throw new Error(`${claim.id} is not checkable; nothing to run`);
  const started = Date.now();
  const { tf } = opts;
  const state: State = { observations: [], currentCase: {}, phase: 'single', comparisons: 1, intervalJudgements: 0, dropped: { premise: 0, undefined: 0 } };
  const records: RawOutcome['records'] = {};
  const runSeed = opts.runSeed ?? opts.seed;
  const ctx: CheckContext = {
    tf, budget: opts.budget, seed: opts.seed, runSeed, backend: opts.backend,
    judge: createJudge(claim.tolerance, state, claim.premise),
    seeds: new Seeds(opts.seed),
    scaled: scaledValues(claim, opts.budget),
    record: (name, value) => { records[name] = value; },
    shared: (key, compute) => sharedValue(claim.shares, key, { budget: opts.budget, runSeed }, compute),
    slots: createSlots(opts.slots ?? {}),
  };
  // The text's values the check ran with, in the evidence next to what it measured.
  for (const [name, v] of Object.entries(opts.slots ?? {})) records[`text ${name}`] = v.type === 'rel' ? v.relation! : v.value;
  const outcome: RawOutcome = { observations: state.observations, records, property: null, qualifiers: [], fault: null, backend: opts.backend, durationMs: 0, dropped: state.dropped };
  const tensorsBefore = tf.memory().numTensors;
  const perRun = (typeof claim.judgements === 'number' ? claim.judgements : claim.judgements?.[opts.budget]) ?? 1;
  try {
    if (isProperty(claim)) {
      const numRuns = forBudget(opts.budget, DEFAULT_RUNS, claim.runs);
      const scope = claim.scope ?? DEFAULT_SCOPE;
      // Qualifier runs share the claim's error rate: Bonferroni over the main run and each qualifier run.
      const qualifierRuns = scope === 'forall' ? claim.qualifiers?.length ?? 0 : 0;
      state.comparisons = numRuns * perRun * (1 + qualifierRuns);
      outcome.property = scope === 'exists' || scope === 'typical'
        ? await checkDraws(claim, ctx, state, opts, numRuns, scope === 'exists')
        : await checkProperty(claim, ctx, state, opts, numRuns);
      if (qualifierRuns > 0 && outcome.property.failed && !outcome.property.error && !outcome.fault) {
        for (const q of claim.qualifiers ?? []) outcome.qualifiers.push(await checkQualifier(claim, q, ctx, state, opts, numRuns));
      }
    } else {
      state.comparisons = perRun;
      seedMathRandom(ctx.seed, null);
      await claim.check(ctx);
    }
    const planned = state.comparisons;
    const made = state.observations.filter((o) => (o.phase === 'generate' || o.phase === 'single') && (o.method === 'mean' || o.method === 'geometricMean' || (GATED_METHODS as readonly string[]).includes(o.method))).length;
    if (made > planned) {
      outcome.fault = { kind: 'health', message: `made ${made} interval judgements but declared ${planned}: the multiplicity correction would be too loose (raise \`judgements\`)` };
    } else if (state.observations.length === 0 && state.dropped.premise + state.dropped.undefined === 0) {
      outcome.fault = { kind: 'health', message: 'the check judged nothing: no measurement was compared with the claim' };
    } else if (outcome.property?.error && !state.observations.some((o) => o.outcome === 'outside')) {
      outcome.fault = { kind: 'health', message: `fast-check could not run the property: ${outcome.property.error}` };
    }
  } catch (e) {
    outcome.fault = { kind: 'throw', message: message(e) };
  } finally {
    restoreMathRandom();
  }
  if (state.thrown && !outcome.fault) outcome.fault = { kind: 'throw', message: state.thrown };
  const leaked = tf.memory().numTensors - tensorsBefore;
  if (leaked > 0 && !outcome.fault) outcome.fault = { kind: 'leak', message: `${leaked} tensor(s) left allocated after the check (dispose them or use tf.tidy)` };
  outcome.durationMs = Date.now() - started;
  return outcome;
}

type State = JudgeState & { thrown?: string };

// fast-check needs a positive budget; a run already past its deadline gets a token second.
const remaining = (opts: RunOptions): number => Math.max(1000, opts.softDeadline - Date.now());

function predicate(claim: PropertyClaim, ctx: CheckContext, state: State) {
  let draw = 0;
  return async (c: Where): Promise<boolean> => {
    // A case outside the sentence's premise is dropped and counted, never judged.
    if (claim.premise && !claim.premise(c)) { state.dropped.premise++; return true; }
    state.currentCase = c;
    state.draw = draw++;
    const before = state.observations.length;
    seedMathRandom(ctx.seed, c);
    try {
      await claim.check(c, ctx);
    } catch (e) {
      // fc.pre rejections are skips, counted by fast-check (too many fail its health check).
      if (!fc.PreconditionFailure.isFailure(e)) state.thrown ??= message(e);
      throw e;
    }
    // In a qualifier run an undecided judgement does not pass: the narrower claim must hold outright.
    const failed = state.observations.slice(before).some((o) => o.outcome === 'outside' || (state.phase === 'qualify' && o.outcome === 'straddle'));
    if (failed && state.phase === 'generate') state.phase = 'shrink';
    return !failed;
  };
}

async function checkProperty(claim: PropertyClaim, ctx: CheckContext, state: State, opts: RunOptions, numRuns: number): Promise<PropertyRun> {
  state.phase = 'generate';
  const seed = opts.replay?.seed ?? opts.seed;
  const details = await fc.check(fc.asyncProperty(claim.cases(opts.budget, ctx.slots), predicate(claim, ctx, state)), {
    seed, numRuns,
    interruptAfterTimeLimit: remaining(opts),
    markInterruptAsFailure: false,
    ...(opts.replay ? { path: opts.replay.path, endOnFailure: true } : {}),
  });
  const outside = state.observations.some((o) => o.outcome === 'outside');
  return {
    seed: details.seed,
    path: details.failed ? details.counterexamplePath : null,
    numRuns: details.numRuns,
    numSkips: details.numSkips,
    numShrinks: details.numShrinks,
    failed: details.failed,
    interrupted: details.interrupted,
    counterexample: details.failed && details.counterexample ? (details.counterexample[0] as Where) : null,
    error: details.failed && !outside && !state.thrown ? String(details.errorInstance ?? 'property failed without a judgement') : null,
  };
}

// Exists and typical claims judge a fixed sample of cases, not a search for one counterexample:
// every case is run (an exists claim stops at its first witness), and decide counts them.
async function checkDraws(claim: PropertyClaim, ctx: CheckContext, state: State, opts: RunOptions, numRuns: number, untilWitness: boolean): Promise<PropertyRun> {
  state.phase = 'generate';
  const seed = opts.replay?.seed ?? opts.seed;
  const cases = fc.sample(claim.cases(opts.budget, ctx.slots), { seed, numRuns }) as Where[];
  const run = predicate(claim, ctx, state);
  let [ran, interrupted] = [0, false];
  for (const c of cases) {
    if (Date.now() > opts.softDeadline) { interrupted = true; break; }
    const before = state.observations.length;
    const skipped = state.dropped.premise;
    try {
      await run(c);
    } catch (e) {
      if (fc.PreconditionFailure.isFailure(e)) { state.dropped.premise++; continue; }
      throw e;
    }
    state.phase = 'generate'; // the predicate marks a failing case as the start of shrinking; here there is none
    if (state.dropped.premise > skipped) continue;
    ran++;
    const judged = state.observations.slice(before);
    if (untilWitness && judged.length > 0 && judged.every((o) => o.outcome === 'inside')) break;
  }
  return { seed, path: null, numRuns: ran, numSkips: state.dropped.premise, numShrinks: 0, failed: false, interrupted, counterexample: null, error: null };
}

async function checkQualifier(claim: PropertyClaim, q: { condition: string; holds: (c: Where) => boolean }, ctx: CheckContext, state: State, opts: RunOptions, numRuns: number): Promise<QualifierRun> {
  state.phase = 'qualify';
  const before = state.observations.length;
  const details = await fc.check(fc.asyncProperty(claim.cases(opts.budget, ctx.slots).filter(q.holds), predicate(claim, ctx, state)), {
    seed: deriveSeed(opts.seed, q.condition), numRuns,
    interruptAfterTimeLimit: remaining(opts),
    markInterruptAsFailure: false,
  });
  for (const o of state.observations.slice(before)) o.qualifier = q.condition;
  return { condition: q.condition, numRuns: details.numRuns, failed: details.failed, interrupted: details.interrupted };
}
