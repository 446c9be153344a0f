/** Width of "说明：" in full-width spaces, so later notes align under the first note's text. */
const HANGING = '\u3000\u3000\u3000';

/** The 说明 lines under a table: the first prefixed "说明：" (unless it already says 说明), the rest hung under it. */
export function noteLines(notes: readonly string[]): string[] {
  return notes.map((note, i) => {
    if (i > 0) return `${HANGING}${note}`;
    return note.startsWith('说明') ? note : `说明：${note}`;
  });
}
