import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { deleteImport, planDeletion } from './delete-import.ts';
import { importFile } from './import-file.ts';
import { migrate } from './migrate.ts';
import { MIGRATIONS } from './migrations.ts';
import { readActs, redoLast, undoLast } from './act-log.ts';
import { archiveBriefing, readBriefing, readBriefings } from './briefing-archive.ts';
import { readArrivals, readArrivalsOf, readWarnings, readWarningsOf } from './read-checks.ts';
import { readCurrent, readCurrentIds, readHistory, readImports, readSources, readVersionsByIds } from './read-store.ts';
import { restoreVersion } from './restore-version.ts';
import { COLLECTION_TABLE, SUPPLY_TABLE, collectionOf, supplyOf } from './record-tables.ts';
import { getSetting, putSetting } from './settings.ts';
import type { Store } from './store.ts';
import type { Month } from '../model.ts';

export type { Store } from './store.ts';

const MEMORY = ':memory:';

/**
 * Opens (creating and migrating as needed) the database at `path`, or an in-memory one for ":memory:".
 * Files use WAL (synchronous = FULL), so the desktop app can read while the CLI imports and a power cut never
 * leaves half a file stored; foreign keys are enforced.
 */
export function openStore(path: string): Store {
  const db = connect(path);
  try {
    migrate(db, MIGRATIONS, path);
  } catch (error) {
    db.close();
    throw error;
  }
  return storeOver(db);
}

function connect(path: string): DatabaseSync {
  if (path !== MEMORY) mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path, { enableForeignKeyConstraints: true, timeout: 5000 });
  try {
    // WAL with synchronous = FULL: a transaction reported committed survives a power cut, and a cut in the
    // middle of one leaves the database as it was before it (each file is imported in one transaction).
    if (path !== MEMORY) db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL');
    return db;
  } catch (error) {
    db.close();
    throw new Error(`无法打开数据库 ${path}：该文件不是本程序的数据库，或已损坏。`, { cause: error });
  }
}

/** SQLite's journal mode and synchronous level of this connection (synchronous is per connection: 0–3). */
function durabilityOf(db: DatabaseSync): ReturnType<Store['durability']> {
  const journal = db.prepare('PRAGMA journal_mode').get() as { journal_mode: string };
  const level = Number((db.prepare('PRAGMA synchronous').get() as { synchronous: number }).synchronous);
  return { journalMode: journal.journal_mode, synchronous: (['OFF', 'NORMAL', 'FULL', 'EXTRA'] as const)[level] ?? 'OFF' };
}

function storeOver(db: DatabaseSync): Store {
  return {
    importFile: (parsed, options) => importFile(db, parsed, options),
    collections: (months) => readCurrent(db, COLLECTION_TABLE, months).map(collectionOf),
    supplies: (months) => readCurrent(db, SUPPLY_TABLE, months).map(supplyOf),
    sources: (months) => readSources(db, months),
    imports: () => readImports(db),
    history: ((key) => readHistory(db, key)) as Store['history'],
    warnings: (months) => readWarnings(db, months),
    durability: () => durabilityOf(db),
    arrivals: (months) => readArrivals(db, months),
    warningsOf: (ids) => readWarningsOf(db, ids),
    arrivalsOf: (ids) => readArrivalsOf(db, ids),
    storedMonths: () => storedMonths(db),
    getSetting: (key) => getSetting(db, key),
    putSetting: (key, value) => putSetting(db, key, value),
    planDeletion: (importId) => planDeletion(db, importId),
    deleteImport: (importId, at) => deleteImport(db, importId, at),
    restoreVersion: (kind, versionId, at) => restoreVersion(db, kind, versionId, at),
    undo: (at) => undoLast(db, at),
    redo: (at) => redoLast(db, at),
    acts: () => readActs(db),
    archiveBriefing: (entry) => archiveBriefing(db, entry),
    briefings: () => readBriefings(db),
    briefing: (id) => readBriefing(db, id),
    versionsByIds: (kind, ids) => readVersionsByIds(db, kind, ids),
    currentVersionIds: (months) => readCurrentIds(db, months),
    close: () => db.close(),
  };
}

/** Every county-month with current collections, ordered by county then month (the completeness matrix). */
export function storedMonths(db: DatabaseSync): { county: string; month: Month }[] {
  const rows = db.prepare('SELECT county, month FROM collection_versions WHERE current = 1 ORDER BY county, month').all();
  return rows.map((row) => ({ county: String(row.county), month: String(row.month) }));
}
