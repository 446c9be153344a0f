import type { SourceRef } from '../model.ts';
import { COLLECTION_LABELS, SUPPLY_LABELS } from '../figure-labels.ts';
import { formatCells } from '../util/cell-ranges.ts';
import { dateLabel, formatMonth } from '../format/format-dates.ts';
import { subjectOf } from '../store/record-tables.ts';
import type { Conflict } from '../store/store.ts';

/** How each figure is named to the user, with its unit (the one table of figure-labels.ts). */
function labelOf(kind: Conflict['key']['kind'], field: string): string {
  const labels: Readonly<Record<string, string>> = kind === 'collection' ? COLLECTION_LABELS : SUPPLY_LABELS;
  return labels[field] ?? field;
}

/** Four equal figures and a differing breakdown: records and a county sheet that disagree on 400 ml, 首次/再次 or ABO. */
const DETAILS_DIFFER = '四项数字相同，但分项（200/300/400ml各档、首次/再次、血型或团体/个人人次）不同';

/**
 * The conflict as one Chinese sentence: the county (or hospital) and month, the stored source with its
 * import date, the incoming source, every differing figure as old → new, and what to do about it.
 */
export function describeConflict(conflict: Conflict): string {
  const { key, stored, incoming } = conflict;
  const storedFigures = stored.figures as unknown as Readonly<Record<string, number>>;
  const incomingFigures = incoming.figures as unknown as Readonly<Record<string, number>>;
  return `${subjectOf(key)} ${formatMonth(key.month, true)} 已有数据（来自 ${sourceText(stored.source)}，导入于${dateLabel(stored.importedAt)}）`
    + `与本文件（${sourceText(incoming.source)}）不一致：${differences(key.kind, storedFigures, incomingFigures) || DETAILS_DIFFER}。`
    + '如确认新数据正确，请选择“替换”（命令行加 --replace）；原数据将保留在历史记录中。';
}

function sourceText(source: SourceRef): string {
  const sheet = source.sheet === '' ? '' : ` 工作表“${source.sheet}”`;
  const cells = formatCells(source.cells);
  return `${source.file}${sheet}${cells === '' ? '' : ` ${cells}`}`;
}

function differences(kind: Conflict['key']['kind'], stored: Readonly<Record<string, number>>, incoming: Readonly<Record<string, number>>): string {
  return Object.keys(incoming)
    .filter((field) => stored[field] !== incoming[field])
    .map((field) => `${labelOf(kind, field)} ${stored[field]} → ${incoming[field]}`)
    .join('，');
}
