/**
 * The one typed IPC contract between the renderer and the main process, declared once and shared by
 * main (handlers + validators), preload (one named method per channel) and renderer (calls).
 * Types only, so the sandboxed preload and the renderer bundle import nothing at run time from here
 * (pattern of GitHub Desktop's app/src/lib/ipc-shared.ts: a channel → signature map).
 */
import type { Mapping, SheetPreview } from '../core/import/mapping-types.ts';
import type { CollectionFigures, LayoutRule, Month, Problem, Profile, QuarterId, QuarterSummary, SheetKind, SourceRef, SupplyFigures } from '../core/model.ts';
import type { FileReport } from '../core/pipeline/import-report.ts';
import type { IssueSettings } from '../core/settings/issue-settings.ts';
import type { ActKind, DatabaseSummary, ImportDeletion, ImportLogEntry } from '../core/store/store.ts';
import type { DueState } from '../core/period/report-deadline.ts';

/** What a handler sends back over the wire: a value or a Chinese message, never a stack trace. */
export type Envelope<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** Facts the window shows in its status bar and uses for defaults. */
export interface AppInfo {
  readonly version: string;
  /** Where the database lives (the user data folder). */
  readonly dataFolder: string;
  /** The last complete quarter at start-up: the default for a briefing. */
  readonly defaultQuarter: QuarterId;
  /** Years that have stored figures, newest first (for the overview's year picker). */
  readonly years: readonly number[];
  readonly hasProfile: boolean;
}

/** One side of a conflict: the figures and where they came from. */
export interface ConflictSide {
  readonly figures: Readonly<Record<string, number>>;
  readonly source: SourceRef;
  readonly importedAt?: string;
}

/** A county-month (or hospital-month) whose incoming figures differ from the stored ones. */
export interface ConflictView {
  readonly kind: SheetKind;
  /** County or hospital. */
  readonly subject: string;
  readonly month: Month;
  readonly message: string;
  readonly stored: ConflictSide;
  readonly incoming: ConflictSide;
}

/** The outcome of one file of an import batch (the ✓ / ✗ / ⚠ line of the result list): the pipeline's report, conflicts made plain. */
export type FileResult = Omit<FileReport, 'conflicts' | 'added' | 'replaced'> & { readonly conflicts: readonly ConflictView[] };

/** The outcome of an import batch; `problems` are paths that could not be read at all, `skipped` the files in folders that are not reports. */
export interface ImportResult {
  readonly files: readonly FileResult[];
  readonly problems: readonly Problem[];
  readonly skipped: readonly Problem[];
  /** Set when the user cancelled: the files of the batch not imported (those in `files` are saved). */
  readonly cancelled?: readonly string[];
}

/** The state of one county-month in the completeness matrix. */
export type CellStatus = 'received' | 'missing' | 'conflict';

/**
 * Whether a month's report is owed yet, on the clock of main: 'notDue' while the month is running,
 * 'due' from its end until the deadline, 'overdue' after it (DHIS2 reporting timeliness; the core's one rule).
 */
export type { DueState };

/** Something a check found on one county-month, as a line for the cell's tooltip and detail panel. */
export interface CellCheck {
  readonly county: string;
  readonly month: Month;
  /** 'warning': a validation rule's stored warning; 'outlier': far from last year's month and the trailing mean. */
  readonly kind: 'warning' | 'outlier';
  readonly text: string;
}

/** The county × month completeness matrix of one year. */
export interface Overview {
  readonly year: number;
  readonly months: readonly Month[];
  readonly counties: readonly string[];
  /** statuses[countyIndex][monthIndex]. */
  readonly statuses: readonly (readonly CellStatus[])[];
  readonly received: number;
  readonly expected: number;
  /** dueStates[monthIndex]: the same for every county. */
  readonly dueStates: readonly DueState[];
  /** The reporting deadline: day N of the month after (shown in the legend). */
  readonly deadlineDay: number;
  /** The supply department's report per month (received when any hospital's figures for it are stored). */
  readonly supply: readonly CellStatus[];
  /** arrivedOn[countyIndex][monthIndex]: the China day the current figures arrived ("2025-03-14"), null when not received. */
  readonly arrivedOn: readonly (readonly (string | null)[])[];
  /** late[countyIndex][monthIndex]: received after the month's due date (次月{deadlineDay}日). */
  readonly late: readonly (readonly boolean[])[];
  /** Each month's due date ("2025-02-10"). */
  readonly dueDates: readonly string[];
  /** The checks' findings on the year's county-months (stored warnings, outliers), by month then county. */
  readonly checks: readonly CellCheck[];
}

