import type { Month } from '../../model.ts';
import { monthId } from '../../period/quarter.ts';
import type { ScannedCell } from './scanned-row.ts';

/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug included), in UTC. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serial days of 1982-01-01 and 2099-12-31: a date column's number outside them is no donation date. */
const SERIAL_RANGE = [29952, 73050] as const;

/**
 * The month of a donation date: an Excel date (serial day), or text "2025-01-05", "2025/1/5", "2025.1.5",
 * "2025年1月5日", "20250105", with or without a time after it. A day that does not exist (2月30日) is refused.
 */
export function readDonationDate(cell: ScannedCell): Month | null {
  if (cell === null || typeof cell === 'boolean') return null;
  if (typeof cell === 'object') return fromSerial(cell.excelDate);
  if (typeof cell === 'number') return fromSerial(cell);
  const text = cell.trim().normalize('NFKC');
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:$|[\sT]\d)/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (match) return fromParts(Number(match[1]), Number(match[2]), Number(match[3]));
  return /^\d+(\.\d+)?$/.test(text) ? fromSerial(Number(text)) : null;
}

function fromSerial(serial: number): Month | null {
  if (!Number.isFinite(serial) || serial < SERIAL_RANGE[0] || serial > SERIAL_RANGE[1]) return null;
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
  return monthId(date.getUTCFullYear(), date.getUTCMonth() + 1);
}

function fromParts(year: number, month: number, day: number): Month | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists && year >= 1982 && year <= 2099 ? monthId(year, month) : null;
}
