import { COLLECTION_LABELS, formatMonth, rollingBackup, SUPPLY_LABELS, type RecordKey, type RecordVersion, type Store } from '../core/core-api.ts';
import type { Command } from './commands.ts';
import type { CliIo } from './cli-io.ts';
import { writeLines } from './cli-io.ts';
import { withExistingStore } from './open-existing-store.ts';

/** `blood-brief versions`: every stored version of one county-month (or hospital-month), newest first, * the current one. */
export async function runVersions(command: Extract<Command, { name: 'versions' }>, io: CliIo): Promise<number> {
  return withExistingStore(command.db, io, (store) => {
    const key: RecordKey = command.kind === 'collection'
      ? { kind: 'collection', county: command.subject, month: command.month }
      : { kind: 'supply', hospital: command.subject, month: command.month };
    const versions = store.history(key);
    const what = `${command.subject} ${formatMonth(command.month, true)}`;
    if (versions.length === 0) return (writeLines(io.stdout, [`数据库中没有 ${what} 的数据。`]), 0);
    const restore = `blood-brief restore-version --db ${command.db} --version 编号${command.kind === 'supply' ? ' --supply' : ''}`;
    writeLines(io.stdout, [`${what} 的各版数据（新的在前，* 为当前数据；恢复某一版：${restore}）：`, ...versions.map(versionLine)]);
    return 0;
  });
}

/**
 * `blood-brief restore-version`: without --yes, shows the current and the chosen version side by side and changes
 * nothing; with --yes, backs the database up, makes the chosen version current and logs the act (undo reverses it).
 */
export async function runRestoreVersion(command: Extract<Command, { name: 'restore-version' }>, now: Date, io: CliIo): Promise<number> {
  return withExistingStore(command.db, io, (store) => {
    const found = findVersion(store, command);
    if (found === null) return (writeLines(io.stderr, [`没有编号为 ${command.versionId} 的${command.kind === 'supply' ? '供血' : '采血'}数据版本（可用 blood-brief versions 查看编号），未作改动。`]), 1);
    const { chosen, current } = found;
    if (!command.yes) {
      writeLines(io.stdout, [
        `将把 ${subjectMonth(chosen)} 恢复为版本 ${chosen.versionId}：`,
        `    现在：${current === undefined ? '（无当前数据）' : versionLine(current).trim()}`,
        `    恢复为：${versionLine(chosen).trim()}`,
        '以上只是预览，未作改动：确认无误后加 --yes 执行。',
      ]);
      return 0;
    }
    // A consistent copy first (VACUUM INTO reads beside this connection, WAL lets it).
    const backup = rollingBackup(command.db, now);
    const done = store.restoreVersion(command.kind, command.versionId, now.toISOString());
    writeLines(io.stdout, [`已把 ${subjectMonth(chosen)} 恢复为版本 ${done.to}（操作编号 ${done.actId}；撤销：blood-brief undo --db ${command.db}）`,
      ...(backup === null ? [] : [`恢复前的数据库已备份为：${backup}`])]);
    return 0;
  });
}

function findVersion(store: Store, command: Extract<Command, { name: 'restore-version' }>): { chosen: RecordVersion; current: RecordVersion | undefined } | null {
  const [chosen] = store.versionsByIds(command.kind, [command.versionId]);
  if (chosen === undefined) return null;
  const key: RecordKey = chosen.record && 'county' in chosen.record
    ? { kind: 'collection', county: chosen.record.county, month: chosen.record.month }
    : { kind: 'supply', hospital: (chosen.record as { hospital: string }).hospital, month: chosen.record.month };
  return { chosen, current: store.history(key).find((v) => v.current) };
}

function subjectMonth(version: RecordVersion): string {
  const subject = 'county' in version.record ? version.record.county : version.record.hospital;
  return `${subject} ${formatMonth(version.record.month, true)}`;
}

/** One version on one line: mark, number, file, import time and figures with their names. */
export function versionLine(version: RecordVersion): string {
  const labels: Readonly<Record<string, string>> = 'county' in version.record ? COLLECTION_LABELS : SUPPLY_LABELS;
  const values = version.record as unknown as Readonly<Record<string, number>>;
  const figures = Object.entries(labels).map(([field, label]) => `${label} ${values[field]}`).join('，');
  return `${version.current ? '*' : ' '} 版本 ${version.versionId}  ${version.file}（${version.importedAt} 导入）  ${figures}`;
}
