import { createHash } from 'node:crypto';
import type { CollectionRecord, InputFile, ParsedFile, Problem, Profile, Result } from '../../model.ts';
import { checkRecords } from '../check-records.ts';
import { detectFormat } from '../detect-format.ts';
import { duplicateRecords } from '../duplicate-records.ts';
import { fileBaseName } from '../file-base-name.ts';
import { groupProblems } from '../group-problems.ts';
import { shortenQuotes } from '../shorten-quotes.ts';
import { streamSheetRows } from '../xlsx-scan/stream-sheet-rows.ts';
import { recordsConsumer } from './records-consumer.ts';

/**
 * Files at least this large go through the row stream when they are donation records: a county's monthly sheet is
 * a few kB, a quarter's export hundreds of thousands of rows (tens of MB) that the whole-grid reader cannot hold.
 */
export const RECORDS_STREAM_BYTES = 2 * 1024 * 1024;

/** A large file handed to the row stream: read from its path, not from bytes in memory (they stay with the caller). */
export interface StreamedFile {
  readonly name: string;
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly csv: boolean;
}

/** The file as a streamed file when it is a large .xlsx or CSV read from disk; null otherwise. */
export function streamedFile(file: InputFile): StreamedFile | null {
  const format = detectFormat(file.name, file.bytes);
  if (file.path === undefined || file.bytes.length < RECORDS_STREAM_BYTES || (format !== 'xlsx' && format !== 'csv')) return null;
  return { name: file.name, path: file.path, sha256: createHash('sha256').update(file.bytes).digest('hex'), bytes: file.bytes.length, csv: format === 'csv' };
}

/**
 * Reads a large donation-records export row by row (xlsx-scan/stream-sheet-rows.ts) into county-month records,
 * in memory bounded by the county-months and donors, with the same checks as parseInput. Null when the file is
 * no records export (a sheet without a records header, or a container the stream cannot read): the caller then
 * reads it the ordinary way, which says what is wrong with it.
 */
export async function parseRecordsStream(file: StreamedFile, profile: Profile): Promise<Result<ParsedFile> | null> {
  const { csv } = file;
  const collections: CollectionRecord[] = [];
  const problems: Problem[] = [];
  const notices: Problem[] = [];
  try {
    for await (const sheet of streamSheetRows(file.path)) {
      const consumer = recordsConsumer({ file: file.name, sheet: sheet.sheetName, fileBase: fileBaseName(file.name), profile });
      for await (const row of sheet.rows) {
        consumer.push(row);
        if (consumer.state() === 'not-records') return null;
      }
      const outcome = consumer.finish();
      if (outcome.kind === 'not-records') return null;
      const located = (p: { cell?: string; message: string }): Problem => ({ file: file.name, ...(csv ? {} : { sheet: sheet.sheetName }), ...(p.cell ? { cell: p.cell } : {}), message: shortenQuotes(p.message) });
      problems.push(...outcome.problems.map(located));
      collections.push(...outcome.records);
      if (outcome.problems.length === 0) notices.push(located({ message: `按献血记录逐条读取${outcome.rows}条，汇总为${outcome.records.length}个区县月` }));
    }
  } catch {
    return null;
  }
  const parsed: ParsedFile = { file: file.name, sha256: file.sha256, kinds: ['collection'], collections, supplies: [], notices };
  const rules = checkRecords(parsed);
  const all = [...problems, ...duplicateRecords(parsed), ...rules.errors];
  return all.length > 0 ? { ok: false, problems: groupProblems(all) } : { ok: true, value: { ...parsed, notices: [...notices, ...rules.warnings] } };
}
