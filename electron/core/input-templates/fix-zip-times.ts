/** 1980-01-01 00:00 in MS-DOS date format, the earliest a zip can say: a date that means "no date". */
const DOS_DATE_1980 = 0x0021;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;

/**
 * Sets every entry's modification time in a zip (an .xlsx) to a fixed value. exceljs zips through JSZip,
 * which stamps each entry with the current time, so the same workbook written twice differs in bytes;
 * with fixed times the output is byte-for-byte reproducible.
 */
export function fixZipTimes(zip: Uint8Array): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const end = findEnd(view);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) throw new Error('zip central directory is damaged');
    stamp(view, at + 12);
    stamp(view, view.getUint32(at + 42, true) + 10);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

function findEnd(view: DataView): number {
  for (let at = view.byteLength - 22; at >= 0; at--) if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  throw new Error('not a zip file');
}

/** Writes time 00:00:00 and the fixed date at a header's time/date pair. */
function stamp(view: DataView, at: number): void {
  view.setUint16(at, 0, true);
  view.setUint16(at + 2, DOS_DATE_1980, true);
}
