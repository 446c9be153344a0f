import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs `work` in one IMMEDIATE transaction (the write lock is taken up front, so what it reads cannot be
 * changed by another process before it writes); commits what it returns, rolls back if it throws.
 * `work` returns `{ commit: false }` to roll back without an error (e.g. a refused import).
 */
export function inTransaction<T>(db: DatabaseSync, work: () => { readonly commit: boolean; readonly value: T }): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const { commit, value } = work();
    db.exec(commit ? 'COMMIT' : 'ROLLBACK');
    return value;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
