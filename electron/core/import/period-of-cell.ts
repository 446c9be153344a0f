import { parsePeriodText, type PeriodHint } from './parse-period-text.ts';
import type { GridCell } from './sheet-grid.ts';

/** A period read from one cell, or why the cell cannot be read as one. */
export type CellPeriod = { readonly ok: true; readonly period: PeriodHint } | { readonly ok: false; readonly message: string };

/** Excel day 0 (serial numbers count days from 1899-12-30, the 1900 leap-year bug included). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * Reads a month-column or labelled cell: text as in parsePeriodText; numbers as a month (1–12), as yyyymm
 * (202501), as an Excel date (a cell formatted "2025-01") or as "2025.2". The number 2025.1 is refused:
 * Excel stores what was typed as "2025.10" as 2025.1 too, so January and October cannot be told apart.
 */
export function periodOfCell(cell: GridCell): CellPeriod {
  if (typeof cell.value === 'string') return { ok: true, period: parsePeriodText(cell.value) };
  if (typeof cell.value !== 'number') return { ok: true, period: { years: [], months: [], ranges: [] } };
  return periodOfNumber(cell.value);
}

function periodOfNumber(n: number): CellPeriod {
  if (Number.isInteger(n) && n >= 1 && n <= 12) return found([], [n]);
  if (Number.isInteger(n) && n >= 199001 && n <= 210012 && n % 100 >= 1 && n % 100 <= 12) return found([Math.floor(n / 100)], [n % 100]);
  if (Number.isInteger(n) && n >= 25000 && n <= 75000) return fromSerial(n);
  const decimal = /^(\d{4})\.(\d{1,2})$/.exec(String(n));
  if (decimal && decimal[2] === '1') return { ok: false, message: `数值${n}可能是1月也可能是10月（Excel把“${decimal[1]}.10”存为${n}），请改为文字，如“${decimal[1]}年1月”` };
  if (decimal && Number(decimal[2]) <= 12) return found([Number(decimal[1])], [Number(decimal[2])]);
  return { ok: false, message: `数值${n}不是月份，请填写如“2025年1月”` };
}

/** Excel serial days (45658 = 2025-01-01) to the year and month they fall in. */
function fromSerial(serial: number): CellPeriod {
  const date = new Date(EXCEL_EPOCH + serial * 86_400_000);
  return found([date.getUTCFullYear()], [date.getUTCMonth() + 1]);
}

function found(years: number[], months: number[]): CellPeriod {
  return { ok: true, period: { years, months, ranges: [] } };
}
