/** A table row as the briefing builds it: the raw values behind the printed cells. */
interface ValuedRow {
  readonly values?: readonly (number | string | null)[];
  readonly total?: boolean;
}

/**
 * Whether the printed (rounded) values of one column fail to add up to the printed total, judged at `decimals`
 * places in integers: then the table needs "因四舍五入，分项之和与合计可能略有出入" (statistical bulletin practice).
 */
export function shownSumsDiffer(rows: readonly ValuedRow[], column: number, decimals: number): boolean {
  const scaled = (v: number | string | null | undefined): number => (typeof v === 'number' ? Math.round(v * 10 ** decimals) : 0);
  const total = rows.find((r) => r.total);
  if (!total || typeof total.values?.[column] !== 'number') return false;
  const sum = rows.filter((r) => !r.total).reduce((acc, r) => acc + scaled(r.values?.[column]), 0);
  return sum !== scaled(total.values[column]);
}
