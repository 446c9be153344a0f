/**
 * The local database's public interface: what the pipeline, the CLI and the desktop app may ask of it.
 * A replaced figure stays in history and every import is logged. Nothing is ever removed: deleteImport marks an
 * import deleted (what it replaced is current again), restoreVersion makes an earlier version current, and both
 * are acts in the act log that undo reverses exactly (and redo re-applies). Issued briefings are archived.
 */
import type {
  CollectionFigures, CollectionRecord, Month, ParsedFile, Problem, RecordWarning, SheetKind, SourceFile, SourceRef,
  SupplyFigures, SupplyRecord,
} from '../model.ts';

/** Identifies one county-month of collections. */
export interface CollectionKey {
  readonly kind: 'collection';
  readonly county: string;
  readonly month: Month;
}

/** Identifies one hospital-month of supplies. */
export interface SupplyKey {
  readonly kind: 'supply';
  readonly hospital: string;
  readonly month: Month;
}

/** Identifies one stored record, whose versions form its history. */
export type RecordKey = CollectionKey | SupplyKey;

/** The import that brought a version in. */
export interface ImportRef {
  /** Autoincrement id: higher is newer, whatever the clock said. */
  readonly importId: number;
  readonly file: string;
  readonly sha256: string;
  readonly importedAt: string;
}

/** One version of a county-month, current or replaced. */
export interface CollectionVersion extends ImportRef {
  /** Autoincrement id of the version: higher is newer. */
  readonly versionId: number;
  readonly current: boolean;
  readonly record: CollectionRecord;
}

/** One version of a hospital-month, current or replaced. */
export interface SupplyVersion extends ImportRef {
  readonly versionId: number;
  readonly current: boolean;
  readonly record: SupplyRecord;
}

/** One version of any stored record. */
export type RecordVersion = CollectionVersion | SupplyVersion;

/** The stored side of a conflict: the current version and where it came from. */
export interface StoredSide<F, S> {
  readonly figures: F;
  /** All the cells of the record, for a one-line mention; `sources` has them per figure. */
  readonly source: SourceRef;
  readonly sources: S;
  readonly sha256: string;
  readonly importedAt: string;
  /** Collections: the volume classes and breakdown, when stored (they count in the comparison too). */
  readonly details?: Pick<CollectionRecord, 'volumeClasses' | 'breakdown'>;
}

/** The incoming side of a conflict: the figures the refused file holds. */
export interface IncomingSide<F, S> {
  readonly figures: F;
  readonly source: SourceRef;
  readonly sources: S;
  readonly sha256: string;
  readonly details?: Pick<CollectionRecord, 'volumeClasses' | 'breakdown'>;
}

/** A county-month whose incoming figures differ from the stored ones. */
export interface CollectionConflict {
  readonly key: CollectionKey;
  readonly stored: StoredSide<CollectionFigures, CollectionRecord['sources']>;
  readonly incoming: IncomingSide<CollectionFigures, CollectionRecord['sources']>;
}

/** A hospital-month whose incoming figures differ from the stored ones. */
export interface SupplyConflict {
  readonly key: SupplyKey;
  readonly stored: StoredSide<SupplyFigures, SupplyRecord['sources']>;
  readonly incoming: IncomingSide<SupplyFigures, SupplyRecord['sources']>;
}

/** Different figures for a record already stored. */
export type Conflict = CollectionConflict | SupplyConflict;

/** What importing one file did. */
export type ImportOutcome =
  | { readonly status: 'imported'; readonly importId: number; readonly added: number; readonly replaced: number; readonly unchanged: number }
  /** Every figure identical to what is stored: a strict no-op, nothing written (not even the import log). */
  | { readonly status: 'unchanged'; readonly unchanged: number }
  /** Some figures differ from stored ones and `replace` was not given: nothing written. */
  | { readonly status: 'conflict'; readonly conflicts: readonly Conflict[] };

