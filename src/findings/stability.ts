// Sentence verdicts over several seeds: which verdicts each sentence got, from which seeds, and where they flip.
import type { Results, Verdict } from '../results/schema.js';

export interface SentenceStability {
  file: string;
  line: number;
  text: string;
  /** Each verdict seen, with the seeds that gave it, most frequent first. */
  seen: { verdict: Verdict; seeds: number[] }[];
  /** Seen both supported and as a finding (refuted or qualified). */
  flips: boolean;
}

export interface StabilityReport {
  budget: string;
  seeds: number[];
  sentences: SentenceStability[];
  /** Sentences with more than one verdict (faults aside), and those flipping between supported and a finding. */
  unstable: number;
  flipping: number;
  /** The same for claims, read as before sentence verdicts existed. */
  claims: { unstable: number; flipping: number };
}

const FINDING = new Set<Verdict>(['refuted', 'qualified']);
const FAULT = new Set<Verdict>(['error', 'stale']);

function tally(points: Map<string, Map<Verdict, number[]>>): { unstable: number; flipping: number } {
  let unstable = 0;
  let flipping = 0;
  for (const byVerdict of points.values()) {
    const vs = [...byVerdict.keys()].filter((v) => !FAULT.has(v));
    if (vs.length > 1) unstable++;
    if (vs.includes('supported') && vs.some((v) => FINDING.has(v))) flipping++;
  }
  return { unstable, flipping };
}

const add = (m: Map<string, Map<Verdict, number[]>>, key: string, v: Verdict, seed: number): void => {
  const byVerdict = m.get(key) ?? new Map<Verdict, number[]>();
  byVerdict.set(v, [...(byVerdict.get(v) ?? []), seed]);
  m.set(key, byVerdict);
};

/** Stability of sentence (and claim) verdicts over runs that differ only in their seed. */
export function stabilityOf(runs: readonly Results[]): StabilityReport {
  const sentences = new Map<string, Map<Verdict, number[]>>();
  const claims = new Map<string, Map<Verdict, number[]>>();
  const where = new Map<string, { file: string; line: number; text: string }>();
  for (const r of runs) {
    for (const s of r.sentences) {
      const key = `${s.file}\u0000${s.line}\u0000${s.text}`;
      where.set(key, { file: s.file, line: s.line, text: s.text });
      add(sentences, key, s.verdict, r.run.seed);
    }
    for (const c of r.claims) add(claims, c.id, c.verdict, r.run.seed);
  }
  const list = [...sentences].map(([key, byVerdict]) => {
    const seen = [...byVerdict].map(([verdict, seeds]) => ({ verdict, seeds })).sort((a, b) => b.seeds.length - a.seeds.length);
    const vs = seen.map((s) => s.verdict);
    return { ...where.get(key)!, seen, flips: vs.includes('supported') && vs.some((v) => FINDING.has(v)) };
  });
  return {
    budget: runs[0]?.run.budget ?? 'quick',
    seeds: runs.map((r) => r.run.seed),
    sentences: list,
    ...tally(sentences),
    claims: tally(claims),
  };
}

/** The Markdown account: counts, then every sentence whose verdict changed with the seed. */
export function renderStability(s: StabilityReport): string {
  const esc = (t: string): string => t.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
  const moving = s.sentences.filter((x) => x.seen.filter((v) => !FAULT.has(v.verdict)).length > 1);
  const rows = moving.map((x) => `| ${x.flips ? '**flip**' : ''} | ${esc(x.file)}:${x.line} | ${esc(x.text.slice(0, 100))} | ${x.seen.map((v) => `\`${v.verdict}\` (${v.seeds.join(', ')})`).join('; ')} |`);
  return [
    '# claimcheck stability',
    `Budget ${s.budget}, seeds ${s.seeds.join(', ')}.`,
    `- ${s.sentences.length} claimed sentence(s); ${s.unstable} changed verdict with the seed; ${s.flipping} flipped between supported and a finding.`,
    `- Claims: ${s.claims.unstable} changed verdict; ${s.claims.flipping} flipped between supported and refuted or qualified.`,
    moving.length ? ['| | sentence | text | verdicts (seeds) |', '|---|---|---|---|', ...rows].join('\n') : 'Every sentence got the same verdict from every seed.',
  ].join('\n\n') + '\n';
}
