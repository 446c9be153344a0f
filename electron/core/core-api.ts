/**
 * The core's public face: the one module the CLI and the desktop shell import from the core (besides the
 * model's types in model.ts), as Electron Fiddle keeps its domain behind a small API. Everything here is plain
 * Node — no Electron, no DOM — so the command line and the app run the same pipeline: bytes → records →
 * quarterly statistics → briefing → layout → PDF. architecture.test.ts enforces that nothing else is reached.
 *
 * Light functions are exported as they are. The heavy parts (the spreadsheet reader, fonts, pdfkit, charts,
 * exceljs) are loaded on first use, so `blood-brief --help` starts in Node's own time and `import` never loads
 * the PDF code.
 */
import type { InputFile, Profile } from './model.ts';
import type { FontSet, FontSettings } from './fonts/font-types.ts';
import type { BoundedParser } from './import/bounded-parser.ts';
import type { ImportOptions } from './pipeline/store-parsed.ts';
import type { BoundedImportReport, ImportWatch } from './pipeline/import-inputs-bounded.ts';
import type { BriefingSettings } from './briefing/briefing-settings.ts';
import type { PdfOptions } from './pipeline/briefing-pdf.ts';
import type { QuarterStatistics } from './stats/quarter-statistics.ts';
import type { Store } from './store/store.ts';

// Reading what counties send
export { INPUT_EXTENSIONS, readInputs } from './io/read-inputs.ts';
export { boundedParser, PARSE_LIMITS } from './import/bounded-parser.ts';
export type { BoundedParser, ParseLimits } from './import/bounded-parser.ts';
export type { Mapping, SheetPreview } from './import/mapping-types.ts';

// The local database and keeping it safe
export { openStore } from './store/open-store.ts';
export type {
  ActEntry, ArchivedBriefing, BriefingArchiveInput, Conflict, DeletedVersion, ImportDeletion, ImportLogEntry, RecordKey, RecordVersion, Store, VersionRestore,
} from './store/store.ts';
export { backupDatabase, backupFolder, listBackups, restoreDatabase, rollingBackup } from './store/backup-database.ts';
export { describeDatabase, type DatabaseSummary } from './store/describe-database.ts';
export { nextReversals } from './store/act-log.ts';
export type { FileReport, ImportReport } from './pipeline/import-report.ts';
export type { BoundedImportReport, ImportProgress, ImportWatch } from './pipeline/import-inputs-bounded.ts';

// The station profile
export { parseProfile } from './profile/parse-profile.ts';

// Quarters and periods
export { lastCompleteQuarter, monthId, parseQuarter, quarterId, quarterLabel, quarterMonths } from './period/quarter.ts';
export { chinaDay, parseDay } from './period/china-time.ts';

// Quarterly statistics
export { summariseFromStore } from './pipeline/summarise-from-store.ts';
export { completenessMatrix } from './stats/completeness-matrix.ts';
export { regionCounties } from './stats/summarise-quarter.ts';
export type { QuarterStatistics } from './stats/quarter-statistics.ts';

// The briefing's settings, wording and fonts
export { defaultBriefingSettings } from './briefing/briefing-settings.ts';
export type { BriefingSettings } from './briefing/briefing-settings.ts';
export { parseReportSettings } from './settings/parse-report-settings.ts';
export { issueSettingsOf, parseIssueSettings, resolveIssueSettings } from './settings/issue-settings.ts';
export type { ReportSettings } from './settings/parse-report-settings.ts';
export { missingSettings, missingSettingsWarning } from './settings/missing-settings.ts';
export { fontFallbackNotice } from './settings/font-fallback-notice.ts';
export { starterSettings } from './settings/starter-settings.ts';
export { DEFAULT_CHECKS } from './settings/check-settings.ts';
export { dueDate, dueState } from './period/report-deadline.ts';
export type { DueState } from './period/report-deadline.ts';
export { findOutliers } from './stats/find-outliers.ts';
export type { Outlier } from './stats/find-outliers.ts';
export { describeOutlier } from './format/describe-outlier.ts';
export type { FontSet, FontSettings } from './fonts/font-types.ts';
export { FontError } from './fonts/font-error.ts';

// Presenting
export { formatMonth } from './format/format-dates.ts';
export { COLLECTION_LABELS, SUPPLY_LABELS } from './figure-labels.ts';
export { assertNever } from './util/assert-never.ts';

/** Imports a batch through a bounded parser, with progress, each file's report as it is known, and cancellation (pipeline/import-inputs-bounded.ts). */
export async function importInputsBounded(store: Store, profile: Profile, files: readonly InputFile[], options: ImportOptions, parser: BoundedParser, watch?: ImportWatch): Promise<BoundedImportReport> {
  return (await import('./pipeline/import-inputs-bounded.ts')).importInputsBounded(store, profile, files, options, parser, watch);
}

