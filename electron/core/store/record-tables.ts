/**
 * Collections and supplies are stored alike: one table of versions per kind, keyed by a subject (county or
 * hospital) and a month, one column per figure. A spec per kind lets one piece of code serve both.
 */
import type { CollectionRecord, Month, SourceRef, SupplyRecord } from '../model.ts';
import { COLLECTION_FIELDS, SUPPLY_FIELDS } from '../model.ts';
import type { RecordKey } from './store.ts';

/** A record of either kind, with its figures and per-figure sources by field name. */
export interface GenericRecord {
  readonly subject: string;
  readonly month: Month;
  readonly figures: Readonly<Record<string, number>>;
  readonly sources: Readonly<Record<string, SourceRef>>;
  /** Collections only: volume classes and breakdown (CollectionRecord's optional parts), stored as JSON. */
  readonly details?: RecordDetails;
}

/** The optional parts of a collection record beside its figures. */
export type RecordDetails = Readonly<Pick<CollectionRecord, 'volumeClasses' | 'breakdown'>>;

/** How one kind of record maps onto its table. */
export interface TableSpec {
  readonly kind: RecordKey['kind'];
  readonly table: 'collection_versions' | 'supply_versions';
  readonly subject: 'county' | 'hospital';
  /** Figure field → column, in display order. */
  readonly columns: readonly { readonly field: string; readonly column: string }[];
  /** Whether the table has the JSON `details` column (migration 4). */
  readonly details: boolean;
}

/** The collection_versions table. */
export const COLLECTION_TABLE: TableSpec = {
  kind: 'collection',
  table: 'collection_versions',
  subject: 'county',
  columns: COLLECTION_FIELDS.map((field) => ({ field, column: snakeCase(field) })),
  details: true,
};

/** The supply_versions table. */
export const SUPPLY_TABLE: TableSpec = {
  kind: 'supply',
  table: 'supply_versions',
  subject: 'hospital',
  columns: SUPPLY_FIELDS.map((field) => ({ field, column: snakeCase(field) })),
  details: false,
};

function snakeCase(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** The spec of a key's kind. */
export function tableOf(kind: RecordKey['kind']): TableSpec {
  return kind === 'collection' ? COLLECTION_TABLE : SUPPLY_TABLE;
}

/** A collection record in generic form. */
export function genericCollection(record: CollectionRecord): GenericRecord {
  const generic = genericOf(record.county, record, COLLECTION_TABLE);
  const details = { ...(record.volumeClasses ? { volumeClasses: record.volumeClasses } : {}), ...(record.breakdown ? { breakdown: record.breakdown } : {}) };
  return Object.keys(details).length > 0 ? { ...generic, details } : generic;
}

/** A supply record in generic form. */
export function genericSupply(record: SupplyRecord): GenericRecord {
  return genericOf(record.hospital, record, SUPPLY_TABLE);
}

function genericOf(subject: string, record: CollectionRecord | SupplyRecord, spec: TableSpec): GenericRecord {
  const values = record as unknown as Readonly<Record<string, number>>;
  const sources = record.sources as unknown as Readonly<Record<string, SourceRef>>;
  const figures = Object.fromEntries(spec.columns.map(({ field }) => [field, values[field]]));
  return { subject, month: record.month, figures, sources: pick(sources, spec) };
}

function pick(sources: Readonly<Record<string, SourceRef>>, spec: TableSpec): Record<string, SourceRef> {
  return Object.fromEntries(spec.columns.map(({ field }) => [field, sources[field]]));
}

/** A generic record back as a typed collection record. */
export function collectionOf(record: GenericRecord): CollectionRecord {
  return { county: record.subject, month: record.month, ...record.figures, sources: record.sources, ...record.details } as unknown as CollectionRecord;
}

/** A generic record back as a typed supply record. */
export function supplyOf(record: GenericRecord): SupplyRecord {
  return { hospital: record.subject, month: record.month, ...record.figures, sources: record.sources } as unknown as SupplyRecord;
}

/** The key of a generic record of a kind. */
export function keyOf(kind: RecordKey['kind'], record: Pick<GenericRecord, 'subject' | 'month'>): RecordKey {
  return kind === 'collection'
    ? { kind, county: record.subject, month: record.month }
    : { kind, hospital: record.subject, month: record.month };
}

/** The subject (county or hospital) of a key. */
export function subjectOf(key: RecordKey): string {
  return key.kind === 'collection' ? key.county : key.hospital;
}
