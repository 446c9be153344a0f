import type { DatabaseSync } from 'node:sqlite';

/** A JSON setting, or null when never set. */
export function getSetting<T>(db: DatabaseSync, key: string): T | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key);
  return row === undefined ? null : (JSON.parse(String(row.value)) as T);
}

/** Stores a JSON setting, overwriting the previous value (undefined is stored as null). */
export function putSetting(db: DatabaseSync, key: string, value: unknown): void {
  const text = JSON.stringify(value === undefined ? null : value);
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(key, text);
}
