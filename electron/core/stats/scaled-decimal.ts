/** A finite decimal as an exact integer and a power of ten: value = int ÷ 10^scale. */
export interface ScaledDecimal {
  readonly int: bigint;
  readonly scale: number;
}

const NUMBER_PATTERN = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * Reads a number as the decimal it prints as (its shortest round-trip form), so 0.1 is exactly 1/10.
 * Figures come from spreadsheets as decimals; reasoning on their binary value would make 1.005 round down.
 */
export function toScaledDecimal(value: number): ScaledDecimal {
  const m = NUMBER_PATTERN.exec(String(value));
  if (!m) throw new RangeError(`不是有限数值：${value}`);
  const fraction = m[3] ?? '';
  const scale = fraction.length - Number(m[4] ?? 0);
  const digits = BigInt(`${m[1]}${m[2]}${fraction}`);
  return scale >= 0 ? { int: digits, scale } : { int: digits * 10n ** BigInt(-scale), scale: 0 };
}
