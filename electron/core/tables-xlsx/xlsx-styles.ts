import type ExcelJS from 'exceljs';

/**
 * Fonts by role, named as Windows installs them (宋体 simsun, 黑体 simhei, 仿宋 simfang) with the GB2312
 * charset (134), so Excel on a Chinese Windows PC shows the official faces (GB/T 9704: body 仿宋, headings 黑体).
 */
const GB2312 = 134;
export const XLSX_FONTS = {
  title: { name: '宋体', size: 16, bold: true, charset: GB2312 },
  unit: { name: '仿宋', size: 11, charset: GB2312 },
  header: { name: '黑体', size: 11, charset: GB2312 },
  body: { name: '仿宋', size: 11, charset: GB2312 },
  total: { name: '仿宋', size: 11, bold: true, charset: GB2312 },
  note: { name: '仿宋', size: 10, charset: GB2312 },
} as const satisfies Record<string, Partial<ExcelJS.Font>>;

const THIN = { style: 'thin' } as const;

/** Thin borders on every side of a table cell. */
export const THIN_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Row heights in points: body rows leave room for 11 pt 仿宋; the title row for 16 pt. */
export const ROW_HEIGHTS = { title: 30, unit: 18, header: 22, body: 20 } as const;
