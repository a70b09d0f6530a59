// Generation time of seeded MNIST-1D: 5000 and 50000 examples (80/20 train/test), in ms.
// Run: node --import tsx bench/mnist1d.ts
import { mnist1d } from '../src/datasets/mnist1d.js';

/** Wall and CPU milliseconds of f() (CPU time is the fairer figure on a loaded machine). */
const ms = (f: () => unknown) => {
  const [t, c] = [performance.now(), process.cpuUsage()];
  f();
  const cpu = process.cpuUsage(c);
  return { wall: performance.now() - t, cpu: (cpu.user + cpu.system) / 1000 };
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// The first call also draws the 10000-example reference sample that fixes the standardisation.
const first = ms(() => mnist1d({ seed: 0 }));
console.log(`first call (5000 examples + reference sample): ${first.wall.toFixed(1)} ms wall, ${first.cpu.toFixed(1)} ms cpu`);
for (const [n, reps] of [[5000, 7], [50000, 3]] as const) {
  const runs = Array.from({ length: reps }, (_, r) => ms(() => mnist1d({ seed: r + 1, nTrain: 0.8 * n, nTest: 0.2 * n })));
  const [wall, cpu] = [median(runs.map((r) => r.wall)), median(runs.map((r) => r.cpu))];
  console.log(`${n} examples: median ${wall.toFixed(1)} ms wall, ${cpu.toFixed(1)} ms cpu over ${reps} runs (${((1000 * cpu) / n).toFixed(1)} us cpu an example)`);
}
