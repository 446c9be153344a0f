/** Characters Excel forbids in sheet names. */
const FORBIDDEN = /[\\/?*[\]:]/g;
/** Excel's limit on sheet-name length. */
const MAX_LENGTH = 31;

/**
 * Worksheet names from table titles: forbidden characters removed, runs of spaces collapsed, cut to 31
 * characters, made unique with "(2)", "(3)"… (Excel refuses duplicates, case-insensitively).
 */
export function sheetNames(titles: readonly string[]): string[] {
  const used = new Set<string>();
  return titles.map((title, i) => {
    const base = title.replace(FORBIDDEN, '').replace(/\s+/g, ' ').trim().replace(/^'|'$/g, '') || `表${i + 1}`;
    let name = base.slice(0, MAX_LENGTH);
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, MAX_LENGTH - String(n).length - 2)}(${n})`;
    used.add(name.toLowerCase());
    return name;
  });
}
