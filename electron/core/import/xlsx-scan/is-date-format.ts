/**
 * Whether a cell's number format shows a date or time (ECMA-376 18.8.30 numFmt; the built-in ids of 18.8.30's
 * table plus the East Asian ones, 27–36 and 50–58, that Chinese Excel and WPS write for 2025年4月). The test
 * is SheetJS's fmt_is_date token walk, so both readers call the same cells dates.
 */

/** Built-in format ids that are dates or times (custom ids start at 164). */
const DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81]);

/** Is number format `id` (with the workbook's own format codes `custom`) a date or time format? */
export function isDateStyle(id: number, custom: ReadonlyMap<number, string>): boolean {
  const code = custom.get(id);
  return code === undefined ? DATE_IDS.has(id) : isDateFormat(code);
}

const ABSOLUTE_TIME = /\[[HhMmSs\u0E0A\u0E19\u0E17]*\]/;

/** Is the format code a date or time (quoted text, escapes and number placeholders skipped)? */
export function isDateFormat(fmt: string): boolean {
  let i = 0;
  while (i < fmt.length) {
    const c = fmt.charAt(i);
    switch (c) {
      case 'G': if (isGeneral(fmt, i)) i += 6; i++; break;
      case '"': for (; fmt.charCodeAt(++i) !== 34 && i < fmt.length;) { /* skip quoted text */ } ++i; break;
      case '\\': case '_': i += 2; break;
      case '@': ++i; break;
      // B1/B2 (Buddhist and Hijri years) as well as every date or time letter.
      case 'B': case 'b': case 'M': case 'D': case 'Y': case 'H': case 'S': case 'E':
      case 'm': case 'd': case 'y': case 'h': case 's': case 'e': case 'g': return true;
      case 'A': case 'a': case '上':
        if (fmt.substr(i, 3).toUpperCase() === 'A/P' || fmt.substr(i, 5).toUpperCase() === 'AM/PM' || fmt.substr(i, 5).toUpperCase() === '上午/下午') return true;
        ++i; break;
      case '[': {
        let o = c;
        while (fmt.charAt(i++) !== ']' && i < fmt.length) o += fmt.charAt(i);
        if (ABSOLUTE_TIME.test(o)) return true;
        break;
      }
      case '.': case '0': case '#': {
        let d: string = c;
        while (i < fmt.length && ('0#?.,E+-%'.indexOf((d = fmt.charAt(++i))) > -1 || (d === '\\' && fmt.charAt(i + 1) === '-' && '0#'.indexOf(fmt.charAt(i + 2)) > -1))) { /* skip digits */ }
        break;
      }
      case '?': while (fmt.charAt(++i) === c) { /* skip */ } break;
      case '*': ++i; if (fmt.charAt(i) === ' ' || fmt.charAt(i) === '*') ++i; break;
      case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
        while (i < fmt.length && '0123456789'.indexOf(fmt.charAt(++i)) > -1) { /* skip */ } break;
      default: ++i; break;
    }
  }
  return false;
}

function isGeneral(s: string, i: number): boolean {
  return s.length >= 7 + i && s.slice(i, i + 7).toLowerCase() === 'general';
}
