import { existsSync } from 'node:fs';
import { backupDatabase, restoreDatabase } from '../core/core-api.ts';
import type { Command } from './commands.ts';
import type { CliIo } from './cli-io.ts';
import { writeLines } from './cli-io.ts';

/** `blood-brief backup`: a consistent copy of the database (VACUUM INTO), never over an existing file. */
export async function runBackup(command: Extract<Command, { name: 'backup' }>, io: CliIo): Promise<number> {
  if (!existsSync(command.db)) return (writeLines(io.stderr, [`${command.db}：找不到数据库文件，未备份。`]), 1);
  try {
    backupDatabase(command.db, command.out);
  } catch (error) {
    return (writeLines(io.stderr, [error instanceof Error ? error.message : String(error)]), 1);
  }
  writeLines(io.stdout, [`已备份数据库：${command.out}`]);
  return 0;
}

/** `blood-brief restore`: the backup's contents replace the database's, after the current ones are backed up. */
export async function runRestore(command: Extract<Command, { name: 'restore' }>, now: Date, io: CliIo): Promise<number> {
  try {
    const { savedAs } = await restoreDatabase(command.db, command.from, now);
    writeLines(io.stdout, [`已用 ${command.from} 恢复数据库 ${command.db}`, ...(savedAs === null ? [] : [`恢复前的数据库已备份为：${savedAs}（如需撤销，可再用它恢复）`])]);
    return 0;
  } catch (error) {
    return (writeLines(io.stderr, [error instanceof Error ? error.message : String(error)]), 1);
  }
}
