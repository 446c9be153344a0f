import type { SheetGrid } from '../sheet-grid.ts';
import type { SheetInput, SheetResult } from '../parse-sheet.ts';
import { gridRows } from './grid-rows.ts';
import { recordsConsumer } from './records-consumer.ts';

/**
 * Reads a sheet as a donation-records export when its header says so (records-consumer.ts); null when it is
 * not one, so the county-sheet reader takes it. Used for files small enough for the whole-workbook reader.
 */
export function parseRecordsSheet(grid: SheetGrid, input: SheetInput): SheetResult | null {
  const consumer = recordsConsumer({ file: input.file, sheet: grid.name, fileBase: input.fileBase, profile: input.profile });
  for (const row of gridRows(grid)) {
    consumer.push(row);
    // The header sits within the first rows; a sheet without one is left to the county-sheet reader at once.
    if (consumer.state() === 'not-records') return null;
  }
  const outcome = consumer.finish();
  if (outcome.kind === 'not-records') return null;
  const notices = outcome.problems.length === 0 ? [{ message: `按献血记录逐条读取${outcome.rows}条，汇总为${outcome.records.length}个区县月` }] : [];
  return { kind: 'collection', collections: outcome.records, supplies: [], problems: outcome.problems, notices };
}
