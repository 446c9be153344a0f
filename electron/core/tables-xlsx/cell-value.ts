import type { DocTable } from '../doc-model.ts';

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

/**
 * Text that a spreadsheet could take for a formula — starting with = + - @ (or their full-width forms, or a
 * tab or CR that some programs strip first) — gets a leading apostrophe, as OWASP advises for CSV injection:
 * a county or hospital name typed as "=HYPERLINK(…)" in an imported file stays text in every copy of the
 * export, even after someone saves it as CSV. Printed figures ("-3.2%", "+12") are left as they are.
 */
export function neutraliseFormula(text: string): string {
  if (!/^[=+\-@\t\r＝＋－＠]/.test(text)) return text;
  if (/^[+\-]\d[\d,]*(\.\d+)?(%|‰)?$/.test(text)) return text;
  return `'${text}`;
}
