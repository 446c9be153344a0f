/** Display formatting shared by the screens (Chinese conventions: 2025年1月, 2.25‰, 1,234). */
import type { Change, Problem, SourceRef } from '../../electron/core/model.ts';
import { formatFixed } from '../../electron/core/format/format-numbers.ts';
import { formatCells } from '../../electron/core/util/cell-ranges.ts';
import { COLLECTION_LABELS as CORE_COLLECTION_LABELS, SUPPLY_LABELS as CORE_SUPPLY_LABELS } from '../../electron/core/figure-labels.ts';

/** "2025-01" → "2025年1月". */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-');
  return `${year}年${Number(m)}月`;
}

/** "2025-01" → "1月". */
export function shortMonth(month: string): string {
  return `${Number(month.split('-')[1])}月`;
}

/** Consecutive months as a range: ["2025-01","2025-02","2025-03"] → "2025年1月—3月". */
export function monthsLabel(months: readonly string[]): string {
  if (months.length === 0) return '';
  if (months.length === 1) return monthLabel(months[0]);
  const first = months[0];
  const last = months[months.length - 1];
  return first.slice(0, 4) === last.slice(0, 4) ? `${monthLabel(first)}—${shortMonth(last)}` : `${monthLabel(first)}—${monthLabel(last)}`;
}

/** A count with thousands separators; "—" for missing. */
export function count(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

/** 千人口献血率, always with ‰ (never %). */
export function permille(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${value.toFixed(2)}‰`;
}

/**
 * A 同比 / 环比 change as "+123（+4.5%）". The change is the one the core computed (stats/change.ts, exact
 * half-up) and its digits come from the core's own formatter, so the screen states what the PDF states.
 */
export function changeText(change: Change | null | undefined): string {
  if (!change) return '—';
  const sign = change.delta > 0 ? '+' : '';
  const pct = change.percent === null ? '' : `（${changePercentText(change)}）`;
  return `${sign}${count(change.delta)}${pct}`;
}

/** A change as a percentage only ("+4.3%"), for narrow tables; "—" when there is no base to compare with. */
export function changePercentText(change: Change | null | undefined): string {
  if (!change || change.percent === null) return '—';
  return `${change.percent > 0 ? '+' : ''}${formatFixed(change.percent, 1)}%`;
}

/** Names as a short list: "甲、乙、丙" or "甲、乙、丙等 12 个". */
export function shortList(names: readonly string[], max = 3): string {
  return names.length > max ? `${names.slice(0, max).join('、')}等 ${names.length} 个` : names.join('、');
}

/** The last segment of a Windows or POSIX path. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** "报表.xlsx · 工作表“1月” · C5:C7（共3个单元格）": cells stored one by one or as ranges read the same. */
export function sourceText(source: SourceRef): string {
  const cells = formatCells(source.cells);
  return [baseName(source.file), source.sheet ? `工作表“${source.sheet}”` : '', cells].filter((p) => p !== '').join(' · ');
}

/** A problem located by sheet and cell. */
export function problemText(problem: Problem): string {
  const place = [problem.sheet ? `工作表“${problem.sheet}”` : '', problem.cell ? `单元格 ${problem.cell}` : ''].filter((p) => p !== '').join(' ');
  return place === '' ? problem.message : `${place}：${problem.message}`;
}

/** An ISO time as "2025年4月11日 14:05". */
export function timeLabel(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Figure labels in display order, as [field, label] pairs, from the core's one table (figure-labels.ts). */
export const COLLECTION_LABELS = Object.entries(CORE_COLLECTION_LABELS) as readonly (readonly [string, string])[];
/** Supply labels likewise. */
export const SUPPLY_LABELS = Object.entries(CORE_SUPPLY_LABELS) as readonly (readonly [string, string])[];
