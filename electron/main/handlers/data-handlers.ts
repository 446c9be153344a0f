/**
 * 数据管理: the imports with what each stored (shown before a deletion is confirmed), the act log with 撤销 and
 * 重做, restoring a county-month's earlier version, backups (to a chosen file, the automatic ones, restoring one
 * after saying what it replaces) and the archive of issued briefings with 重新生成. Every change of the data is
 * preceded by a rolling backup, and deletions and restores are acts inside the database that undo reverses.
 */
import { statSync } from 'node:fs';
import { basename, join, relative, resolve, isAbsolute } from 'node:path';
import { backupDatabase, backupFolder, describeDatabase, listBackups, nextReversals, restoreDatabase, type ActEntry } from '../../core/core-api.ts';
import type { ActView, BackupFileView, DataOverview, IpcContract } from '../../shared/ipc-contract.ts';
import { UserError } from '../user-error.ts';
import { readFolders } from './app-settings.ts';
import { backUpFirst } from './back-up-first.ts';
import { saveBytes } from './briefing-handlers.ts';
import type { HandlerDeps } from './handler-deps.ts';

type DataHandlers = Pick<IpcContract, 'getDataOverview' | 'planDeleteImport' | 'deleteImport' | 'restoreVersion' | 'undoAct' | 'redoAct'
  | 'backupDatabase' | 'chooseBackup' | 'restoreBackup' | 'reissueBriefing'>;

/** The handlers of the 数据管理 screen (and of 恢复此版本 in 数据总览). */
export function dataHandlers(deps: HandlerDeps): DataHandlers {
  return {
    getDataOverview: async () => overview(deps),
    planDeleteImport: async ({ importId }) => deps.store.planDeletion(importId) ?? noImport(importId),
    deleteImport: async ({ importId }) => {
      if (deps.store.planDeletion(importId) === null) noImport(importId);
      backUpFirst(deps);
      return deps.store.deleteImport(importId, deps.now().toISOString()) ?? noImport(importId);
    },
    restoreVersion: async ({ kind, versionId }) => {
      backUpFirst(deps);
      const done = userErrors(() => deps.store.restoreVersion(kind, versionId, deps.now().toISOString()));
      return actView(deps.store.acts().find((a) => a.actId === done.actId)!);
    },
    undoAct: async () => reverse(deps, 'undo'),
    redoAct: async () => reverse(deps, 'redo'),
    backupDatabase: async () => {
      const file = requireFile(deps);
      const day = deps.now().toISOString().slice(0, 10).replaceAll('-', '');
      const path = await deps.dialogs.saveFile('backup', join(readFolders(deps.store).exports ?? '', `血站数据备份-${day}.sqlite`));
      if (path === null) return { path: null };
      userErrors(() => backupDatabase(file, path));
      return { path };
    },
    chooseBackup: async ({ path: automatic }) => {
      const file = requireFile(deps);
      if (automatic !== null && !inside(automatic, backupFolder(file))) throw new UserError('只能查看自动备份文件夹中的备份。');
      const path = automatic ?? await deps.dialogs.chooseFile('backup', backupFolder(file));
      if (path === null) return null;
      deps.allowed.add([path]);
      return { backup: userErrors(() => describeDatabase(path)), current: describeDatabase(file) };
    },
    restoreBackup: async ({ path }) => {
      const file = requireFile(deps);
      // Only a file the user chose, or one of the automatic backups beside the database: never any path the page names.
      if (!deps.allowed.allows(path) && !inside(path, backupFolder(file))) throw new UserError('只能从您选择的备份文件或自动备份中恢复。');
      const { savedAs } = await restoreDatabase(file, path, deps.now()).catch((error: Error) => { throw new UserError(error.message); });
      return { savedAs };
    },
    reissueBriefing: async ({ id }) => {
      const made = await deps.core.reissueBriefing(deps.store, id);
      if (made === null) throw new UserError(`没有编号为 ${id} 的已发简报。`);
      if (!made.identical) throw new UserError(`无法原样重新生成：${made.reasons.join('；')}。`);
      return saveBytes(deps, 'pdf', basename(made.archived.file), made.pdf);
    },
  };
}

function overview(deps: HandlerDeps): DataOverview {
  const acts = deps.store.acts();
  const next = nextReversals(acts);
  return {
    databaseFile: deps.databaseFile ?? null,
    imports: deps.store.imports().map(({ notices: _notices, ...entry }) => entry),
    acts: acts.map(actView),
    nextUndo: next.undo?.summary ?? null,
    nextRedo: next.redo === null ? null : next.redo.summary.replace(/^撤销：/, ''),
    backups: deps.databaseFile === undefined ? [] : automaticBackups(deps.databaseFile),
    briefings: deps.store.briefings().map(({ id, quarter, issue, issuedAt, file, pdfSha256 }) => ({ id, quarter, issue, issuedAt, file, pdfSha256 })),
  };
}

/** The automatic backups beside the database, newest first, with their sizes. */
function automaticBackups(file: string): BackupFileView[] {
  return listBackups(file).map((b) => ({ ...b, bytes: statSync(b.path).size }));
}

function reverse(deps: HandlerDeps, kind: 'undo' | 'redo'): ActView | null {
  if (nextReversals(deps.store.acts())[kind] === null) return null;
  backUpFirst(deps);
  const act = userErrors(() => (kind === 'undo' ? deps.store.undo(deps.now().toISOString()) : deps.store.redo(deps.now().toISOString())));
  return act === null ? null : actView(act);
}

function actView(act: ActEntry): ActView {
  return { actId: act.actId, kind: act.kind, at: act.at, summary: act.summary, undone: act.undoneBy !== null };
}

function requireFile(deps: HandlerDeps): string {
  if (deps.databaseFile === undefined) throw new UserError('当前数据库只在内存中，无法备份或恢复。');
  return deps.databaseFile;
}

/** The store's refusals are Chinese sentences meant for the user. */
function userErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw new UserError(error instanceof Error ? error.message : String(error));
  }
}

function noImport(importId: number): never {
  throw new UserError(`没有编号为 ${importId} 的导入（可能已删除），未作改动。`);
}

function inside(path: string, folder: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
