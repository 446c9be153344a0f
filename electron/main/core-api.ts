/**
 * The core functions the handlers call, as one injected object: main wires the real core (real-core.ts),
 * and the same handlers run in tests over the same real core. Declared structurally so the handler map
 * does not depend on how the core files are split.
 */
import type { InputFile, LayoutRule, ParsedFile, Problem, Profile, QuarterId, Result } from '../core/model.ts';
import type { Mapping } from '../core/import/rule-from-mapping.ts';
import type { SheetPreview } from '../core/import/sheet-preview.ts';
import type { QuarterStatistics } from '../core/stats/quarter-statistics.ts';
import type { FileReport } from '../core/pipeline/import-report.ts';
import type { Store } from '../core/store/store.ts';
import type { BriefingSettingsInput } from '../shared/ipc-contract.ts';

/** One file's outcome as the pipeline reports it. */
export type CoreFileReport = FileReport;

/** A blank input workbook. */
export interface TemplateFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The core, as the desktop app uses it. */
export interface CoreApi {
  readInputs(paths: readonly string[]): Promise<{ files: InputFile[]; problems: Problem[]; skipped: Problem[] }>;
  importInputs(store: Store, profile: Profile, files: readonly InputFile[], options: { replace: boolean; now: Date }): { readonly files: readonly CoreFileReport[] };
  /** One file read in a worker with a time and memory limit (a hanging or huge file is refused, the app goes on), then stored. */
  importFileBounded(store: Store, profile: Profile, file: InputFile, options: { replace: boolean; now: Date }): Promise<CoreFileReport>;
  parseProfile(json: unknown): Result<Profile>;
  summariseFromStore(store: Store, profile: Profile, quarter: QuarterId): QuarterStatistics;
  /** The generated narrative paragraphs of the briefing (血液采集情况, 血液供应情况, 形势分析). */
  narrative(statistics: QuarterStatistics): readonly string[];
  /** The briefing PDF: the settings read as the CLI reads its --settings file, then the same function the CLI calls. */
  briefingPdf(profile: Profile, statistics: QuarterStatistics, settings: BriefingSettingsInput, now: Date): Promise<Uint8Array>;
  tablesPdf(statistics: QuarterStatistics, now: Date): Promise<Uint8Array>;
  tablesXlsx(statistics: QuarterStatistics, now: Date): Promise<Uint8Array>;
  inputTemplates(profile: Profile | null): Promise<readonly TemplateFile[]>;
  /** The 映射 screen: a file's sheets as shown, a mapping made into a rule, and a file parsed with a profile (nothing stored). */
  sheetPreview(file: InputFile): Result<readonly SheetPreview[]>;
  ruleFromMapping(file: InputFile, mapping: Mapping, now: Date): Result<LayoutRule>;
  parseInput(file: InputFile, profile: Profile): Result<ParsedFile>;
  /** Population figures from an Excel table, for the profile editor. */
  readPopulationTable(file: InputFile): { rows: { county: string; year: string; population: number }[]; source: string | null; problems: Problem[] };
}
