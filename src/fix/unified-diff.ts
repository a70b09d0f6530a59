// The edited sources as one unified diff, paste-able into `git apply` or `patch -p1`.
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { EditedFile } from './apply-edits.js';

/** `path(file)` names each file as the diff shows it (a/<path>, b/<path>), e.g. sources/x.md. */
export function unifiedDiff(files: readonly EditedFile[], path: (file: string) => string): string {
  return files
    .map((f) => createTwoFilesPatch(`a/${path(f.file)}`, `b/${path(f.file)}`, f.before, f.after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY }))
    .join('');
}
