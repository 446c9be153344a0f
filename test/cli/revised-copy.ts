/** A county's revised report for the CLI tests: a copy of a county file with its first site's whole-blood count raised. */
import ExcelJS from 'exceljs';

/** Copies a county file with its first count above 10 raised by `by` (and its 合计 row with it). */
export async function revisedCopy(from: string, to: string, by = 3): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(from);
  const sheet = book.worksheets.find((s) => s.state !== 'hidden')!;
  const cell = firstNumber(sheet);
  cell.value = (cell.value as number) + by;
  const total = totalRowCell(sheet, Number(cell.col));
  if (total) total.value = raised(total.value, by);
  await book.xlsx.writeFile(to);
}

function raised(value: ExcelJS.CellValue, by: number): ExcelJS.CellValue {
  if (typeof value === 'number') return value + by;
  const formula = value as ExcelJS.CellFormulaValue;
  return typeof formula?.result === 'number' ? { ...formula, result: formula.result + by } : value;
}

function firstNumber(sheet: ExcelJS.Worksheet): ExcelJS.Cell {
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    for (let c = 1; c <= sheet.columnCount; c += 1) {
      const cell = sheet.getCell(r, c);
      if (typeof cell.value === 'number' && cell.value > 10) return cell;
    }
  }
  throw new Error('no number in fixture');
}

function totalRowCell(sheet: ExcelJS.Worksheet, col: number): ExcelJS.Cell | null {
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    if (String(sheet.getCell(r, 1).value ?? '').replace(/\s/g, '').startsWith('合计')) return sheet.getCell(r, col);
  }
  return null;
}
