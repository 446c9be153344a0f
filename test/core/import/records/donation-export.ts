import * as XLSX from '@e965/xlsx';

/** One donation row of a test export, in the columns of {@link EXPORT_HEADER}. */
export type ExportRow = readonly [date: string, barcode: string, donor: string, county: string, type: string, volume: string, abo: string, rhd: string, first: string, mode: string, sex: string, age: string];

/** The header of a blood-management system's export, as such systems name the columns. */
export const EXPORT_HEADER = ['献血日期', '献血码', '献血者编号', '区县', '献血类型', '献血量(ml)', 'ABO', 'RhD', '首次/再次', '团体/个人', '性别', '年龄'] as const;

function rows(county: string, month: string, spec: readonly (readonly [type: string, volume: string, donor: string, abo: string, rhd: string, first: string, mode: string])[]): ExportRow[] {
  return spec.map(([type, volume, donor, abo, rhd, first, mode], i) => [`2025-${month}-${String((i % 28) + 1).padStart(2, '0')}`, `B${month}${String(i).padStart(4, '0')}`, donor, county, type, volume, abo, rhd, first, mode, i % 2 ? '女' : '男', String(20 + i)]);
}

const W = '全血';
const P = '机采血小板';

/**
 * Thirty donations whose aggregate is checked by hand in the tests. 华阴市 January: 16 whole blood (8×200, 2×300,
 * 6×400 ml = 8 + 3 + 12 = 23 U) and 4 platelet donations (1 + 2 + 1 + 2 = 6 治疗量); 8 first-time donations
 * (7 whole blood, 1 platelet); 19 donors, 11 of them repeat (9 whole-blood 再次, P1 twice, P2 再次); ABO A6 B5 O7 AB2;
 * one RhD-negative; 12 团体. 潼关县 February: 10 whole blood (5×200, 5×400 = 15 U), 5 first-time, A3 B3 O3 AB1, all 个人.
 */
export const THIRTY_ROWS: readonly ExportRow[] = [
  ...rows('华阴市', '01', [
    [W, '400', 'W01', 'A', '阳性', '首次', '团体'], [W, '400', 'W02', 'A', '阳性', '首次', '团体'], [W, '400', 'W03', 'A', '阳性', '首次', '团体'],
    [W, '400', 'W04', 'A', '阳性', '首次', '团体'], [W, '400', 'W05', 'A', '阴性', '首次', '团体'], [W, '400', 'W06', 'B', '阳性', '首次', '团体'],
    [W, '300', 'W07', 'B', '阳性', '首次', '团体'], [W, '300', 'W08', 'B', '阳性', '再次', '团体'], [W, '200', 'W09', 'B', '阳性', '再次', '团体'],
    [W, '200', 'W10', 'O', '阳性', '再次', '团体'], [W, '200', 'W11', 'O', '阳性', '再次', '个人'], [W, '200', 'W12', 'O', '阳性', '再次', '个人'],
    [W, '200', 'W13', 'O', '阳性', '再次', '个人'], [W, '200', 'W14', 'O', '阳性', '再次', '个人'], [W, '200', 'W15', 'AB', '阳性', '再次', '个人'],
    [W, '200', 'W16', 'AB', '阳性', '再次', '个人'],
    [P, '1', 'P1', 'A', '阳性', '再次', '团体'], [P, '2', 'P1', 'B', '阳性', '再次', '团体'], [P, '1', 'P2', 'O', '阳性', '再次', '个人'], [P, '2', 'P3', 'O', '阳性', '首次', '个人'],
  ]),
  ...rows('潼关县', '02', [
    [W, '400', 'T01', 'A', '阳性', '首次', '个人'], [W, '400', 'T02', 'A', '阳性', '首次', '个人'], [W, '400', 'T03', 'A', '阳性', '首次', '个人'],
    [W, '400', 'T04', 'B', '阳性', '首次', '个人'], [W, '400', 'T05', 'B', '阳性', '首次', '个人'], [W, '200', 'T06', 'B', '阳性', '再次', '个人'],
    [W, '200', 'T07', 'O', '阳性', '再次', '个人'], [W, '200', 'T08', 'O', '阳性', '再次', '个人'], [W, '200', 'T09', 'O', '阳性', '再次', '个人'],
    [W, '200', 'T10', 'AB', '阳性', '再次', '个人'],
  ]),
];

/** The rows as CSV text with a BOM (as Chinese Excel expects), header first. */
export function exportCsv(body: readonly (readonly string[])[], header: readonly string[] = EXPORT_HEADER): string {
  return `\ufeff${[header, ...body].map((row) => row.join(',')).join('\r\n')}\r\n`;
}

/** The rows as an .xlsx workbook of one sheet "Sheet1", dates as real Excel dates and amounts as numbers. */
export function exportXlsx(body: readonly ExportRow[], header: readonly string[] = EXPORT_HEADER): Uint8Array {
  const data: (string | number | Date)[][] = [[...header], ...body.map((row) => row.map((value, c) => (c === 0 ? new Date(`${value}T00:00:00Z`) : c === 5 && /^\d+$/.test(value) ? Number(value) : value)))];
  const sheet = XLSX.utils.aoa_to_sheet(data, { cellDates: true, dateNF: 'yyyy-mm-dd' });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Sheet1');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
}