/** One stored version of a county-month, current or replaced. */
export interface VersionView {
  /** The number restoreVersion takes. */
  readonly versionId: number;
  readonly current: boolean;
  readonly file: string;
  readonly sha256: string;
  readonly importedAt: string;
  readonly figures: CollectionFigures;
}

/** Everything known about one county-month: figures with their cells, history, and a pending conflict. */
export interface CellDetail {
  readonly county: string;
  readonly month: Month;
  readonly figures: CollectionFigures | null;
  readonly sources: Readonly<Record<string, SourceRef>> | null;
  readonly history: readonly VersionView[];
  readonly conflicts: readonly ConflictView[];
  /** When the current figures arrived (ISO 8601) and the month's due date ("2025-02-10"); arrivedAt null when not received. */
  readonly arrivedAt: string | null;
  readonly dueDate: string;
  /** Whether it arrived after the due date (the core's rule, China calendar); false when not received. */
  readonly late: boolean;
  /** The checks' findings on this county-month. */
  readonly checks: readonly CellCheck[];
}

/** One line of the import history: the store's log entry without its internal id and notices. */
export type ImportLogView = Omit<ImportLogEntry, 'importId' | 'notices'>;

/** Saving something the user typed: done, or the problems to show next to the form. */
export type SaveResult = { readonly ok: true } | { readonly ok: false; readonly problems: readonly Problem[] };

/** A profile read from a file the user chose, not yet saved: the editor shows it for review. */
export interface LoadedProfile {
  readonly file: string | null;
  readonly profile: Profile | null;
  readonly problems: readonly Problem[];
}

/** Population figures read from an Excel table (区县 × 年份 → 常住人口), merged into the editor by the user. */
export interface LoadedPopulation {
  readonly file: string | null;
  readonly rows: readonly { readonly county: string; readonly year: string; readonly population: number }[];
  readonly source: string | null;
  readonly problems: readonly Problem[];
  /** One-year changes beyond the threshold (e.g. 10 %): the figures are read as given, these say what to check. */
  readonly warnings: readonly Problem[];
}

/**
 * The briefing's editable settings (masthead, tail, free text): the core's one serialised form of an issue's
 * settings, the same value the form edits, the handlers receive, the store keeps and the CLI reads from --settings.
 */
export type BriefingSettingsInput = IssueSettings;

/** The figures of a quarter and the narrative generated from them. */
export interface QuarterView {
  readonly summary: QuarterSummary;
  /** Paragraphs of generated text, in reading order. */
  readonly narrative: readonly string[];
  /** Undecided conflicts in the quarter's months: the briefing still uses the stored figures for these. */
  readonly pendingConflicts: readonly ConflictView[];
  /** The last files exported from 生成简报 (any quarter), newest first: the briefings issued and the tables. */
  readonly recentExports: readonly ExportRecord[];
}

/** One file written by an export: what it was, for which quarter, and, for a briefing, its 期号 and printed date. */
export interface ExportRecord {
  readonly kind: 'briefing' | 'tables' | 'xlsx';
  readonly quarter: QuarterId;
  readonly path: string;
  /** When it was written (ISO time). */
  readonly at: string;
  /** "第1期" or "增刊第1期"; null for the tables. */
  readonly issue: string | null;
  /** The date printed in the masthead, "YYYY-MM-DD"; null for the tables. */
  readonly date: string | null;
}

/** A rendered PDF held by main: the exact bytes, shown in the preview and written on export. */
export interface RenderedPdf {
  /** Names these bytes for a later export, so the file written is the file previewed. */
  readonly token: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
  readonly fileName: string;
  /** For a briefing: the settings of the issue still to fill, as the form names them (the core's list the CLI warns with). */
  readonly missingSettings?: readonly string[];
  /** For a briefing: which official faces were stood in for by the bundled fonts, and how to install them; null when none. */
  readonly fontNotice?: string | null;
}

/** Where a file was written; null when the user cancelled the save dialog. */
export interface Written {
  readonly path: string | null;
}

