import { existsSync } from 'node:fs';
import { formatMonth, openStore, rollingBackup, type DeletedVersion, type ImportDeletion } from '../core/core-api.ts';
import type { Command } from './commands.ts';
import type { CliIo } from './cli-io.ts';
import { writeLines } from './cli-io.ts';

/** `blood-brief imports`: the import log with the numbers delete-import takes, newest first. */
export async function runImports(command: Extract<Command, { name: 'imports' }>, io: CliIo): Promise<number> {
  if (!existsSync(command.db)) return (writeLines(io.stderr, [`${command.db}：找不到数据库文件。`]), 1);
  const store = openStore(command.db);
  try {
    const lines = store.imports().map((i) => `${i.importId}  ${i.importedAt}  ${i.file}  ${[...i.counties, ...i.hospitals].join('、')} ${i.months.map((m) => formatMonth(m, true)).join('、')}  新增 ${i.added}，替换 ${i.replaced}`);
    writeLines(io.stdout, lines.length > 0 ? lines : ['数据库中还没有导入记录。']);
    return 0;
  } finally {
    store.close();
  }
}

/**
 * `blood-brief delete-import`: without --yes, lists what would be removed and changes nothing; with --yes,
 * backs the database up, deletes and logs it as an act (blood-brief undo reverses it inside the database).
 */
export async function runDeleteImport(command: Extract<Command, { name: 'delete-import' }>, now: Date, io: CliIo): Promise<number> {
  if (!existsSync(command.db)) return (writeLines(io.stderr, [`${command.db}：找不到数据库文件。`]), 1);
  const plan = withStore(command.db, (store) => store.planDeletion(command.importId));
  if (plan === null) return (writeLines(io.stderr, [`没有编号为 ${command.importId} 的导入（可用 blood-brief imports 查看编号），未作改动。`]), 1);
  if (!command.yes) {
    writeLines(io.stdout, [...describe(plan), '以上只是预览，未作改动：确认无误后加 --yes 执行。']);
    return 0;
  }
  const backup = rollingBackup(command.db, now);
  const done = withStore(command.db, (store) => store.deleteImport(command.importId, now.toISOString()));
  if (done === null) return (writeLines(io.stderr, [`没有编号为 ${command.importId} 的导入，未作改动。`]), 1);
  writeLines(io.stdout, [...describe(done).map((l) => l.replace(/^将删除/, '已删除')), ...(backup === null ? [] : [`删除前的数据库已备份为：${backup}（如需撤销，用 blood-brief restore 恢复它）`]),
    `如需撤销这次删除（只恢复被删的导入，之后导入的数据不受影响）：blood-brief undo --db ${command.db}`]);
  return 0;
}

function withStore<T>(db: string, work: (store: ReturnType<typeof openStore>) => T): T {
  const store = openStore(db);
  try {
    return work(store);
  } finally {
    store.close();
  }
}

function describe(plan: ImportDeletion): string[] {
  return [`将删除第 ${plan.importId} 次导入：${plan.file}（${plan.importedAt}），共 ${plan.versions.length} 项`, ...plan.versions.map((v) => `    ${v.subject} ${formatMonth(v.month, true)}：${AFTERWARDS[v.afterwards]}`)];
}

const AFTERWARDS: Readonly<Record<DeletedVersion['afterwards'], string>> = {
  previous: '删除后恢复为此前导入的数据',
  none: '删除后该月没有数据',
  later: '该月当前数据来自之后的导入，不受影响（仅删除历史中的这一版）',
};
