import { rollingBackup, type ActEntry } from '../core/core-api.ts';
import type { Command } from './commands.ts';
import type { CliIo } from './cli-io.ts';
import { writeLines } from './cli-io.ts';
import { withExistingStore } from './open-existing-store.ts';

const KIND_NAMES: Readonly<Record<ActEntry['kind'], string>> = {
  'delete-import': '删除导入', 'restore-version': '恢复版本', undo: '撤销', redo: '重做',
};

/**
 * `blood-brief undo` / `redo`: reverses the latest act still in effect (or the latest undo) inside the database,
 * in one transaction, after a rolling backup; the reversal is logged too. Refused, with the reason, when later
 * data would make the result differ from the state before the act.
 */
export async function runUndo(command: Extract<Command, { name: 'undo' | 'redo' }>, now: Date, io: CliIo): Promise<number> {
  const word = command.name === 'undo' ? '撤销' : '重做';
  return withExistingStore(command.db, io, (store) => {
    if (store.acts().length === 0) return (writeLines(io.stdout, [`没有可${word}的操作。`]), 0);
    const backup = rollingBackup(command.db, now);
    const act = command.name === 'undo' ? store.undo(now.toISOString()) : store.redo(now.toISOString());
    if (act === null) return (writeLines(io.stdout, [`没有可${word}的操作。`]), 0);
    writeLines(io.stdout, [`已${act.summary}（操作编号 ${act.actId}）`, ...(backup === null ? [] : [`${word}前的数据库已备份为：${backup}`])]);
    return 0;
  });
}

/** `blood-brief acts`: the act log, newest first, each with what it did and whether it was undone. */
export async function runActs(command: Extract<Command, { name: 'acts' }>, io: CliIo): Promise<number> {
  return withExistingStore(command.db, io, (store) => {
    const acts = store.acts();
    writeLines(io.stdout, acts.length === 0 ? ['还没有操作记录。'] : acts.map((a) =>
      `${a.actId}  ${a.at}  ${KIND_NAMES[a.kind]}  ${a.summary}${a.undoneBy === null ? '' : `  （已由操作 ${a.undoneBy} ${a.kind === 'undo' ? '重做' : '撤销'}）`}`));
    return 0;
  });
}
