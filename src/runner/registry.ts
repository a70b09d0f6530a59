// Loads an ordered claim registry module (`export const claims: Claim[]`) and checks it.
import { pathToFileURL } from 'node:url';
import type { Claim } from '../claim/types.js';
import type { Narrative } from '../claim/narrative.js';
import type { GlossaryTerm } from '../claim/glossary.js';
import { linkProblems } from '../findings/declarations.js';

/** Thrown when a registry cannot be loaded or is inconsistent; the message names the culprit. */
export class RegistryError extends Error {
  override name = 'RegistryError';
}

/** Imports the registry at `modulePath` and checks ids are unique. */
export async function loadRegistry(modulePath: string): Promise<Claim[]> {
  return (await loadProject(modulePath)).claims;
}

/** Imports a registry module: its claims (ids checked unique), its narrative notes and its glossary, if any. */
export async function loadProject(modulePath: string): Promise<{ claims: Claim[]; narrative: Narrative[]; glossary: GlossaryTerm[] }> {
  let mod: { claims?: unknown; narrative?: unknown; glossary?: unknown };
  try {
    mod = await import(pathToFileURL(modulePath).href);
  } catch (e) {
    throw new RegistryError(`cannot load claims from ${modulePath}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!Array.isArray(mod.claims)) throw new RegistryError(`${modulePath} must export \`claims\`, an array of claims`);
  const claims = mod.claims as Claim[];
  const seen = new Map<string, Claim>();
  for (const c of claims) {
    const first = seen.get(c.id);
    if (first) throw new RegistryError(`duplicate claim id ${c.id}, in ${first.definedIn ?? '?'} and ${c.definedIn ?? '?'}`);
    seen.set(c.id, c);
  }
  const problems = linkProblems(claims);
  if (problems.length) throw new RegistryError(`${modulePath}: ${problems.join('; ')}`);
  if (mod.narrative !== undefined && !Array.isArray(mod.narrative)) throw new RegistryError(`${modulePath}: \`narrative\` must be an array of notes`);
  if (mod.glossary !== undefined && !Array.isArray(mod.glossary)) throw new RegistryError(`${modulePath}: \`glossary\` must be an array of terms`);
  return { claims, narrative: (mod.narrative as Narrative[] | undefined) ?? [], glossary: (mod.glossary as GlossaryTerm[] | undefined) ?? [] };
}
