import { InvalidArgumentError } from 'commander';
import { BACKENDS, type BackendName } from '../backend/select.js';

/** `wasm,cpu` -> ['wasm', 'cpu']: two or more distinct known backends, in the order given. */
export function parseBackends(value: string): BackendName[] {
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) if (!(BACKENDS as readonly string[]).includes(n)) throw new InvalidArgumentError(`unknown backend '${n}'; expected ${BACKENDS.join(', ')}`);
  if (new Set(names).size !== names.length || names.length < 2) throw new InvalidArgumentError('expected two or more different backends, e.g. wasm,cpu');
  return names as BackendName[];
}
