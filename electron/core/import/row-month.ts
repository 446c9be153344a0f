import type { Month } from '../model.ts';
import { monthId } from '../period/quarter.ts';
import type { SheetContext } from './resolve-context.ts';
import { periodOfCell } from './period-of-cell.ts';
import type { GridCell } from './sheet-grid.ts';

/** A month read for one row, or what is wrong with it. */
export type RowMonth = { readonly ok: true; readonly month: Month } | { readonly ok: false; readonly message: string };

/**
 * The month a month-column cell names ("2025年1月", "2025-01", 202501, "1月" with the year from the title or
 * file name), checked against what the file name, sheet name and title say.
 */
export function rowMonth(cell: GridCell, address: string, context: SheetContext): RowMonth {
  const read = periodOfCell(cell);
  if (!read.ok) return { ok: false, message: read.message };
  const { months, years, invalid } = read.period;
  if (invalid && invalid.length > 0) return { ok: false, message: `该单元格的“${invalid[0]}”不是有效的月份（应为1—12月）` };
  if (months.length !== 1 || years.length > 1) return { ok: false, message: `该单元格的“${cell.value}”不是一个月份，请填写如“2025年1月”` };
  const year = years[0] ?? context.year?.value;
  if (year === undefined) return { ok: false, message: `该单元格的“${cell.value}”没有年份，标题、工作表名和文件名中也没有年份，请写成如“2025年${months[0]}月”` };
  if (context.year && year !== context.year.value) return { ok: false, message: `该单元格为${year}年，但${context.year.clue.source}为${context.year.value}年` };
  return checkAgainstContext(months[0], year, address, context);
}

/** The month must agree with a month named outside the table and lie in any quarter named there. */
function checkAgainstContext(month: number, year: number, address: string, context: SheetContext): RowMonth {
  if (context.month && context.month.value !== month) return { ok: false, message: `该单元格为${month}月，但${context.month.clue.source}为${context.month.value}月` };
  const outside = context.ranges.find((r) => month < r.value[0] || month > r.value[1]);
  if (outside) return { ok: false, message: `该单元格为${month}月，不在${outside.clue.source}所指的${outside.value[0]}-${outside.value[1]}月内` };
  return { ok: true, month: monthId(year, month) };
}
