// Picks the fastest backend that loads: tfjs-node, else wasm, else cpu.
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { patchWasmBatchMatMul } from './wasm-matmul.js';
import { patchWasmPowSquare } from './wasm-pow.js';

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
      }
      return { name, versions: { node: process.versions.node, ...(tf.version as Record<string, string>) } };
    }
  }
  throw new Error(forced ? `backend '${forced}' could not be loaded on this machine` : 'no tfjs backend could be loaded');
}

export { tf };
