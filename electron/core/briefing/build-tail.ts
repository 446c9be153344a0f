import { fillTemplate } from './fill-template.ts';
import type { Tail } from '../doc-model.ts';
import type { BriefingSettings } from './briefing-settings.ts';
import type { Wording } from './wording.ts';

const TAIL_LABELS = ['报', '送', '发'] as const;

/** The last-page tail: non-empty 报 / 送 / 发 lines (bare labels; the layout adds "："), and 印数; null when empty. */
export function buildTail(settings: BriefingSettings, wording: Wording): Tail | null {
  const lines = TAIL_LABELS.map((label) => ({ label, text: settings.recipients[label].trim() })).filter((l) => l.text !== '');
  const copies = settings.copies === null ? null : fillTemplate(wording.tail.copies, { copies: settings.copies });
  return lines.length === 0 && copies === null ? null : { lines, copies };
}
