import { numberCell, textCell, type Cell } from './table-cell.ts';
import { divideHalfUp } from '../stats/decimal.ts';
import { formatCount, formatFixed, formatUnits } from '../format/format-numbers.ts';
import type { Change, Totals } from '../model.ts';
import type { TargetProgress } from '../stats/target-progress.ts';

/** What one row of the county table shows, for a county or the whole city. */
export interface CountyRowInput {
  readonly rank: number | null;
  readonly name: string;
  readonly population: number | null;
  readonly totals: Totals;
  /** 献血人次 同比, as computed in stats/. */
  readonly yearOnYear: Change | null;
  readonly target: TargetProgress | null;
  /** False when no month of the quarter is stored: figures print as dashes, not zeros. */
  readonly reported: boolean;
}

const oneDecimal = (v: number): string => formatFixed(v, 1);

/** The cells of a county-table row; the task columns only when the table has them. */
export function countyRow(input: CountyRowInput, withTarget: boolean): Cell[] {
  const t = input.totals;
  const figure = (v: number | null | undefined): number | null | undefined => (input.reported ? v : null);
  const cells = [
    input.rank === null ? { text: '', value: null } : numberCell(input.rank, formatCount),
    textCell(input.name),
    numberCell(input.population === null ? null : divideHalfUp(input.population, 10000, 1), oneDecimal),
    numberCell(figure(t.donors), formatCount),
    numberCell(figure(t.wholeBloodDonors), formatCount),
    numberCell(figure(t.wholeBloodUnits), formatUnits),
    numberCell(figure(t.plateletDonors), formatCount),
    numberCell(figure(t.plateletDoses), formatCount),
    numberCell(t.ratePerThousand, (v) => formatFixed(v, 2)),
    numberCell(input.yearOnYear?.percent, oneDecimal),
  ];
  if (!withTarget) return cells;
  return [...cells, numberCell(input.target?.annual, formatCount), numberCell(figure(input.target?.progress), oneDecimal)];
}
