import type { SourceRef } from '../model.ts';
import { compressCells } from '../util/cell-ranges.ts';
import type { Placement } from './grid-address.ts';

/** Where records come from: the file as the user named it and the sheet. */
export interface SheetOrigin extends Placement {
  readonly file: string;
  readonly sheet: string;
}

/** The source of one figure: the file, the sheet and the cells summed into it, runs of cells as ranges ("C5:C7"). */
export function sourceRef(origin: SheetOrigin, cells: readonly string[], reading?: string): SourceRef {
  return { file: origin.file, sheet: origin.sheet, cells: compressCells(cells), ...(reading ? { reading } : {}) };
}
