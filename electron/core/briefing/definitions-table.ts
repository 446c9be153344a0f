import { tableRow, textCell } from './table-cell.ts';
import type { DocTable } from '../doc-model.ts';
import type { BriefingContext } from './briefing-context.ts';

/** 附表3: the definition of every indicator printed (domain.md table), from the wording file. */
export function definitionsTable(ctx: BriefingContext): DocTable {
  const w = ctx.wording.appendix;
  return {
    title: w.definitionsTitle,
    unit: '',
    header: [[w.definitionsName, w.definitionsText, w.definitionsUnit].map((text) => ({ text }))],
    columns: [{ weight: 2.1, align: 'center' }, { weight: 5, align: 'left' }, { weight: 1.5, align: 'center' }],
    rows: ctx.wording.definitions.map((d) => tableRow(d.map(textCell))),
    notes: [],
    orientation: 'portrait',
  };
}
