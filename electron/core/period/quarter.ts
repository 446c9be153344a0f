import type { Month, QuarterId } from '../model.ts';
import { chinaClock } from './china-time.ts';

/** A quarter split into its parts. */
export interface Quarter {
  readonly year: number;
  readonly q: 1 | 2 | 3 | 4;
}

const QUARTER_PATTERN = /^(\d{4})Q([1-4])$/;

/** Parses "2025Q1"; returns null for anything else. */
export function parseQuarter(id: string): Quarter | null {
  const m = QUARTER_PATTERN.exec(id.trim().toUpperCase());
  return m ? { year: Number(m[1]), q: Number(m[2]) as Quarter['q'] } : null;
}

/** Formats a quarter as its id, "2025Q1". */
export function quarterId(quarter: Quarter): QuarterId {
  return `${quarter.year}Q${quarter.q}`;
}

/** The three months of a quarter, "2025-01" … "2025-03". */
export function quarterMonths(quarter: Quarter): Month[] {
  return [1, 2, 3].map((i) => monthId(quarter.year, (quarter.q - 1) * 3 + i));
}

/** Formats a month as "YYYY-MM". */
export function monthId(year: number, month: number): Month {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The quarter before this one (2025Q1 → 2024Q4), for 环比. */
export function previousQuarter(quarter: Quarter): Quarter {
  return quarter.q === 1 ? { year: quarter.year - 1, q: 4 } : { year: quarter.year, q: (quarter.q - 1) as Quarter['q'] };
}

/** The same quarter one year earlier, for 同比. */
export function sameQuarterLastYear(quarter: Quarter): Quarter {
  return { year: quarter.year - 1, q: quarter.q };
}

/** The months from January up to the end of this quarter, for year-to-date progress. */
export function yearToDateMonths(quarter: Quarter): Month[] {
  return Array.from({ length: quarter.q * 3 }, (_, i) => monthId(quarter.year, i + 1));
}

/** The quarter containing a month ("2025-05" → 2025Q2). */
export function quarterOfMonth(month: Month): Quarter {
  const [year, m] = month.split('-').map(Number);
  return { year, q: (Math.floor((m - 1) / 3) + 1) as Quarter['q'] };
}

/** The last quarter that ended before `now` in China (the default quarter for a briefing). */
export function lastCompleteQuarter(now: Date): Quarter {
  const { year, month } = chinaClock(now);
  const current = quarterOfMonth(monthId(year, month));
  return previousQuarter(current);
}

const QUARTER_NAMES = ['一', '二', '三', '四'] as const;

/** The Chinese name of a quarter, "2025年第一季度". */
export function quarterLabel(quarter: Quarter): string {
  return `${quarter.year}年第${QUARTER_NAMES[quarter.q - 1]}季度`;
}
