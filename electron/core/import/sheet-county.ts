import type { SheetContext } from './resolve-context.ts';
import type { SheetProblem } from './sheet-problem.ts';

/** The county of a collection sheet without a county column, from its file name, sheet name, title or 区县 cell. */
export function sheetCounty(context: SheetContext): { county: string } | { problem: SheetProblem } {
  if (context.county) return { county: context.county.value };
  const blank = context.blanks.find((c) => c.tells === 'county');
  if (blank) return { problem: { cell: blank.cell, message: `未填写区县（${blank.cell}），请选择或填写区县名称` } };
  return { problem: { message: '无法确定区县：文件名、工作表名和标题中都没有找到基础信息里的区县名称或别名，表中也没有“区县”列。请在标题中注明区县，如“华阴市2025年1月采血情况”，或在基础信息中为该区县添加别名；如果这是发给其他血站（其他地市）的文件，请不要导入' } };
}
