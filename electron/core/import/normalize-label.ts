/**
 * Canonical form of a header or label text for matching: NFKC (full-width "（１）" → "(1)"), every kind of
 * bracket as "()", no whitespace or line breaks (header cells are often wrapped by Alt+Enter), lower case.
 */
export function normalizeLabel(text: string): string {
  const known = MEMO.get(text);
  if (known !== undefined) return known;
  const norm = normalized(text);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(text, norm);
  return norm;
}

/** Sheets repeat the same few labels (county names, months, 合计) on every row: each is normalised once. */
const MEMO = new Map<string, string>();
const MEMO_LIMIT = 50_000;

function normalized(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[[【〔〈《]/g, '(')
    .replace(/[\]】〕〉》]/g, ')')
    .replace(/[\s\u200b\ufeff]+/g, '')
    .replace(/[:：]$/, '')
    .toLowerCase();
}
