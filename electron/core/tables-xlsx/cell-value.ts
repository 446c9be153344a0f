import type { DocTable } from '../doc-model.ts';
import { neutraliseFormula } from './neutralise-formula.ts';

type DocRow = DocTable['rows'][number];

/**
 * The value written to a spreadsheet cell: the raw number when the row has one (so Excel can sum and sort),
 * else the printed string (a name, or a placeholder such as "—"), else nothing. Text is neutralised: a name
 * from an imported file never becomes a formula.
 */
export function cellValue(row: DocRow, col: number): number | string | null {
  const raw = row.values?.[col];
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
  if (typeof raw === 'string' && raw !== '') return neutraliseFormula(raw);
  const printed = row.cells[col] ?? '';
  return printed === '' ? null : neutraliseFormula(printed);
}