/** The blank input workbooks written to a folder the user chose. */
export interface TemplatesWritten {
  readonly folder: string | null;
  readonly files: readonly string[];
}

/** What staff pointed at on the 映射 screen (see core/import/rule-from-mapping.ts). */
export type MappingInput = Mapping;

/** The sheets of a file as the 映射 screen shows them. */
export interface SheetPreviewView {
  readonly file: string;
  readonly sheets: readonly SheetPreview[];
  /** Counties of the profile, for the county picker. */
  readonly counties: readonly string[];
}

/** What a mapping would store: the rule and the county-months read with it, or the problems found. */
export interface MappingPreview {
  readonly rule: LayoutRule | null;
  readonly records: readonly { readonly county: string; readonly month: Month; readonly figures: CollectionFigures; readonly cells: Readonly<Record<string, readonly string[]>> }[];
  readonly problems: readonly Problem[];
}

/** One import as 数据管理 lists it: the log entry with its number (for 删除). */
export type ImportRow = Omit<ImportLogEntry, 'notices'>;

/** One entry of the act log (删除导入, 恢复版本, 撤销, 重做). */
export interface ActView {
  readonly actId: number;
  readonly kind: ActKind;
  readonly at: string;
  readonly summary: string;
  /** Reversed by a later undo (or redo) that is in effect. */
  readonly undone: boolean;
}

/** An automatic backup beside the database. */
export interface BackupFileView {
  readonly path: string;
  readonly name: string;
  /** When it was taken (ISO time). */
  readonly at: string;
  readonly bytes: number;
}

/** An issued briefing in the archive. */
export interface ArchivedBriefingView {
  readonly id: number;
  readonly quarter: QuarterId;
  readonly issue: string;
  readonly issuedAt: string;
  readonly file: string;
  readonly pdfSha256: string;
}

/** Everything the 数据管理 screen shows. */
export interface DataOverview {
  /** The database file; null for an in-memory one (no backups then). */
  readonly databaseFile: string | null;
  readonly imports: readonly ImportRow[];
  readonly acts: readonly ActView[];
  /** What 撤销 / 重做 would reverse, as the act's one line; null when there is nothing. */
  readonly nextUndo: string | null;
  readonly nextRedo: string | null;
  /** The automatic backups, newest first. */
  readonly backups: readonly BackupFileView[];
  readonly briefings: readonly ArchivedBriefingView[];
}

/** What deleting an import removes, shown before confirming. */
export type ImportDeletionView = ImportDeletion;

/** What a restore from a backup would replace: the backup's contents against the database's now. */
export interface BackupChoice {
  readonly backup: DatabaseSummary;
  readonly current: DatabaseSummary | null;
}