/** How to import a file. */
export interface ImportOptions {
  /** Store differing figures as the new current version, keeping the old one in history. */
  readonly replace: boolean;
  /** ISO 8601 time of the import (an injected clock, so tests and logs agree). */
  readonly importedAt: string;
}

/** One entry of the import log: a file that changed the store, and what it held. */
export interface ImportLogEntry extends ImportRef {
  readonly kinds: readonly SheetKind[];
  /** Records new to the store, replacing a stored version, and identical to the stored version. */
  readonly added: number;
  readonly replaced: number;
  readonly unchanged: number;
  /** Counties, hospitals and months the file held (sorted), whether new or unchanged. */
  readonly counties: readonly string[];
  readonly hospitals: readonly string[];
  readonly months: readonly Month[];
  readonly notices: readonly Problem[];
}

/** When a county-month's current figures were stored: the import time of its current version (ISO 8601). */
export interface Arrival {
  readonly county: string;
  readonly month: Month;
  readonly importedAt: string;
}

/** The local database of imported figures, import history and settings. */
export interface Store {
  /** Stores one parsed file atomically (one transaction); see {@link ImportOutcome}. */
  importFile(parsed: ParsedFile, options: ImportOptions): ImportOutcome;
  /** Current county-months in these months, ordered by month then county. */
  collections(months: readonly Month[]): CollectionRecord[];
  /** Current hospital-months in these months, ordered by month then hospital. */
  supplies(months: readonly Month[]): SupplyRecord[];
  /** Files whose current figures cover these months, oldest import first. */
  sources(months: readonly Month[]): SourceFile[];
  /** The import log, newest first. */
  imports(): ImportLogEntry[];
  /** Every version of one record, newest first (the current one, if any, comes first). */
  history(key: CollectionKey): CollectionVersion[];
  history(key: SupplyKey): SupplyVersion[];
  history(key: RecordKey): RecordVersion[];
  /** The validation rules' warnings on the records in force in these months (kept with their imports). */
  warnings(months: readonly Month[]): RecordWarning[];
  /** When each county-month of these months with current collections arrived, by month then county. */
  arrivals(months: readonly Month[]): Arrival[];
  /** Every county-month with current collections, ordered by county then month. */
  storedMonths(): { county: string; month: Month }[];
  /** What deleting an import would remove (shown before confirming); null when there is no such import. */
  planDeletion(importId: number): ImportDeletion | null;
  /** Deletes an import and all it stored, restoring what it replaced, and logs the act; null when there is no such import. */
  deleteImport(importId: number, at: string): ImportDeletion | null;
  /** Makes an earlier (or later) stored version of its record current again, as a logged, undoable act. */
  restoreVersion(kind: RecordKey['kind'], versionId: number, at: string): VersionRestore;
  /** Undoes the latest act still in effect (delete-import or restore-version); null when there is none. */
  undo(at: string): ActEntry | null;
  /** Undoes the latest undo still in effect (the act it undid is in effect again); null when there is none. */
  redo(at: string): ActEntry | null;
  /** The act log, newest first. */
  acts(): ActEntry[];
  /** Archives an issued briefing; returns its archive id. */
  archiveBriefing(entry: BriefingArchiveInput): number;
  /** The archived briefings, newest first (without their snapshots). */
  briefings(): ArchivedBriefing[];
  /** One archived briefing with its snapshots, or null. */
  briefing(id: number): ArchivedBriefingSnapshot | null;
  /** The versions of these ids (deleted imports' included: an archive may cite them), by kind. */
  versionsByIds(kind: RecordKey['kind'], ids: readonly number[]): RecordVersion[];
  /** The ids of the current versions of these months, by kind (what a briefing is made from). */
  currentVersionIds(months: readonly Month[]): { readonly collections: number[]; readonly supplies: number[] };
  /** The validation rules' warnings kept with these versions' imports (an archived briefing's, not the current ones). */
  warningsOf(ids: VersionIds): RecordWarning[];
  /** When these collection versions were stored (the arrivals an archived briefing saw). */
  arrivalsOf(collectionIds: readonly number[]): Arrival[];
  /** A JSON setting, or null when never set. */
  getSetting<T>(key: string): T | null;
  /** Stores a JSON-serialisable setting (undefined is stored as null). */
  putSetting(key: string, value: unknown): void;
  /** How this connection writes (README 数据安全): WAL with synchronous FULL for a file, so a committed import survives a power cut. */
  durability(): { readonly journalMode: string; readonly synchronous: 'OFF' | 'NORMAL' | 'FULL' | 'EXTRA' };
  close(): void;
}

