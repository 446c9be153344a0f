const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;

/**
 * Sets every entry's modification time in a zip container (an .xlsx) to `date`, in place of the write time.
 * exceljs zips through JSZip, which stamps each entry with the current time, so the same workbook written
 * twice would differ in bytes; with fixed times the output is reproducible (same inputs and clock → same bytes).
 */
export function stableZip(zip: Uint8Array, date: Date): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const end = findEnd(view);
  const stamp = dosDateTime(date);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i += 1) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) throw new Error('zip central directory is damaged');
    writeStamp(view, at + 12, stamp);
    writeStamp(view, view.getUint32(at + 42, true) + 10, stamp);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

function findEnd(view: DataView): number {
  for (let at = view.byteLength - 22; at >= 0; at -= 1) if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  throw new Error('not a zip file');
}

/** MS-DOS time and date words (2-second resolution, years from 1980), from the UTC fields so every zone agrees. */
function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.max(date.getUTCFullYear(), 1980);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

function writeStamp(view: DataView, at: number, stamp: { time: number; day: number }): void {
  view.setUint16(at, stamp.time, true);
  view.setUint16(at + 2, stamp.day, true);
}
