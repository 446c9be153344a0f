/** 生成简报: settings, the quarter's figures and narrative, the PDF preview, export and the summary tables. */
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Profile, QuarterId } from '../../core/model.ts';
import { defaultBriefingSettings, issueSettingsOf, parseQuarter, quarterLabel, quarterMonths, type BriefingArchiveInput, type QuarterStatistics } from '../../core/core-api.ts';
import type { BriefingSettingsInput, ConflictView, ExportRecord, IpcContract, RenderedPdf, Written } from '../../shared/ipc-contract.ts';
import type { SavePurpose } from '../dialogs.ts';
import { UserError } from '../user-error.ts';
import { addExport, readBriefingSettings, readExports, readFolders, readPending, readProfile, rememberFolder, writeBriefingSettings } from './app-settings.ts';
import type { HandlerDeps } from './handler-deps.ts';
import { requireProfile } from './input-handlers.ts';
import { createPdfCache, type PdfCache } from './pdf-cache.ts';

type BriefingHandlers = Pick<IpcContract,
  'getBriefingSettings' | 'saveBriefingSettings' | 'getQuarterView' | 'renderBriefing' | 'renderTables' | 'exportPdf' | 'exportTablesXlsx'>;

/** The handlers of the briefing screen. */
export function briefingHandlers(deps: HandlerDeps): BriefingHandlers {
  const cache = createPdfCache();
  // What each previewed PDF is, so its export can be listed under 最近导出 (期号, printed date).
  const made = new Map<string, Omit<ExportRecord, 'path' | 'at'>>();
  // The archive entry of each previewed briefing: exporting it is issuing it (已发简报).
  const archives = new Map<string, Omit<BriefingArchiveInput, 'file'>>();
  return {
    getBriefingSettings: async ({ quarter }) => settingsOf(deps, quarter),
    saveBriefingSettings: async ({ quarter, settings }) => {
      writeBriefingSettings(deps.store, quarter, settings);
      return { ok: true };
    },
    getQuarterView: async ({ quarter }) => {
      const summary = summarise(deps, quarter);
      return { summary, narrative: deps.core.narrative(summary), pendingConflicts: pendingIn(deps, quarter), recentExports: readExports(deps.store) };
    },
    renderBriefing: async ({ quarter, settings }) => {
      const { pdf, archive } = await renderBriefing(deps, cache, quarter, settings);
      archives.set(pdf.token, archive);
      made.set(pdf.token, { kind: 'briefing', quarter, issue: issueLabel(settings), date: settings.date === '' ? localDate(deps.now()) : settings.date });
      return pdf;
    },
    renderTables: async ({ quarter }) => {
      const pdf = await renderTables(deps, cache, quarter);
      made.set(pdf.token, { kind: 'tables', quarter, issue: null, date: null });
      return pdf;
    },
    exportPdf: async ({ token }) => {
      const written = await exportPdf(deps, cache, token);
      const what = made.get(token);
      if (written.path !== null && what !== undefined) addExport(deps.store, { ...what, path: written.path, at: deps.now().toISOString() });
      const archive = archives.get(token);
      if (written.path !== null && archive !== undefined) deps.store.archiveBriefing({ ...archive, file: written.path });
      return written;
    },
    exportTablesXlsx: async ({ quarter }) => {
      const written = await exportXlsx(deps, quarter);
      if (written.path !== null) addExport(deps.store, { kind: 'xlsx', quarter, issue: null, date: null, path: written.path, at: deps.now().toISOString() });
      return written;
    },
  };
}

/** "第1期", or "增刊第1期" for a supplement (numbered separately, domain.md). */
function issueLabel(settings: BriefingSettingsInput): string {
  return `${settings.supplement ? '增刊' : ''}第${settings.issueNumber}期`;
}

/** The local calendar date of `now` as "YYYY-MM-DD" (the masthead's date when none is set). */
function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The quarter's saved settings, or defaults: the station as 编印单位, dated on the day of export, and the 期号
 * proposed from the briefings already issued that year (期号 counts issues, not quarters).
 */
export function settingsOf(deps: HandlerDeps, quarter: QuarterId): BriefingSettingsInput {
  const defaults = { ...defaultSettings(readProfile(deps.store), quarter, deps.now()), issueNumber: nextIssueNumber(readExports(deps.store), quarter) };
  return readBriefingSettings(deps.store, quarter, defaults) ?? defaults;
}