/** One record an import stored, and what deleting the import does to it. */
export interface DeletedVersion {
  readonly kind: RecordKey['kind'];
  readonly subject: string;
  readonly month: string;
  /** 'previous': the version it replaced becomes current again; 'none': the month has no data afterwards; 'later': a later import's version stays current. */
  readonly afterwards: 'previous' | 'none' | 'later';
}

/** What deleting one import removes, shown before it is confirmed and logged after. */
export interface ImportDeletion {
  readonly importId: number;
  readonly file: string;
  readonly importedAt: string;
  readonly versions: readonly DeletedVersion[];
}

/** What restoring a version did: the record, the version that was current before (null: none) and the restored one. */
export interface VersionRestore {
  readonly actId: number;
  readonly key: RecordKey;
  readonly from: number | null;
  readonly to: number;
}

/** The kinds of logged act. */
export type ActKind = 'delete-import' | 'restore-version' | 'undo' | 'redo';

/** One entry of the act log. */
export interface ActEntry {
  readonly actId: number;
  readonly kind: ActKind;
  readonly at: string;
  /** One Chinese line saying what the act did. */
  readonly summary: string;
  /** For undo and redo: the act reversed. */
  readonly target: number | null;
  /** The undo (or redo) that reversed this act, while that reversal is in effect. */
  readonly undoneBy: number | null;
}

/** What archiving an issued briefing records (the snapshots as JSON-ready values). */
export interface BriefingArchiveInput {
  readonly quarter: string;
  /** "第3期" or "增刊第1期". */
  readonly issue: string;
  /** The clock the PDF was made with (ISO 8601). */
  readonly issuedAt: string;
  readonly file: string;
  /** The stored versions and files that fed it. */
  readonly inputs: BriefingInputs;
  readonly inputsSha256: string;
  readonly profile: unknown;
  readonly settings: unknown;
  readonly wordingSha256: string;
  readonly pdfSha256: string;
}

/** The stored versions (by id) and source files a briefing was made from. */
export interface BriefingInputs extends VersionIds {
  readonly sources: readonly SourceFile[];
}

/** Stored versions named by id, collection and supply apart. */
export interface VersionIds {
  readonly collections: readonly number[];
  readonly supplies: readonly number[];
}

/** An archived briefing, as listed. */
export interface ArchivedBriefing {
  readonly id: number;
  readonly quarter: string;
  readonly issue: string;
  readonly issuedAt: string;
  readonly file: string;
  readonly inputsSha256: string;
  readonly wordingSha256: string;
  readonly pdfSha256: string;
}

/** An archived briefing with the snapshots a reissue needs. */
export interface ArchivedBriefingSnapshot extends ArchivedBriefing {
  readonly inputs: BriefingInputs;
  readonly profile: unknown;
  readonly settings: unknown;
}

/** What a database (or a backup of one) holds, read-only, for the confirmation before a restore. */
export interface DatabaseSummary {
  readonly path: string;
  readonly bytes: number;
  /** Imports in force (deleted ones not counted). */
  readonly imports: number;
  /** The newest import: file and time; null when none. */
  readonly latestImport: { readonly file: string; readonly importedAt: string } | null;
  /** Earliest and latest month with current collections; null when none. */
  readonly months: { readonly from: string; readonly to: string } | null;
  readonly counties: number;
  /** Briefings archived (0 in a backup made before the archive existed). */
  readonly briefings: number;
}
