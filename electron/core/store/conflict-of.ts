import { compressCells } from '../util/cell-ranges.ts';
import type { Conflict } from './store.ts';
import type { ChangedRecord } from './plan-import.ts';
import { keyOf } from './record-tables.ts';
import type { SourceRef } from '../model.ts';

/** The conflict a changed record makes with its stored version, naming both sources. */
export function conflictOf(changed: ChangedRecord, incomingSha256: string): Conflict {
  const { spec, record, stored } = changed;
  return {
    key: keyOf(spec.kind, record),
    stored: {
      figures: stored.record.figures,
      source: recordSource(stored.record.sources),
      sources: stored.record.sources,
      sha256: stored.sha256,
      importedAt: stored.importedAt,
      ...(stored.record.details ? { details: stored.record.details } : {}),
    },
    incoming: {
      figures: record.figures,
      source: recordSource(record.sources),
      sources: record.sources,
      sha256: incomingSha256,
      ...(record.details ? { details: record.details } : {}),
    },
  } as unknown as Conflict;
}

/**
 * One source for a whole record, for a one-line mention: the file and sheet of its first figure and every
 * cell of every figure, in order, without repeats, as ranges. Per-figure sources stay available beside it.
 */
export function recordSource(sources: Readonly<Record<string, SourceRef>>): SourceRef {
  const refs = Object.values(sources);
  const first = refs[0] ?? { file: '', sheet: '', cells: [] };
  const cells = compressCells(refs.flatMap((ref) => ref.cells));
  return { file: first.file, sheet: first.sheet, cells };
}
