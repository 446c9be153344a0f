/** Turns the pipeline's per-file report into the plain result the window shows. */
import type { Conflict } from '../../core/core-api.ts';
import type { ConflictView, FileResult } from '../../shared/ipc-contract.ts';
import type { CoreFileReport } from '../app-core.ts';

/** The ✓ / ✗ / ⚠ line of one file. */
export function toFileResult(report: CoreFileReport): FileResult {
  const { conflicts, added: _added, replaced: _replaced, ...rest } = report;
  return { ...rest, conflicts: conflicts.map(toConflictView) };
}

/** Both sides of a conflict, for the side-by-side view. */
export function toConflictView(conflict: Conflict & { readonly message: string }): ConflictView {
  const { key, stored, incoming } = conflict;
  return {
    kind: key.kind,
    subject: key.kind === 'collection' ? key.county : key.hospital,
    month: key.month,
    message: conflict.message,
    stored: { figures: { ...stored.figures }, source: stored.source, importedAt: stored.importedAt },
    incoming: { figures: { ...incoming.figures }, source: incoming.source },
  };
}
