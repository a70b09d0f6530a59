// Defaults that locate the project's own folders, wherever the CLI is started from.
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const DEFAULT_REGISTRY = `${root}claims/index.ts`;
export const DEFAULT_SOURCES = `${root}sources`;
export const DEFAULT_CLAIMS_DIR = `${root}claims`;
