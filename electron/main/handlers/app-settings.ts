/**
 * The app's own settings, kept in the store's settings table next to the figures (one database to back up):
 * the profile, the briefing settings, the last folders used, and conflicts the user has not decided yet.
 */
import type { Profile } from '../../core/model.ts';
import { parseIssueSettings, type Store } from '../../core/core-api.ts';
import type { BriefingSettingsInput, ConflictView, ExportRecord } from '../../shared/ipc-contract.ts';
import type { QuarterId } from '../../core/model.ts';

const PROFILE = 'profile';
/** Briefing settings per quarter: each issue has its own 期号, 版记 and free text. */
const BRIEFING = 'briefingSettingsByQuarter';
const FOLDERS = 'lastFolders';
const PENDING = 'pendingConflicts';
const EXPORTS = 'exportLog';
/** How many exports 生成简报 lists. */
const EXPORTS_KEPT = 12;

/** The folder last used for each kind of dialog, so the next dialog opens there. */
export interface LastFolders {
  readonly inputs?: string;
  readonly exports?: string;
  readonly templates?: string;
  readonly profile?: string;
}

/** A file whose figures conflict with stored ones, waiting for 替换 or 保留. */
export interface PendingConflict {
  readonly file: string;
  readonly conflicts: readonly ConflictView[];
}

/** The saved profile (validated when saved), or null before the first save. */
export function readProfile(store: Store): Profile | null {
  return store.getSetting<Profile>(PROFILE);
}

/** Saves a validated profile. */
export function writeProfile(store: Store, profile: Profile): void {
  store.putSetting(PROFILE, profile);
}

/**
 * The settings saved for one quarter's briefing, or null before its first save: read back by the core's one reader
 * of the serialised settings over the quarter's defaults, so a value stored by an older version (no 人口数据来源)
 * reads as it did. A key the older version let through but nothing can print (a blank 编印单位) takes its default,
 * which the form then shows, rather than leaving the quarter unreadable.
 */
export function readBriefingSettings(store: Store, quarter: QuarterId, defaults: BriefingSettingsInput): BriefingSettingsInput | null {
  const saved = store.getSetting<Record<QuarterId, unknown>>(BRIEFING)?.[quarter];
  if (saved === undefined || saved === null) return null;
  const whole = parseIssueSettings(saved, defaults, quarter);
  if (whole.ok) return whole.value;
  const readable = Object.entries(typeof saved === 'object' ? saved : {}).filter(([key, value]) => parseIssueSettings({ [key]: value }, defaults).ok);
  const salvaged = parseIssueSettings(Object.fromEntries(readable), defaults, quarter);
  return salvaged.ok ? salvaged.value : defaults;
}

/** Saves validated settings for one quarter's briefing; other quarters keep theirs. */
export function writeBriefingSettings(store: Store, quarter: QuarterId, settings: BriefingSettingsInput): void {
  store.putSetting(BRIEFING, { ...(store.getSetting<Record<QuarterId, unknown>>(BRIEFING) ?? {}), [quarter]: settings });
}

/** The folders last used. */
export function readFolders(store: Store): LastFolders {
  return store.getSetting<LastFolders>(FOLDERS) ?? {};
}

/** Remembers the folder used for one kind of dialog. */
export function rememberFolder(store: Store, kind: keyof LastFolders, folder: string): void {
  store.putSetting(FOLDERS, { ...readFolders(store), [kind]: folder });
}

/** Conflicts not yet decided, by file. */
export function readPending(store: Store): PendingConflict[] {
  return store.getSetting<PendingConflict[]>(PENDING) ?? [];
}

/** Replaces the pending entry of one file (none when `conflicts` is empty). */
export function setPending(store: Store, file: string, conflicts: readonly ConflictView[]): void {
  const others = readPending(store).filter((p) => p.file !== file);
  store.putSetting(PENDING, conflicts.length === 0 ? others : [...others, { file, conflicts }]);
}

/** The files exported from 生成简报, newest first. */
export function readExports(store: Store): ExportRecord[] {
  return store.getSetting<ExportRecord[]>(EXPORTS) ?? [];
}

/** Adds an export in front, keeping the last {@link EXPORTS_KEPT}. */
export function addExport(store: Store, record: ExportRecord): void {
  store.putSetting(EXPORTS, [record, ...readExports(store)].slice(0, EXPORTS_KEPT));
}
