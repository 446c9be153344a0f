/** The user's free text as paragraphs: one per non-empty line, trimmed (full-width indents are the layout's job). */
export function freeTextParagraphs(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')).filter((line) => line !== '');
}
