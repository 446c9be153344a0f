import { memoByText } from '../util/memo-by-text.ts';

/**
 * Canonical form of a header or label text for matching: NFKC (full-width "（１）" → "(1)"), every kind of
 * bracket as "()", no whitespace or line breaks (header cells are often wrapped by Alt+Enter), lower case.
 */
export const normalizeLabel: (text: string) => string = memoByText((text) => normalized(text));

function normalized(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[[【〔〈《]/g, '(')
    .replace(/[\]】〕〉》]/g, ')')
    .replace(/[\s\u200b\ufeff]+/g, '')
    .replace(/[:：]$/, '')
    .toLowerCase();
}
