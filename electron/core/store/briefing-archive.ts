import type { DatabaseSync } from 'node:sqlite';
import type { ArchivedBriefing, ArchivedBriefingSnapshot, BriefingArchiveInput, BriefingInputs } from './store.ts';

/** Archives an issued briefing with its snapshots; returns the archive id. */
export function archiveBriefing(db: DatabaseSync, entry: BriefingArchiveInput): number {
  const result = db.prepare(`INSERT INTO briefings (quarter, issue, issued_at, file, inputs, inputs_sha256, profile, settings,
    wording_sha256, pdf_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    entry.quarter, entry.issue, entry.issuedAt, entry.file, JSON.stringify(entry.inputs), entry.inputsSha256,
    JSON.stringify(entry.profile), JSON.stringify(entry.settings), entry.wordingSha256, entry.pdfSha256,
  );
  return Number(result.lastInsertRowid);
}

/** The archived briefings, newest first. */
export function readBriefings(db: DatabaseSync): ArchivedBriefing[] {
  return (db.prepare('SELECT * FROM briefings ORDER BY id DESC').all() as Record<string, unknown>[]).map(listed);
}

/** One archived briefing with its snapshots, or null. */
export function readBriefing(db: DatabaseSync, id: number): ArchivedBriefingSnapshot | null {
  const row = db.prepare('SELECT * FROM briefings WHERE id = ?').get(id) as Record<string, unknown> | undefined;
  if (row === undefined) return null;
  return {
    ...listed(row),
    inputs: JSON.parse(String(row.inputs)) as BriefingInputs,
    profile: JSON.parse(String(row.profile)),
    settings: JSON.parse(String(row.settings)),
  };
}

function listed(row: Record<string, unknown>): ArchivedBriefing {
  return {
    id: Number(row.id), quarter: String(row.quarter), issue: String(row.issue), issuedAt: String(row.issued_at),
    file: String(row.file), inputsSha256: String(row.inputs_sha256), wordingSha256: String(row.wording_sha256),
    pdfSha256: String(row.pdf_sha256),
  };
}
