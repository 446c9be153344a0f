import type ExcelJS from 'exceljs';

const CHARS_PER_LINE = 34;
const LINE_HEIGHT = 16;
/** Where the list of choices starts on the 填表说明 sheet (column B), referenced by the dropdowns. */
const LIST_COLUMN = 'B';

/**
 * Adds the 填表说明 sheet: numbered instructions, then the names the dropdowns offer. Returns the range of
 * those names for a data-validation list (a range, because an inline list is limited to 255 characters).
 */
export function instructionsSheet(workbook: ExcelJS.Workbook, lines: readonly string[], listTitle: string, names: readonly string[]): string | undefined {
  const sheet = workbook.addWorksheet('填表说明', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.getColumn(1).width = 12;
  sheet.getColumn(2).width = 72;
  sheet.mergeCells('A1:B1');
  sheet.getCell('A1').value = '填表说明';
  sheet.getCell('A1').font = { name: '宋体', size: 14, bold: true };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  lines.forEach((line, i) => {
    sheet.getCell(i + 3, 1).value = `${i + 1}.`;
    sheet.getCell(i + 3, 1).alignment = { horizontal: 'right', vertical: 'top' };
    sheet.getCell(i + 3, 2).value = line;
    sheet.getCell(i + 3, 2).alignment = { wrapText: true, vertical: 'top' };
    // Excel does not grow rows for wrapped text it did not type itself: about 34 Chinese characters fit a line.
    sheet.getRow(i + 3).height = Math.ceil(line.length / CHARS_PER_LINE) * LINE_HEIGHT;
  });
  if (names.length === 0) return undefined;
  const first = lines.length + 5;
  sheet.getCell(first - 1, 1).value = listTitle;
  sheet.getCell(first - 1, 1).font = { name: '宋体', size: 11, bold: true };
  names.forEach((name, i) => { sheet.getCell(`${LIST_COLUMN}${first + i}`).value = name; });
  return `'填表说明'!$${LIST_COLUMN}$${first}:$${LIST_COLUMN}$${first + names.length - 1}`;
}

/** A dropdown on a cell offering the names in `range`; other text is refused by Excel with a message. */
export function dropdown(cell: ExcelJS.Cell, range: string, what: string): void {
  cell.dataValidation = {
    type: 'list', allowBlank: true, formulae: [range],
    showErrorMessage: true, errorStyle: 'stop', errorTitle: `${what}不在列表中`, error: `请从下拉列表中选择${what}；新的${what}请先在“基础信息”中添加。`,
  };
}
