/** The container formats the parser reads. */
export type InputFormat = 'xlsx' | 'xls' | 'csv';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Recognises a file by its first bytes, then by its extension: counties rename files freely, so a
 * ".xls" that is really an .xlsx (or the reverse) still reads. Returns null for anything else.
 */
export function detectFormat(name: string, bytes: Uint8Array): InputFormat | null {
  if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
  if (startsWith(bytes, OLE_MAGIC)) return 'xls';
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'csv' || extension === 'txt') return 'csv';
  // Web reporting systems often export HTML or text tables named .xls; SheetJS reads those too.
  if (extension === 'xls' || extension === 'et') return 'xls';
  return null;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}