/** Channel → (argument) → Promise<result>. Every channel takes exactly one plain-object argument. */
export interface IpcContract {
  getAppInfo(args: Record<string, never>): Promise<AppInfo>;
  chooseInputs(args: { readonly mode: 'files' | 'folder' }): Promise<readonly string[]>;
  registerDropped(args: { readonly paths: readonly string[] }): Promise<readonly string[]>;
  importInputs(args: { readonly paths: readonly string[]; readonly replace: boolean }): Promise<ImportResult>;
  resolveConflict(args: { readonly file: string; readonly choice: 'replace' | 'keep' }): Promise<FileResult | null>;
  /** Stops a running import after the file in hand (each file is saved whole or not at all); false when none runs. */
  cancelImport(args: Record<string, never>): Promise<boolean>;
  getOverview(args: { readonly year: number }): Promise<Overview>;
  getCellDetail(args: { readonly county: string; readonly month: Month }): Promise<CellDetail>;
  getImportHistory(args: Record<string, never>): Promise<readonly ImportLogView[]>;
  getProfile(args: Record<string, never>): Promise<Profile | null>;
  saveProfile(args: { readonly profile: unknown }): Promise<SaveResult>;
  importProfileFile(args: Record<string, never>): Promise<LoadedProfile>;
  exportProfileFile(args: { readonly profile: unknown }): Promise<Written>;
  importPopulationFile(args: Record<string, never>): Promise<LoadedPopulation>;
  getBriefingSettings(args: { readonly quarter: QuarterId }): Promise<BriefingSettingsInput>;
  saveBriefingSettings(args: { readonly quarter: QuarterId; readonly settings: BriefingSettingsInput }): Promise<SaveResult>;
  getQuarterView(args: { readonly quarter: QuarterId }): Promise<QuarterView>;
  /** The settings on screen go straight to the rendering (the screen saves them too, but the PDF does not read them back). */
  renderBriefing(args: { readonly quarter: QuarterId; readonly settings: BriefingSettingsInput }): Promise<RenderedPdf>;
  renderTables(args: { readonly quarter: QuarterId }): Promise<RenderedPdf>;
  exportPdf(args: { readonly token: string }): Promise<Written>;
  exportTablesXlsx(args: { readonly quarter: QuarterId }): Promise<Written>;
  saveTemplates(args: Record<string, never>): Promise<TemplatesWritten>;
  saveLayouts(args: { readonly layouts: readonly unknown[] }): Promise<SaveResult>;
  testLayoutRule(args: { readonly name: string; readonly file: string }): Promise<MappingPreview>;
  /** Per rule name, how many stored files it read (figures currently in force). */
  getLayoutUses(args: Record<string, never>): Promise<Readonly<Record<string, number>>>;
  getSheetPreview(args: { readonly file: string }): Promise<SheetPreviewView>;
  previewMapping(args: { readonly file: string; readonly mapping: MappingInput }): Promise<MappingPreview>;
  saveMapping(args: { readonly file: string; readonly mapping: MappingInput }): Promise<FileResult>;
  /** 数据管理: imports, the act log, automatic backups and the briefing archive. */
  getDataOverview(args: Record<string, never>): Promise<DataOverview>;
  /** What deleting an import would remove (nothing is changed). */
  planDeleteImport(args: { readonly importId: number }): Promise<ImportDeletionView>;
  /** Deletes an import after a rolling backup; a logged act that 撤销 reverses. */
  deleteImport(args: { readonly importId: number }): Promise<ImportDeletionView>;
  /** Makes a stored version of a county-month current again; a logged act that 撤销 reverses. */
  restoreVersion(args: { readonly kind: 'collection' | 'supply'; readonly versionId: number }): Promise<ActView>;
  /** Undoes the latest delete or restore still in effect; null when there is none. */
  undoAct(args: Record<string, never>): Promise<ActView | null>;
  /** Redoes the latest undo; null when there is none. */
  redoAct(args: Record<string, never>): Promise<ActView | null>;
  /** Writes a backup of the database where the user says (VACUUM INTO). */
  backupDatabase(args: Record<string, never>): Promise<Written>;
  /**
   * Describes a backup against the database, for the confirmation: one of the automatic backups (`path`), or a
   * file the user picks in a dialog (`path` null); null when the dialog is cancelled.
   */
  chooseBackup(args: { readonly path: string | null }): Promise<BackupChoice | null>;
  /** Replaces the database's contents with a chosen (or automatic) backup, after backing up the current ones. */
  restoreBackup(args: { readonly path: string }): Promise<{ readonly savedAs: string | null }>;
  /** Regenerates an archived briefing byte for byte and saves it where the user says. */
  reissueBriefing(args: { readonly id: number }): Promise<Written>;
}

/** A channel name. */
export type Channel = keyof IpcContract;

/** The argument of a channel. */
export type ArgsOf<C extends Channel> = Parameters<IpcContract[C]>[0];

/** The resolved result of a channel. */
export type ResultOf<C extends Channel> = Awaited<ReturnType<IpcContract[C]>>;

/** Progress of long work, pushed from main to the window (main → renderer only). */
export interface Progress {
  readonly task: 'import' | 'render';
  readonly done: number;
  readonly total: number;
  /** The file being worked on, when there is one. */
  readonly current?: string;
}

/** The one push channel (main → renderer). */
export const PROGRESS_CHANNEL = 'progress';

/**
 * What the preload exposes as `window.bloodBrief`: one named method per channel, plus the two things only
 * the preload can do — turn dropped File objects into paths, and subscribe to progress.
 */
export type BloodBriefApi = { readonly [C in Exclude<Channel, 'registerDropped'>]: IpcContract[C] } & {
  /** Paths of files/folders dropped on the window (Electron's webUtils.getPathForFile), registered as user-chosen. */
  registerDropped(files: readonly File[]): Promise<readonly string[]>;
  /** Calls `listener` on every progress event; returns the unsubscribe function. */
  onProgress(listener: (progress: Progress) => void): () => void;
};
