// Runs claims in a worker thread so a hang or a crash costs one claim, not the run.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { BackendInfo } from '../../backend/select.js';
import { faultOutcome, type RawOutcome } from '../outcome.js';
import type { RunMessage, WorkerConfig, WorkerReply } from './protocol.js';

const WORKER = fileURLToPath(new URL('./worker-entry.mjs', import.meta.url));

/** A worker that runs claims one at a time and is replaced after a timeout or a crash. */
export class ClaimIsolate {
  private worker: Worker | null = null;
  private ready: Promise<BackendInfo> | null = null;

  constructor(private readonly config: WorkerConfig) {}

  /** Starts the worker (once) and resolves with the backend it loaded. */
  start(): Promise<BackendInfo> {
    if (this.ready) return this.ready;
    const worker = new Worker(WORKER, { workerData: this.config });
    this.worker = worker;
    this.ready = new Promise<BackendInfo>((resolve, reject) => {
      const onMessage = (m: WorkerReply) => {
        if (m.type === 'ready') resolve(m.backend);
        else if (m.type === 'failed') reject(new Error(m.message));
        else return;
        worker.off('message', onMessage);
        worker.off('error', reject);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    return this.ready;
  }

  /** Runs one claim; a timeout or crash becomes an `error` outcome and the worker is replaced. */
  async run(message: RunMessage, timeLimitMs: number): Promise<RawOutcome> {
    const backend = await this.start();
    const worker = this.worker!;
    const started = Date.now();
    return new Promise<RawOutcome>((resolve) => {
      const finish = (outcome: RawOutcome, discard: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (discard) this.discard();
        resolve(outcome);
      };
      const onMessage = (m: WorkerReply) => {
        if (m.type === 'done' && m.id === message.id) finish(m.outcome, false);
      };
      const onError = (e: Error) => finish(faultOutcome({ kind: 'crash', message: `the worker crashed: ${e.message}` }, backend.name, Date.now() - started), true);
      const onExit = (code: number) => finish(faultOutcome({ kind: 'crash', message: `the worker exited with code ${code}` }, backend.name, Date.now() - started), true);
      const timer = setTimeout(() => finish(faultOutcome({ kind: 'timeout', message: `no result within the ${Math.round(timeLimitMs / 1000)} s time limit; the check was stopped` }, backend.name, Date.now() - started), true), timeLimitMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage(message);
    });
  }

  private discard(): void {
    void this.worker?.terminate();
    this.worker = null;
    this.ready = null;
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.ready = null;
    if (w) await w.terminate();
  }
}
