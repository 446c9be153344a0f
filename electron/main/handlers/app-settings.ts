/**
 * The app's own settings, kept in the store's settings table next to the figures (one database to back up):
 * the profile, the briefing settings, the last folders used, and conflicts the user has not decided yet.
 */
import type { Profile } from '../../core/model.ts';
import type { Store } from '../../core/core-api.ts';
import type { BriefingSettingsInput, ConflictView, ExportRecord } from '../../shared/ipc-contract.ts';

const PROFILE = 'profile';
const BRIEFING = 'briefingSettings';
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

/** The saved briefing settings, or null before the first save. */
export function readBriefingSettings(store: Store): BriefingSettingsInput | null {
  return store.getSetting<BriefingSettingsInput>(BRIEFING);
}

/** Saves validated briefing settings. */
export function writeBriefingSettings(store: Store, settings: BriefingSettingsInput): void {
  store.putSetting(BRIEFING, settings);
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
