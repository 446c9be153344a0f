import { detailsRelation, mergedDetails } from './details-relation.ts';
import type { GenericRecord, TableSpec } from './record-tables.ts';
import type { GenericVersion } from './version-row.ts';

/** The incoming records of one kind. */
export interface IncomingRecords {
  readonly spec: TableSpec;
  readonly records: readonly GenericRecord[];
}

/** An incoming record whose figures differ from the stored current version. */
export interface ChangedRecord {
  readonly spec: TableSpec;
  readonly record: GenericRecord;
  readonly stored: GenericVersion;
  /** Same figures, and details the stored version lacks (records after a county sheet): stored without a conflict. */
  readonly adds?: boolean;
}

/** What a file would do to the store, before anything is written. */
export interface ImportPlan {
  readonly added: readonly { readonly spec: TableSpec; readonly record: GenericRecord }[];
  readonly changed: readonly ChangedRecord[];
  readonly unchanged: number;
}

/** Looks up the current stored version of a subject-month, or null. */
export type CurrentLookup = (spec: TableSpec, subject: string, month: string) => GenericVersion | null;

/**
 * Sorts each incoming record into new, identical to what is stored (figures compared, not sources or
 * bytes: the same figures from another file name are still the same), or changed. Equal figures whose
 * details (volume classes, breakdown) disagree are changed too; details that only add are stored merged.
 */
export function planImport(file: string, incoming: readonly IncomingRecords[], current: CurrentLookup): ImportPlan {
  const added: ImportPlan['added'][number][] = [];
  const changed: ChangedRecord[] = [];
  let unchanged = 0;
  for (const { spec, records } of incoming) {
    assertUniqueKeys(file, records);
    for (const record of records) {
      const stored = current(spec, record.subject, record.month);
      if (stored === null) added.push({ spec, record });
      else if (!figuresEqual(stored.record.figures, record.figures)) changed.push({ spec, record, stored });
      else {
        const relation = detailsRelation(stored.record.details, record.details);
        if (relation === 'same') unchanged += 1;
        else if (relation === 'differs') changed.push({ spec, record, stored });
        else changed.push({ spec, record: { ...record, details: mergedDetails(stored.record.details, record.details) }, stored, adds: true });
      }
    }
  }
  return { added, changed, unchanged };
}

/** The parser yields one record per subject-month; two would make "the stored version" ambiguous. */
function assertUniqueKeys(file: string, records: readonly GenericRecord[]): void {
  const seen = new Set<string>();
  for (const { subject, month } of records) {
    const key = `${subject}\u0000${month}`;
    if (seen.has(key)) throw new Error(`${subject} ${month} 的数据在 ${file} 中出现了不止一次，无法确定以哪一份为准`);
    seen.add(key);
  }
}

/** Whether two sets of figures are identical, field by field (exact: figures are stored exactly). */
export function figuresEqual(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...fields].every((field) => a[field] === b[field]);
}
