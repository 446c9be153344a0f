import type { ParsedFile, Problem } from '../model.ts';

/**
 * The same county-month (or hospital-month) read from two sheets of one file: summing them could double
 * count and choosing one would be a guess, so it is an error naming both sheets.
 */
export function duplicateRecords(parsed: ParsedFile): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  const entries = [
    ...parsed.collections.map((r) => ({ who: `${r.county}`, month: r.month, sheet: r.sources.wholeBloodDonors.sheet })),
    ...parsed.supplies.map((r) => ({ who: r.hospital, month: r.month, sheet: r.sources.redCellsU.sheet })),
  ];
  for (const { who, month, sheet } of entries) {
    const id = `${who}|${month}`;
    const first = seen.get(id);
    if (first !== undefined) problems.push({ file: parsed.file, sheet, message: `${who}${monthLabel(month)}的数据在工作表“${first}”和“${sheet}”中都出现了，请删除重复的工作表` });
    else seen.set(id, sheet);
  }
  return problems;
}

function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return `${year}年${m}月`;
}
