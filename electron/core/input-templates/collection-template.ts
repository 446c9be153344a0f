import ExcelJS from 'exceljs';
import type { Profile } from '../model.ts';
import { dropdown, instructionsSheet } from './instructions-sheet.ts';
import { labelled, rowCells, styleBody, styleHeader, styleTitle, totalRow } from './template-style.ts';
import { writeXlsx } from './write-xlsx.ts';

const SITES = ['献血屋', '流动采血车', '团体献血', '其他'] as const;
const FIGURE_COLUMNS = ['B', 'C', 'D', 'E'] as const;
const WIDTH = 6;
const FIRST_BODY = 5;
const INSTRUCTIONS = [
  '每个区县每月填写一份；也可以一个工作簿按月分成多个工作表，工作表名写月份（如“1月”）。',
  '“区县”从下拉列表中选择；“统计月份”填写如“2025年1月”。',
  '每个采血点一行，可增删采血点行；“合计”行自动求和，请勿改动，导入时会用它核对各采血点之和。',
  '全血“单位(U)”按200ml=1U折算（300ml=1.5U，400ml=2U）；也可以把表头改为“采血量(ml)”直接填毫升。',
  '单采血小板填写献血人次和治疗量（人份）。',
  '没有数据的格子填0或留空，不要填写“约30”等文字，也不要填负数。',
  '表格下方可以写备注，以“注：”开头。',
];

/** 采血月报模板: one county's month, site rows, a two-level header (全血 人次/单位(U), 机采血小板 人次/治疗量). */
export async function collectionTemplate(profile?: Profile): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = profile?.station ?? '血站';
  const sheet = workbook.addWorksheet('采血月报', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true } });
  sheet.columns = [14, 12, 12, 12, 12, 24].map((width) => ({ width }));
  styleTitle(sheet, 'A1:F1', '无偿献血采血情况月报表');
  labelled(sheet, 'A2', '区县：', 'B2');
  labelled(sheet, 'C2', '统计月份：', 'D2');
  sheet.getCell('F2').value = '单位：人次、U';
  header(sheet);
  SITES.forEach((site, i) => { sheet.getCell(FIRST_BODY + i, 1).value = site; styleBody(rowCells(sheet, FIRST_BODY + i, 1, WIDTH)); });
  const last = FIRST_BODY + SITES.length - 1;
  totalRow(sheet, last + 1, FIGURE_COLUMNS, FIRST_BODY, last, WIDTH);
  const list = instructionsSheet(workbook, INSTRUCTIONS, '可选区县', profile?.counties.map((c) => c.name) ?? []);
  if (list) dropdown(sheet.getCell('B2'), list, '区县');
  return writeXlsx(workbook);
}

function header(sheet: ExcelJS.Worksheet): void {
  for (const [range, text] of [['A3:A4', '采血点'], ['B3:C3', '全血'], ['D3:E3', '单采血小板'], ['F3:F4', '备注']] as const) {
    sheet.mergeCells(range);
    sheet.getCell(range.split(':')[0]).value = text;
  }
  (['人次', '单位(U)', '人次', '治疗量'] as const).forEach((text, i) => { sheet.getCell(4, i + 2).value = text; });
  styleHeader([...rowCells(sheet, 3, 1, WIDTH), ...rowCells(sheet, 4, 1, WIDTH)]);
}
