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
