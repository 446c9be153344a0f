import ExcelJS from 'exceljs';
import type { Profile } from '../model.ts';
import { dropdown, instructionsSheet } from './instructions-sheet.ts';
import { labelled, rowCells, styleBody, styleHeader, styleTitle, totalRow } from './template-style.ts';
import { writeXlsx } from './write-xlsx.ts';

const HEADER = ['医院名称', '红细胞类(U)', '血浆(ml)', '血小板(治疗量)', '冷沉淀(U)', '备注'] as const;
const FIGURE_COLUMNS = ['B', 'C', 'D', 'E'] as const;
const FIRST_BODY = 4;
/** Rows offered when the profile lists no hospitals, and spare rows under the listed ones. */
const BLANK_ROWS = 8;
const SPARE_ROWS = 2;
const INSTRUCTIONS = [
  '每月填写一份，“统计月份”填写如“2025年1月”；也可以一个工作簿按月分成多个工作表，工作表名写月份（如“1月”）。',
  '每家医院一行，医院名称从下拉列表中选择；新的医院请先在“基础信息”中添加。同一医院只填一行。',
  '红细胞类、冷沉淀按U填写；血浆按ml填写（如按U统计，请把表头改为“血浆(U)”，100ml=1U）；单采血小板按治疗量填写。',
  '“合计”行自动求和，请勿改动，导入时会用它核对各医院之和。',
  '没有数据的格子填0或留空，不要填写文字或负数。',
];

/** 供血月报模板: one month of blood issued, one row per hospital (pre-filled from the profile). */
export async function supplyTemplate(profile?: Profile): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = profile?.station ?? '血站';
  const sheet = workbook.addWorksheet('供血月报', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true } });
  sheet.columns = [22, 13, 13, 15, 12, 20].map((width) => ({ width }));
  styleTitle(sheet, 'A1:F1', '临床供血情况月报表');
  labelled(sheet, 'A2', '统计月份：', 'B2');
  sheet.getCell('F2').value = '单位：U、ml、治疗量';
  HEADER.forEach((text, i) => { sheet.getCell(3, i + 1).value = text; });
  styleHeader(rowCells(sheet, 3, 1, HEADER.length));
  const hospitals = profile?.hospitals.map((h) => h.name) ?? [];
  const rows = hospitals.length > 0 ? hospitals.length + SPARE_ROWS : BLANK_ROWS;
  const list = instructionsSheet(workbook, INSTRUCTIONS, '医院名称', hospitals);
  for (let i = 0; i < rows; i++) {
    const row = FIRST_BODY + i;
    if (hospitals[i]) sheet.getCell(row, 1).value = hospitals[i];
    if (list) dropdown(sheet.getCell(row, 1), list, '医院');
    styleBody(rowCells(sheet, row, 1, HEADER.length));
  }
  totalRow(sheet, FIRST_BODY + rows, FIGURE_COLUMNS, FIRST_BODY, FIRST_BODY + rows - 1, HEADER.length);
  return writeXlsx(workbook);
}
