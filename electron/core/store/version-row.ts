import type { SourceRef } from '../model.ts';
import type { GenericRecord, RecordDetails, TableSpec } from './record-tables.ts';
import type { ImportRef } from './store.ts';

/** A stored version of either kind, with the import it came from. */
export interface GenericVersion extends ImportRef {
  readonly versionId: number;
  readonly current: boolean;
  readonly record: GenericRecord;
}

/** SELECT … FROM a version table joined to its import; callers append WHERE and ORDER BY. */
export function selectVersions(spec: TableSpec): string {
  const figures = spec.columns.map(({ column }) => `v.${column}`).join(', ');
  return `SELECT v.id, v.import_id, v.${spec.subject} AS subject, v.month, ${figures}, v.sources,${spec.details ? ' v.details,' : ''} v.current,
    i.file, i.sha256, i.imported_at FROM ${spec.table} v JOIN imports i ON i.id = v.import_id`;
}

/** A row of {@link selectVersions} as a version. */
export function versionFromRow(spec: TableSpec, row: Record<string, unknown>): GenericVersion {
  return {
    versionId: Number(row.id),
    importId: Number(row.import_id),
    file: String(row.file),
    sha256: String(row.sha256),
    importedAt: String(row.imported_at),
    current: row.current === 1,
    record: recordFromRow(spec, row),
  };
}

function recordFromRow(spec: TableSpec, row: Record<string, unknown>): GenericRecord {
  const figures = Object.fromEntries(spec.columns.map(({ field, column }) => [field, Number(row[column])]));
  const sources = JSON.parse(String(row.sources)) as Record<string, SourceRef>;
  const details = typeof row.details === 'string' ? { details: JSON.parse(row.details) as RecordDetails } : {};
  return { subject: String(row.subject), month: String(row.month), figures, sources, ...details };
}
