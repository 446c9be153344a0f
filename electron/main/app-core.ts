/**
 * The app's view of the core: the functions the handlers call, as one injected object built from the core's
 * public face (core/core-api.ts) by real-core.ts, so the same handlers run in tests over the same real core.
 */
import type { InputFile, LayoutRule, ParsedFile, Problem, Profile, QuarterId, Result } from '../core/model.ts';
import type { BoundedImportReport, BriefingArchiveInput, BriefingSnapshot, FileReport, ImportWatch, Mapping, QuarterStatistics, Reissue, SheetPreview, Store } from '../core/core-api.ts';
import type { BriefingSettingsInput } from '../shared/ipc-contract.ts';

/** One file's outcome as the pipeline reports it. */
export type CoreFileReport = FileReport;

/** A blank input workbook. */
export interface TemplateFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The core, as the desktop app uses it. */
export interface AppCore {
  readInputs(paths: readonly string[]): Promise<{ files: InputFile[]; problems: Problem[]; skipped: Problem[] }>;
  importInputs(store: Store, profile: Profile, files: readonly InputFile[], options: { replace: boolean; now: Date }): { readonly files: readonly CoreFileReport[] };
  /**
   * The core's batch loop: each file read in a worker with a time and memory limit (a hanging or huge file is refused,
   * the batch goes on), then stored whole; progress before each file, each report as it is known, stopped by `cancelled`.
   */
  importInputsBounded(store: Store, profile: Profile, files: readonly InputFile[], options: { replace: boolean; now: Date }, watch: ImportWatch): Promise<BoundedImportReport>;
  parseProfile(json: unknown): Result<Profile>;
  summariseFromStore(store: Store, profile: Profile, quarter: QuarterId): QuarterStatistics;
  /** The generated narrative paragraphs of the briefing (血液采集情况, 血液供应情况, 形势分析). */
  narrative(statistics: QuarterStatistics): readonly string[];
  /** The briefing PDF: the settings over the same defaults the CLI starts from, then the same function the CLI calls. */
  briefingPdf(profile: Profile, statistics: QuarterStatistics, settings: BriefingSettingsInput, now: Date): Promise<Uint8Array>;
  /** The settings still to fill, as the form names them: the core's missingSettings, the list `report` warns with. */
  missingSettings(profile: Profile, statistics: QuarterStatistics, settings: BriefingSettingsInput, now: Date): readonly string[];
  /** Which official faces the briefing stands in for with bundled fonts (the notice `report` prints), null when none. */
  fontNotice(): Promise<string | null>;
  /** What a briefing would be made from now: the current versions and the statistics from exactly those. */
  briefingSnapshot(store: Store, profile: Profile, quarter: QuarterId): BriefingSnapshot;
  /** The archive entry of a briefing rendered from `snapshot` with these settings (the same settings briefingPdf reads). */
  briefingArchiveEntry(profile: Profile, snapshot: BriefingSnapshot, settings: BriefingSettingsInput, now: Date, pdf: Uint8Array): Omit<BriefingArchiveInput, 'file'>;
  /** Regenerates an archived briefing from its snapshot and checks it byte for byte; null when unknown. */
  reissueBriefing(store: Store, id: number): Promise<Reissue | null>;
  tablesPdf(statistics: QuarterStatistics, now: Date): Promise<Uint8Array>;
  tablesXlsx(statistics: QuarterStatistics, now: Date): Promise<Uint8Array>;
  inputTemplates(profile: Profile | null): Promise<readonly TemplateFile[]>;
  /** The 映射 screen: a file's sheets as shown, a mapping made into a rule, and a file parsed with a profile (nothing stored). */
  sheetPreview(file: InputFile): Result<readonly SheetPreview[]>;
  ruleFromMapping(file: InputFile, mapping: Mapping, now: Date): Result<LayoutRule>;
  parseInput(file: InputFile, profile: Profile): Result<ParsedFile>;
  /** Population figures from an Excel table, for the profile editor. */
  readPopulationTable(file: InputFile, changePercent?: number): { rows: { county: string; year: string; population: number }[]; source: string | null; problems: Problem[]; warnings: Problem[] };
}
