import type { DocBlock } from '../doc-model.ts';
import { assertNever } from '../util/assert-never.ts';
import type { Flow } from './flow.ts';
import { newPage } from './flow.ts';
import { layoutFigure } from './layout-figure.ts';
import { layoutHeading } from './layout-heading.ts';
import { layoutParagraph } from './layout-paragraph.ts';
import { layoutTable } from './layout-table.ts';
import { layoutTitle } from './layout-title.ts';

/** Lays out one block at the cursor; `next` is the block after it (a heading keeps with what follows). */
export function layoutBlock(flow: Flow, block: DocBlock, index: number, next: DocBlock | undefined): void {
  switch (block.kind) {
    case 'title': return layoutTitle(flow, block.text, { block: index });
    case 'heading': return layoutHeading(flow, block.level, block.text, { block: index }, next);
    case 'paragraph': return layoutParagraph(flow, block.text, { block: index }, block.indent ?? true, block.align ?? 'left');
    case 'table': return layoutTable(flow, block.table, index);
    case 'figure': return layoutFigure(flow, block.figure, index);
    case 'pageBreak': return void newPage(flow, 'portrait');
    default: return assertNever(block);
  }
}
