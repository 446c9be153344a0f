import type { Conflict } from './store.ts';
import type { ChangedRecord } from './plan-import.ts';
import { keyOf } from './record-tables.ts';
import { recordSource } from './record-source.ts';

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
