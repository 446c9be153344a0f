/** Hand-made ParsedFile values for the store tests (independent of the parser). */
import { createHash } from 'node:crypto';
import type { CollectionFigures, CollectionRecord, ParsedFile, SupplyFigures, SupplyRecord } from '../../../electron/core/model.ts';

/** A collection record read from one row of a sheet: figures in columns C–F of `row`. */
export function collection(county: string, month: string, figures: CollectionFigures, file: string, sheet = 'Sheet1', row = 5): CollectionRecord {
  const ref = (col: string) => ({ file, sheet, cells: [`${col}${row}`] });
  return {
    county, month, ...figures,
    sources: { wholeBloodDonors: ref('C'), wholeBloodUnits: ref('D'), plateletDonors: ref('E'), plateletDoses: ref('F') },
  };
}

/** A supply record read from one row of a sheet: figures in columns B–E of `row`. */
export function supply(hospital: string, month: string, figures: SupplyFigures, file: string, sheet = '供血', row = 4): SupplyRecord {
  const ref = (col: string) => ({ file, sheet, cells: [`${col}${row}`] });
  return {
    hospital, month, ...figures,
    sources: { redCellsU: ref('B'), plasmaMl: ref('C'), plateletDoses: ref('D'), cryoU: ref('E') },
  };
}

/** A parsed file; its SHA-256 is derived from the name and a salt, standing in for the bytes. */
export function parsedFile(file: string, collections: CollectionRecord[], supplies: SupplyRecord[] = [], salt = ''): ParsedFile {
  const kinds = [...(collections.length > 0 ? ['collection' as const] : []), ...(supplies.length > 0 ? ['supply' as const] : [])];
  return { file, sha256: sha(file + salt), kinds, collections, supplies, notices: [] };
}

/** A SHA-256 in hex. */
export function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Figures of a county-month. */
export function figures(wholeBloodDonors: number, wholeBloodUnits: number, plateletDonors: number, plateletDoses: number): CollectionFigures {
  return { wholeBloodDonors, wholeBloodUnits, plateletDonors, plateletDoses };
}
