import type { DatabaseSync } from 'node:sqlite';
import type { ParsedFile } from '../model.ts';
import { conflictOf } from './conflict-of.ts';
import { planImport, type ImportPlan } from './plan-import.ts';
import { COLLECTION_TABLE, SUPPLY_TABLE, genericCollection, genericSupply, type TableSpec } from './record-tables.ts';
import type { ImportOptions, ImportOutcome } from './store.ts';
import { inTransaction } from './transaction.ts';
import { writeImport } from './write-import.ts';
import { selectVersions, versionFromRow, type GenericVersion } from './version-row.ts';

/**
 * Stores one parsed file in one transaction: new records are added, identical ones left alone, and
 * differing ones either refuse the whole file (a conflict naming both sources) or, with `replace`, become
 * current while the old version stays in history. If anything throws, nothing of the file is kept.
 */
export function importFile(db: DatabaseSync, parsed: ParsedFile, options: ImportOptions): ImportOutcome {
  try {
    return importInTransaction(db, parsed, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`文件 ${parsed.file} 未导入（数据库未作任何改动）：${reason}`, { cause: error });
  }
}

function importInTransaction(db: DatabaseSync, parsed: ParsedFile, options: ImportOptions): ImportOutcome {
  return inTransaction<ImportOutcome>(db, () => {
    const plan = planImport(parsed.file, incomingOf(parsed), (spec, subject, month) => currentVersion(db, spec, subject, month));
    const outcome = decide(parsed, plan, options.replace);
    if (outcome.status !== 'imported') return { commit: false, value: outcome };
    return { commit: true, value: { ...outcome, importId: writeImport(db, parsed, plan, options.importedAt) } };
  });
}

function incomingOf(parsed: ParsedFile) {
  return [
    { spec: COLLECTION_TABLE, records: parsed.collections.map(genericCollection) },
    { spec: SUPPLY_TABLE, records: parsed.supplies.map(genericSupply) },
  ];
}

type Decision = Exclude<ImportOutcome, { status: 'imported' }> | { status: 'imported'; added: number; replaced: number; unchanged: number };

function decide(parsed: ParsedFile, plan: ImportPlan, replace: boolean): Decision {
  const disagreeing = plan.changed.filter((changed) => !changed.adds);
  if (disagreeing.length > 0 && !replace) {
    return { status: 'conflict', conflicts: disagreeing.map((changed) => conflictOf(changed, parsed.sha256)) };
  }
  if (plan.added.length + plan.changed.length === 0) return { status: 'unchanged', unchanged: plan.unchanged };
  return { status: 'imported', added: plan.added.length, replaced: plan.changed.length, unchanged: plan.unchanged };
}

/** The current stored version of a subject-month, or null when none is stored. */
export function currentVersion(db: DatabaseSync, spec: TableSpec, subject: string, month: string): GenericVersion | null {
  const sql = `${selectVersions(spec)} WHERE v.${spec.subject} = ? AND v.month = ? AND v.current = 1`;
  const row = db.prepare(sql).get(subject, month) as Record<string, unknown> | undefined;
  return row === undefined ? null : versionFromRow(spec, row);
}
