import type { DatabaseSync } from 'node:sqlite';
import type { ParsedFile } from '../model.ts';
import type { ImportPlan } from './plan-import.ts';
import type { GenericRecord, TableSpec } from './record-tables.ts';

/** Writes a planned import (the caller holds the transaction); returns the new import's id. */
export function writeImport(db: DatabaseSync, parsed: ParsedFile, plan: ImportPlan, importedAt: string): number {
  const importId = insertImport(db, parsed, plan, importedAt);
  for (const { spec, record } of plan.added) insertVersion(db, spec, record, importId);
  for (const { spec, record, stored } of plan.changed) replaceVersion(db, spec, stored.versionId, record, importId);
  insertWarnings(db, parsed, importId);
  return importId;
}

/** The rules' warnings, kept with the import (migration 2) so every screen and the briefing can show them later. */
function insertWarnings(db: DatabaseSync, parsed: ParsedFile, importId: number): void {
  const insert = db.prepare('INSERT INTO import_warnings (import_id, kind, subject, month, rule, warning) VALUES (?, ?, ?, ?, ?, ?)');
  for (const w of parsed.warnings ?? []) insert.run(importId, w.kind, w.subject, w.month, w.rule, JSON.stringify(w));
}

function insertImport(db: DatabaseSync, parsed: ParsedFile, plan: ImportPlan, importedAt: string): number {
  const result = db.prepare(`INSERT INTO imports (file, sha256, imported_at, kinds, added, replaced, unchanged,
    counties, hospitals, months, notices) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    parsed.file, parsed.sha256, importedAt, JSON.stringify(parsed.kinds),
    plan.added.length, plan.changed.length, plan.unchanged,
    json(parsed.collections.map((r) => r.county)), json(parsed.supplies.map((r) => r.hospital)),
    json([...parsed.collections, ...parsed.supplies].map((r) => r.month)), JSON.stringify(parsed.notices),
  );
  return Number(result.lastInsertRowid);
}

/** A sorted list without repeats, as JSON. */
function json(values: readonly string[]): string {
  return JSON.stringify([...new Set(values)].sort());
}

function insertVersion(db: DatabaseSync, spec: TableSpec, record: GenericRecord, importId: number, replaces: number | null = null): number {
  const columns = [...spec.columns.map(({ column }) => column), 'sources', ...(spec.details ? ['details'] : [])];
  const sql = `INSERT INTO ${spec.table} (import_id, ${spec.subject}, month, ${columns.join(', ')}, current, replaces)
    VALUES (?, ?, ?, ${columns.map(() => '?').join(', ')}, 1, ?)`;
  const figures = spec.columns.map(({ field }) => record.figures[field]);
  const details = spec.details ? [record.details ? JSON.stringify(record.details) : null] : [];
  const result = db.prepare(sql).run(importId, record.subject, record.month, ...figures, JSON.stringify(record.sources), ...details, replaces);
  return Number(result.lastInsertRowid);
}

/**
 * The old version stays, no longer current, linked to the version that replaced it (and the new one to the one
 * it replaced, which deleting the new import makes current again): nothing is deleted.
 */
function replaceVersion(db: DatabaseSync, spec: TableSpec, oldId: number, record: GenericRecord, importId: number): void {
  db.prepare(`UPDATE ${spec.table} SET current = 0 WHERE id = ?`).run(oldId);
  const newId = insertVersion(db, spec, record, importId, oldId);
  db.prepare(`UPDATE ${spec.table} SET replaced_by = ? WHERE id = ?`).run(newId, oldId);
}
