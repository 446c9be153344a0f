/** Turns the pipeline's per-file report into the plain result the window shows. */
import type { Conflict } from '../../core/store/store.ts';
import type { ConflictView, FileResult } from '../../shared/ipc-contract.ts';
import type { CoreFileReport } from '../core-api.ts';

/** The ✓ / ✗ / ⚠ line of one file. */
export function toFileResult(report: CoreFileReport): FileResult {
  return {
    file: report.file,
    status: report.status,
    problems: report.problems,
    notices: report.notices,
    conflicts: report.conflicts.map(toConflictView),
    counties: report.counties,
    hospitals: report.hospitals,
    months: report.months,
    collections: report.collections,
    supplies: report.supplies,
  };
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
