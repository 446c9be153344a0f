import type { SourceRef } from '../model.ts';
import type { Placement } from './grid-address.ts';

/** Where records come from: the file as the user named it and the sheet. */
export interface SheetOrigin extends Placement {
  readonly file: string;
  readonly sheet: string;
}

/** The source of one figure: the file, the sheet and the cells summed into it. */
export function sourceRef(origin: SheetOrigin, cells: readonly string[], reading?: string): SourceRef {
  return { file: origin.file, sheet: origin.sheet, cells, ...(reading ? { reading } : {}) };
}
