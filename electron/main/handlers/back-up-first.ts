/** The rolling backup the app makes before it changes stored data (an import batch, a deletion, a restore, an undo). */
import { rollingBackup } from '../../core/core-api.ts';
import { UserError } from '../user-error.ts';
import type { HandlerDeps } from './handler-deps.ts';

/**
 * Backs the database up beside itself (the newest 10 kept) before a change; nothing for an in-memory store. A
 * backup that cannot be written stops the change, in Chinese, rather than changing data with no way back.
 */
export function backUpFirst(deps: HandlerDeps): void {
  if (deps.databaseFile === undefined) return;
  try {
    rollingBackup(deps.databaseFile, deps.now());
  } catch {
    throw new UserError('改动数据前无法备份数据库（磁盘空间不足或没有写入权限？），未作任何改动。');
  }
}