/** The fonts by role, as the briefing would use them (fonts/load-fonts.ts). */
export async function loadFonts(settings?: FontSettings): Promise<ReturnType<typeof import('./fonts/load-fonts.ts').loadFonts>> {
  return (await import('./fonts/load-fonts.ts')).loadFonts(settings);
}

/**
 * Loads the briefing's PDF code (pdfkit, fontkit, layout) and resolves its fonts ahead of need, for a caller that
 * would otherwise wait: the CLI does it while the worker thread reads the input files.
 */
export async function prepareBriefingPdf(settings?: FontSettings): Promise<FontSet> {
  // In steps (fontkit, pdfkit, the layout), each its own turn of the event loop, so the thread answers the worker
  // between them instead of leaving it idle for the whole load.
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  const steps = [() => import('./fonts/load-fonts.ts'), () => import('./pdf/render-pdf.ts'), () => import('./pipeline/briefing-pdf.ts')];
  for (const step of steps) {
    await step();
    await turn();
  }
  const fonts = (await import('./fonts/load-fonts.ts')).loadFonts(settings);
  const { warmFace } = await import('./fonts/warm-face.ts');
  for (const face of new Set(Object.values(fonts.faces).map((f) => f.font))) {
    await turn();
    warmFace(face);
  }
  return fonts;
}

/** The quarterly briefing as PDF bytes (pipeline/briefing-pdf.ts). */
export async function briefingPdf(statistics: QuarterStatistics, settings: BriefingSettings, options?: PdfOptions): Promise<Uint8Array> {
  return (await import('./pipeline/briefing-pdf.ts')).briefingPdf(statistics, settings, options);
}

export { briefingArchiveEntry, briefingSnapshot, type BriefingSnapshot } from './pipeline/briefing-snapshot.ts';
export type { Reissue } from './pipeline/issue-briefing.ts';

/** Makes a quarter's briefing for issue, with the archive entry that can remake it (pipeline/issue-briefing.ts). */
export async function issueBriefing(...args: Parameters<typeof import('./pipeline/issue-briefing.ts').issueBriefing>): ReturnType<typeof import('./pipeline/issue-briefing.ts').issueBriefing> {
  return (await import('./pipeline/issue-briefing.ts')).issueBriefing(...args);
}

/** Regenerates an archived briefing from its snapshot and checks it byte for byte (pipeline/issue-briefing.ts). */
export async function reissueBriefing(...args: Parameters<typeof import('./pipeline/issue-briefing.ts').reissueBriefing>): ReturnType<typeof import('./pipeline/issue-briefing.ts').reissueBriefing> {
  return (await import('./pipeline/issue-briefing.ts')).reissueBriefing(...args);
}

/** The county and hospital tables as a landscape PDF (pipeline/tables-output.ts). */
export async function tablesPdf(statistics: QuarterStatistics, now: Date): Promise<Uint8Array> {
  return (await import('./pipeline/tables-output.ts')).tablesPdf(statistics, now);
}

/** The same tables as a formatted .xlsx (pipeline/tables-output.ts). */
export async function tablesWorkbook(statistics: QuarterStatistics, now: Date): Promise<Uint8Array> {
  return (await import('./pipeline/tables-output.ts')).tablesWorkbook(statistics, now);
}

/** The blank input workbooks for counties and the supply department (input-templates/input-templates.ts). */
export async function inputTemplates(profile?: Profile): ReturnType<typeof import('./input-templates/input-templates.ts').inputTemplates> {
  return (await import('./input-templates/input-templates.ts')).inputTemplates(profile);
}

/**
 * The synchronous functions the desktop app calls (parse, import, the 映射 screen, population tables, the
 * briefing's generated text), loaded once: the app awaits this at start-up, the CLI never needs them.
 */
export async function loadReader() {
  const [parse, imports, preview, mapping, population, narrative] = await Promise.all([
    import('./import/parse-input.ts'), import('./pipeline/import-inputs.ts'), import('./import/sheet-preview.ts'),
    import('./import/rule-from-mapping.ts'), import('./profile/read-population-table.ts'), import('./briefing/briefing-narrative.ts'),
  ]);
  return {
    briefingNarrative: narrative.briefingNarrative,
    parseInput: parse.parseInput,
    importInputs: imports.importInputs,
    sheetPreview: preview.sheetPreview,
    ruleFromMapping: mapping.ruleFromMapping,
    readPopulationTable: population.readPopulationTable,
  };
}
