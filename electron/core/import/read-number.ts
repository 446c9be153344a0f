import type { GridCell } from './sheet-grid.ts';

/** A figure read from a cell, or why it cannot be read (the message names the value, the caller names the cell). */
export type NumberRead =
  | { readonly ok: true; readonly value: number; readonly empty: boolean; readonly suffix?: UnitSuffix }
  | { readonly ok: false; readonly message: string };

/** The unit a number typed with its unit names ("1,336.5U", "781人次", "12治疗量"). */
export type UnitSuffix = 'persons' | 'U' | 'ml' | 'doses';

/** Units typed after a number, normalised (NFKC, lower case): the longest first. */
const SUFFIXES: readonly (readonly [RegExp, UnitSuffix])[] = [
  [/(人次|人数|人|例)$/, 'persons'],
  [/(治疗量|人份|份)$/, 'doses'],
  [/(ml|毫升)$/, 'ml'],
  [/(u|单位)$/, 'U'],
];

/** Placeholders for "nothing" that forms use in number cells: they count as 0. */
const NOTHING = /^(-+|—+|–+|\/)$/;
/** Digits with optional thousands separators and decimals, after NFKC (full-width "１，０２３" → "1,023"). */
const PLAIN = /^\+?\d+(\.\d+)?$/;
const GROUPED = /^\+?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * Reads a figure: numbers as stored; numbers stored as text ("1,023 ", "１０２３"); empty, "-", "—", "/" as 0.
 * Anything else ("约30", negative numbers, error values, formulas never calculated) is refused, not guessed.
 */
export function readNumber(cell: GridCell): NumberRead {
  if (cell.uncached) return { ok: false, message: `是公式（=${cell.formula}）但文件中没有保存计算结果：请用 Excel 或 WPS 打开该文件、保存后再导入` };
  if (cell.error) return { ok: false, message: `是错误值 ${cell.error}，请修正公式或数据` };
  if (cell.value === null) return { ok: true, value: 0, empty: true };
  if (typeof cell.value === 'number') return checked(cell.value, cell.value);
  return fromText(cell.value);
}

function fromText(raw: string): NumberRead {
  // Most figure cells of a CSV are plain ASCII digits: NFKC, the unit suffixes and the patterns change nothing there.
  if (isPlainDigits(raw)) return checked(Number(raw), raw);
  const typed = raw.normalize('NFKC').replace(/[\s\u200b\ufeff]+/g, '').toLowerCase();
  if (typed === '') return { ok: true, value: 0, empty: true };
  if (NOTHING.test(typed)) return { ok: true, value: 0, empty: false };
  const unit = SUFFIXES.find(([pattern]) => pattern.test(typed) && /\d/.test(typed.replace(pattern, '').slice(-1)));
  const text = unit ? typed.replace(unit[0], '') : typed;
  if (PLAIN.test(text) || GROUPED.test(text)) {
    const read = checked(Number(text.replace(/,/g, '')), raw);
    return read.ok && unit ? { ...read, suffix: unit[1] } : read;
  }
  if (/^-\d/.test(text) && !Number.isNaN(Number(text.replace(/,/g, '')))) return negative(raw);
  return { ok: false, message: `的内容“${raw.trim()}”不是数字，请只填写数字（没有请填0）` };
}

/** "1023" or "15.5": ASCII digits with at most one inner decimal point (what PLAIN accepts, without a sign). */
function isPlainDigits(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 15) return false;
  let dot = -1;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 && dot < 0 && i > 0 && i < n - 1) dot = i;
    else if (code < 48 || code > 57) return false;
  }
  return true;
}

/** `shown` is the value as the cell shows it, stringified only for a message (most cells need none). */
function checked(value: number, shown: string | number): NumberRead {
  if (!Number.isFinite(value)) return { ok: false, message: `“${shown}”不是有效数字` };
  if (value < 0) return negative(String(shown));
  // Past 10^15 a double no longer holds every integer and rounding below would overflow to Infinity:
  // no blood count comes near it (the validation rules hold real figures far lower).
  if (value > 1e15) return { ok: false, message: `为${String(shown).trim()}，数值过大，不是有效的采供血数量` };
  // Cached formula results carry binary noise (1022.9999999999998); counts and units have few decimals.
  return { ok: true, value: Math.round(value * 1e6) / 1e6, empty: false };
}

function negative(shown: string): NumberRead {
  return { ok: false, message: `为负数（${shown.trim()}），采供血数量不能为负` };
}
