import type { Month, SheetProblem } from '../model.ts';
import { monthId } from '../period/quarter.ts';
import type { SheetContext } from './resolve-context.ts';

/** The month of a sheet without a month column, from its file name, sheet name, title or 统计月份 cell. */
export function sheetMonth(context: SheetContext): { month: Month } | { problem: SheetProblem } {
  const blank = context.blanks.find((c) => c.tells === 'period');
  if (!context.month && blank) return { problem: { cell: blank.cell, message: `未填写统计月份（${blank.cell}），请填写如“2025年1月”` } };
  if (!context.month) {
    return { problem: { message: '无法确定统计月份：文件名、工作表名和标题中都没有月份，表中也没有“月份”列。请在标题或“统计月份”单元格中注明，如“统计月份：2025年1月”' } };
  }
  if (!context.year) return { problem: { cell: context.month.clue.cell, message: `无法确定年份：${context.month.clue.source}只写了${context.month.value}月，请写明年份，如“2025年${context.month.value}月”` } };
  return { month: monthId(context.year.value, context.month.value) };
}
