// A claim worker: its own tfjs backend and registry; runs one claim per message.
import { parentPort, workerData } from 'node:worker_threads';
import { selectBackend, tf } from '../../backend/select.js';
import { installKernelClock } from '../../backend/kernel-clock.js';
import { loadRegistry } from '../registry.js';
import { runClaim } from '../run-claim.js';
import type { RunMessage, WorkerConfig, WorkerReply } from './protocol.js';

const port = parentPort!;
const post = (m: WorkerReply) => port.postMessage(m);
const config = workerData as WorkerConfig;

try {
  const backend = await selectBackend(config.backend);
  const claims = new Map((await loadRegistry(config.registry)).map((c) => [c.id, c]));
  const clock = config.profile ? installKernelClock(backend.name) : null;
  port.on('message', async (m: RunMessage) => {
    const claim = claims.get(m.id)!;
    clock?.reset();
    const outcome = await runClaim(claim, { tf, backend: backend.name, budget: m.budget, seed: m.seed, runSeed: m.runSeed, softDeadline: m.softDeadline, ...(m.replay ? { replay: m.replay } : {}), ...(m.slots ? { slots: m.slots } : {}) });
    post({ type: 'done', id: m.id, outcome: clock ? { ...outcome, kernels: clock.take() } : outcome });
  });
  post({ type: 'ready', backend });
} catch (e) {
  post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
}
