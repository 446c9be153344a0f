import type { CheckSettings } from '../model.ts';
import type { FieldReader } from '../profile/field-reader.ts';

export type { CheckSettings } from '../model.ts';

/** The defaults: 次月10日; ±50 % against last year and ±40 % against the mean of the previous 6 months (differences under 10 ignored); 10 % population. */
export const DEFAULT_CHECKS: CheckSettings = { dueDay: 10, trailingMonths: 6, yearOnYearPercent: 50, trailingPercent: 40, outlierMinimumChange: 10, populationChangePercent: 10 };

const BOUNDS: Readonly<Record<keyof CheckSettings, readonly [number, number, string]>> = {
  dueDay: [1, 31, 'checks.dueDay（次月报送截止日）'],
  trailingMonths: [1, 12, 'checks.trailingMonths（移动平均月数）'],
  yearOnYearPercent: [1, 1000, 'checks.yearOnYearPercent（与去年同月相比的阈值%）'],
  trailingPercent: [1, 1000, 'checks.trailingPercent（与前几个月平均相比的阈值%）'],
  outlierMinimumChange: [0, 100_000, 'checks.outlierMinimumChange（最小差值）'],
  populationChangePercent: [1, 100, 'checks.populationChangePercent（人口年变化阈值%）'],
};

/** Reads the settings file's `checks` object over the defaults; a bad value is a Chinese problem naming its key. */
export function parseCheckSettings(read: FieldReader, value: unknown, defaults: CheckSettings = DEFAULT_CHECKS): CheckSettings {
  const root = read.object(value, 'checks（数据核查）') ?? {};
  const entries = (Object.keys(BOUNDS) as (keyof CheckSettings)[]).map((key) => {
    const given = root[key];
    if (given === undefined || given === null) return [key, defaults[key]] as const;
    const [low, high, at] = BOUNDS[key];
    const integral = key === 'dueDay' || key === 'trailingMonths';
    const ok = typeof given === 'number' && Number.isFinite(given) && given >= low && given <= high && (!integral || Number.isInteger(given));
    return [key, read.check(ok, at, `应为${low}—${high}之间的${integral ? '整数' : '数字'}`) ? (given as number) : defaults[key]] as const;
  });
  return Object.fromEntries(entries) as unknown as CheckSettings;
}
