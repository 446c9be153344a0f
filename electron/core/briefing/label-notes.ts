import { fillTemplate } from './fill-template.ts';
import type { Wording } from './wording.ts';

/**
 * Table notes as printed: the first opens with the "说明：" label, and several notes are numbered
 * ("说明：1. …", "2. …") so the layout can hang them under the label and each reads as its own point.
 */
export function labelNotes(notes: readonly string[], wording: Wording): string[] {
  const numbered = notes.length > 1 ? notes.map((note, i) => `${fillTemplate(wording.noteNumber, { n: i + 1 })}${note}`) : notes;
  return numbered.map((note, i) => (i === 0 ? `${wording.notesLabel}${note}` : note));
}
