// Picks the fastest backend that loads: tfjs-node, else wasm, else cpu.
import * as tfjs from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { fastRandomNormal, fastRandomUniform } from '../random/tf-random.js';
import type { Tf } from './tf.js';
import { patchWasmIdentity } from './wasm-identity.js';
import { patchWasmBatchMatMul } from './wasm-matmul.js';
import { patchWasmPowSquare } from './wasm-pow.js';

/**
 * The tfjs the suite computes with (every claim's ctx.tf, the bench's): tfjs's namespace, except
 * that randomNormal and randomUniform are src/random/tf-random.ts's, which return the same values
 * bit for bit (tests/random/tf-random.test.ts) at about half the cost. tfjs's own namespace is
 * left untouched: only code handed this object draws through the faster samplers.
 */
const tf: Tf = { ...tfjs, randomNormal: fastRandomNormal(tfjs), randomUniform: fastRandomUniform(tfjs) };

export const BACKENDS = ['tensorflow', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKENDS)[number];

export interface BackendInfo {
  name: string;
  versions: Record<string, string>;
}

async function tryNode(): Promise<boolean> {
  try {
    // Optional dependency: absent where its native library could not be downloaded.
    const pkg = '@tensorflow/tfjs-node';
    await import(pkg);
    return tf.findBackend('tensorflow') !== undefined;
  } catch {
    return false;
  }
}

async function activate(name: BackendName): Promise<boolean> {
  if (name === 'tensorflow' && !(await tryNode())) return false;
  try {
    return (await tf.setBackend(name)) && (await tf.ready(), tf.getBackend() === name);
  } catch {
    return false;
  }
}

/** Activates the forced backend (or the first that loads) and reports what runs. */
export async function selectBackend(forced?: BackendName): Promise<BackendInfo> {
  const order = forced ? [forced] : BACKENDS;
  for (const name of order) {
    if (await activate(name)) {
      tf.enableProdMode();
      if (name === 'wasm') {
        patchWasmBatchMatMul();
        patchWasmPowSquare();
        patchWasmIdentity();
      }
      return { name, versions: { node: process.versions.node, ...(tf.version as Record<string, string>) } };
    }
  }
  throw new Error(forced ? `backend '${forced}' could not be loaded on this machine` : 'no tfjs backend could be loaded');
}

export { tf };