/** One more than the highest 期号 exported for a briefing of the same year (增刊 counted apart), else 1. */
export function nextIssueNumber(exports: readonly ExportRecord[], quarter: QuarterId): number {
  const year = quarter.slice(0, 4);
  const issued = exports.filter((e) => e.kind === 'briefing' && e.quarter.startsWith(year) && e.issue !== null && !e.issue.startsWith('增刊'))
    .map((e) => Number(/第(\d+)期/.exec(e.issue ?? '')?.[1] ?? 0));
  return issued.length === 0 ? 1 : Math.max(...issued) + 1;
}

/** The core's defaults (the same the CLI starts from), in their serialised form; an empty date means the day of export. */
function defaultSettings(profile: Profile | null, quarter: QuarterId, now: Date): BriefingSettingsInput {
  return issueSettingsOf(defaultBriefingSettings(profile ?? { station: '', region: '', counties: [], hospitals: [], targets: {} }, quarter, now));
}

function summarise(deps: HandlerDeps, quarter: QuarterId): QuarterStatistics {
  return deps.core.summariseFromStore(deps.store, requireProfile(deps), quarter);
}

/** A quarter with no stored collections has nothing to brief on. */
function summariseWithData(deps: HandlerDeps, quarter: QuarterId): QuarterStatistics {
  const summary = summarise(deps, quarter);
  if (summary.sources.length === 0) throw new UserError(`${labelOf(quarter)}尚无已导入的数据，请先在“数据导入”页导入报表。`);
  return summary;
}

/** Undecided conflicts of the quarter's months: a newer file waits for 替换/保留, so the briefing would state the old figure. */
function pendingIn(deps: HandlerDeps, quarter: QuarterId): ConflictView[] {
  const parsed = parseQuarter(quarter);
  const months = new Set<string>(parsed === null ? [] : quarterMonths(parsed));
  return readPending(deps.store).flatMap((p) => p.conflicts).filter((c) => months.has(c.month));
}

function labelOf(quarter: QuarterId): string {
  const parsed = parseQuarter(quarter);
  return parsed === null ? quarter : quarterLabel(parsed);
}

/**
 * The briefing from the versions current now, and its archive entry: the figures are computed from exactly the
 * versions the entry names, so a reissue from the archive gives these bytes again.
 */
async function renderBriefing(deps: HandlerDeps, cache: PdfCache, quarter: QuarterId, settings: BriefingSettingsInput): Promise<{ pdf: RenderedPdf; archive: Omit<BriefingArchiveInput, 'file'> }> {
  summariseWithData(deps, quarter);
  const profile = requireProfile(deps);
  const snapshot = deps.core.briefingSnapshot(deps.store, profile, quarter);
  const now = deps.now();
  deps.push({ task: 'render', done: 0, total: 1 });
  const bytes = await deps.core.briefingPdf(profile, snapshot.statistics, settings, now);
  deps.push({ task: 'render', done: 1, total: 1 });
  const missing = deps.core.missingSettings(profile, snapshot.statistics, settings, now);
  const fontNotice = await deps.core.fontNotice();
  return { pdf: { ...cache.put(bytes, `${labelOf(quarter)}${settings.name}.pdf`), missingSettings: missing, fontNotice }, archive: deps.core.briefingArchiveEntry(profile, snapshot, settings, now, bytes) };
}

async function renderTables(deps: HandlerDeps, cache: PdfCache, quarter: QuarterId): Promise<RenderedPdf> {
  const bytes = await deps.core.tablesPdf(summariseWithData(deps, quarter), deps.now());
  return cache.put(bytes, `${labelOf(quarter)}汇总表.pdf`);
}

/** Writes the previewed bytes where the user says, then opens the file (issue 4: "export, then open it"). */
async function exportPdf(deps: HandlerDeps, cache: PdfCache, token: string): Promise<Written> {
  const pdf = cache.get(token);
  if (pdf === undefined) throw new UserError('预览已过期，请重新生成预览后再导出。');
  const written = await saveBytes(deps, 'pdf', pdf.fileName, pdf.bytes);
  if (written.path !== null) await deps.dialogs.openPath(written.path);
  return written;
}

async function exportXlsx(deps: HandlerDeps, quarter: QuarterId): Promise<Written> {
  const bytes = await deps.core.tablesXlsx(summariseWithData(deps, quarter), deps.now());
  return saveBytes(deps, 'xlsx', `${labelOf(quarter)}汇总表.xlsx`, bytes);
}

/** Asks where to save (in the folder last used for exports), writes the bytes and remembers the folder. */
export async function saveBytes(deps: HandlerDeps, purpose: SavePurpose, fileName: string, bytes: Uint8Array): Promise<Written> {
  const path = await deps.dialogs.saveFile(purpose, join(readFolders(deps.store).exports ?? '', fileName));
  if (path === null) return { path: null };
  await writeFile(path, bytes);
  rememberFolder(deps.store, 'exports', dirname(path));
  return { path };
}
