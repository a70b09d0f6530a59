// Progress while claims run: a live bar on a terminal, one plain line per claim elsewhere (CI logs).
import { SingleBar } from 'cli-progress';
import type { Claim } from '../claim/types.js';
import type { ClaimResult } from '../results/schema.js';
import type { SuiteEvents } from '../runner/run-suite.js';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** Suite events that report progress on `stream`; a bar when it is a terminal. */
export function progressEvents(stream: NodeJS.WriteStream | NodeJS.WritableStream): SuiteEvents & { stop(): void } {
  const tty = 'isTTY' in stream && stream.isTTY === true;
  const started = Date.now();
  let total = 0;
  if (!tty) {
    return {
      start: (n) => { total = n; },
      claimEnd: (r: ClaimResult, done: number) => { stream.write(`[${done}/${total}] ${r.verdict.padEnd(13)} ${r.id} (${r.reused ? 'reused' : seconds(r.durationMs)})\n`); },
      stop: () => {},
    };
  }
  const bar = new SingleBar({
    stream: stream as NodeJS.WriteStream,
    format: 'claim {value}/{total} {bar} {elapsed} | {current}',
    barsize: 24,
    hideCursor: true,
    clearOnComplete: true,
  });
  let timer: NodeJS.Timeout | undefined;
  const elapsed = () => seconds(Date.now() - started);
  return {
    start: (n) => {
      total = n;
      bar.start(n, 0, { current: '', elapsed: elapsed() });
      timer = setInterval(() => bar.update({ elapsed: elapsed() }), 500);
    },
    claimStart: (c: Claim) => bar.update({ current: c.id, elapsed: elapsed() }),
    claimEnd: (_r: ClaimResult, done: number) => bar.update(done, { elapsed: elapsed() }),
    stop: () => { clearInterval(timer); bar.stop(); },
  };
}
