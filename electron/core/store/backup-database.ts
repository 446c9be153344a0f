import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import { openStore } from './open-store.ts';

/** How many automatic backups are kept beside a database: the oldest beyond this are deleted. */
export const KEPT_BACKUPS = 10;

/**
 * Writes a consistent copy of the database at `dbPath` to `outPath` with VACUUM INTO (compact, and safe while
 * the app reads or another import waits: it is one read transaction). Refuses to overwrite a file.
 */
export function backupDatabase(dbPath: string, outPath: string): void {
  if (existsSync(outPath)) throw new Error(`${outPath} 已存在：备份不会覆盖已有文件，请换一个文件名。`);
  mkdirSync(dirname(outPath), { recursive: true });
  const db = new DatabaseSync(dbPath, { readOnly: true });
  try {
    db.prepare('VACUUM INTO ?').run(outPath);
  } finally {
    db.close();
  }
}

/** Where the automatic backups of `dbPath` live: a folder beside it, "血站.sqlite-备份". */
export function backupFolder(dbPath: string): string {
  return `${dbPath}-备份`;
}

/**
 * Backs up an existing database before it is changed, as "<name>-20250411-090000.sqlite" in its backup
 * folder, and keeps the newest KEPT_BACKUPS; null when there is no database yet (nothing to lose).
 */
export function rollingBackup(dbPath: string, now: Date, keep: number = KEPT_BACKUPS): string | null {
  if (!existsSync(dbPath)) return null;
  const folder = backupFolder(dbPath);
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const taken = (n: number) => join(folder, `${basename(dbPath).replace(/\.sqlite$/i, '')}-${stamp}${n === 0 ? '' : `-${n}`}.sqlite`);
  const out = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(taken).find((p) => !existsSync(p)) ?? taken(Date.now());
  backupDatabase(dbPath, out);
  for (const old of listBackups(dbPath).slice(keep)) rmSync(old.path);
  return out;
}

/** One automatic backup: its file and the time in its name. */
export interface AutomaticBackup {
  readonly path: string;
  readonly name: string;
  /** ISO time the backup was taken (from its name). */
  readonly at: string;
}

/**
 * The automatic backups of `dbPath`, newest first: ordered by the time in the name, then by the number a second
 * backup in the same second gets ("-1", "-2" …; a plain name is the first of its second).
 */
export function listBackups(dbPath: string): AutomaticBackup[] {
  const folder = backupFolder(dbPath);
  const names = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.sqlite')) : [];
  const keyed = names.flatMap((name) => {
    const m = /-(\d{8})-(\d{6})(?:-(\d+))?\.sqlite$/.exec(name);
    if (m === null) return [];
    const [, d, t, n] = m;
    const at = `${d!.slice(0, 4)}-${d!.slice(4, 6)}-${d!.slice(6)}T${t!.slice(0, 2)}:${t!.slice(2, 4)}:${t!.slice(4)}.000Z`;
    return [{ path: join(folder, name), name, at, n: Number(n ?? 0) }];
  });
  return keyed.sort((a, b) => (a.at === b.at ? b.n - a.n : a.at < b.at ? 1 : -1)).map(({ path, name, at }) => ({ path, name, at }));
}

/**
 * Replaces the database's contents with a backup's, through SQLite's backup API (so the live file's WAL is
 * handled by SQLite, never overwritten behind its back). The backup is checked first: it must open, pass
 * integrity_check and be one of ours. The current contents are backed up first, so a restore can be undone.
 */
export async function restoreDatabase(dbPath: string, fromPath: string, now: Date): Promise<{ readonly savedAs: string | null }> {
  if (!existsSync(fromPath)) throw new Error(`${fromPath}：找不到备份文件。`);
  const source = openBackup(fromPath);
  try {
    const savedAs = rollingBackup(dbPath, now);
    await backup(source, dbPath);
    // A backup from an older program gets this program's schema at once, so a connection already open on the
    // database (the app's) finds every table it expects.
    openStore(dbPath).close();
    return { savedAs };
  } finally {
    source.close();
  }
}

function openBackup(path: string): DatabaseSync {
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(path, { readOnly: true });
  } catch {
    throw new Error(`${path}：无法打开，不是数据库文件或已损坏，未恢复。`);
  }
  try {
    const integrity = (db.prepare('PRAGMA integrity_check').get() as { integrity_check?: unknown } | undefined)?.integrity_check;
    const ours = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('imports', 'collection_versions', 'supply_versions')").get() as { n: number };
    if (integrity !== 'ok' || ours.n !== 3) throw new Error('bad');
    return db;
  } catch {
    db.close();
    throw new Error(`${path}：不是本程序的数据库，或已损坏（完整性检查未通过），未恢复。`);
  }
}
