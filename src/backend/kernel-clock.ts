// Per-kernel time accounting: every kernel of the active backend is re-registered behind a wrapper
// that adds its wall time to a tally by kernel name. The rest of a claim's time is JavaScript:
// random draws (tf.randomNormal fills its buffer outside any kernel), data generation, reading
// values back.
import * as tf from '@tensorflow/tfjs';

/** Time and calls of one kernel. */
export interface KernelTime {
  name: string;
  ms: number;
  calls: number;
}

/** A running tally of kernel time since the last reset. */
export interface KernelClock {
  reset(): void;
  /** The kernels by time spent, most first. */
  take(): KernelTime[];
}

/** Wraps every kernel registered for `backend` so its calls are timed. */
export function installKernelClock(backend: string): KernelClock {
  const tally = new Map<string, { ms: number; calls: number }>();
  for (const config of tf.getKernelsForBackend(backend)) {
    const inner = config.kernelFunc;
    const entry = { ms: 0, calls: 0 };
    const kernelFunc: tf.KernelFunc = (args) => {
      const t = performance.now();
      try {
        return inner(args);
      } finally {
        entry.ms += performance.now() - t;
        entry.calls++;
      }
    };
    tf.unregisterKernel(config.kernelName, backend);
    tf.registerKernel({ ...config, kernelFunc });
    tally.set(config.kernelName, entry);
  }
  return {
    reset: () => tally.forEach((e) => { e.ms = 0; e.calls = 0; }),
    take: () => [...tally].filter(([, e]) => e.calls > 0).map(([name, e]) => ({ name, ms: e.ms, calls: e.calls })).sort((a, b) => b.ms - a.ms),
  };
}
