import { findNamed, type Named } from './find-named.ts';
import type { SheetProblem } from '../model.ts';
import type { Clue } from './cell-clues.ts';

/** A value that a clue stated, with the clue for messages. */
export interface Claim<T> {
  readonly value: T;
  readonly clue: Clue;
}

/** What a sheet's surroundings (file name, sheet name, title, labelled cells) say, once they agree. */
export interface SheetContext {
  readonly county?: Claim<string>;
  readonly year?: Claim<number>;
  readonly month?: Claim<number>;
  /** Month ranges that every month must fall in (a quarter named in the title or file name). */
  readonly ranges: readonly Claim<readonly [number, number]>[];
  /** Labelled cells left blank, to name when the answer is missing ("统计月份（B2）未填写"). */
  readonly blanks: readonly Clue[];
}

/**
 * Combines the clues of a sheet. Sources that disagree (file name 1月, sheet name 2月; file name 华阴,
 * title 潼关) are an error naming both: the parser never picks one.
 */
export function resolveContext(clues: readonly Clue[], counties: readonly Named[], wantCounty: boolean): { context: SheetContext; problems: SheetProblem[] } {
  // An impossible month ("2025年13月") is refused where it stands, never replaced by a month named elsewhere.
  const problems: SheetProblem[] = clues.flatMap((clue) => (clue.period.invalid ?? []).map((text) => ({
    ...(clue.cell ? { cell: clue.cell } : {}), message: `${clue.source}中的“${text}”不是有效的月份（应为1—12月），请改正后再导入`,
  })));
  const agreed = <T>(what: string, claims: Claim<T>[], show: (v: T) => string): Claim<T> | undefined => {
    const distinct = claims.filter((c, i) => claims.findIndex((d) => d.value === c.value) === i);
    if (distinct.length > 1) problems.push(disagreement(what, distinct, show));
    return distinct.length === 1 ? distinct[0] : undefined;
  };
  const countyClaims = wantCounty ? clues.filter((c) => c.tells !== 'period').flatMap((clue) => findNamed(clue.countyText, counties).map((value) => ({ value, clue }))) : [];
  const county = agreed('区县', countyClaims, (v) => v);
  const year = agreed('年份', claims(clues, (c) => c.period.years), (v) => `${v}年`);
  const month = agreed('月份', claims(clues, (c) => c.period.months), (v) => `${v}月`);
  const ranges = claims(clues, (c) => c.period.ranges);
  const outside = month ? ranges.find((r) => month.value < r.value[0] || month.value > r.value[1]) : undefined;
  if (month && outside) problems.push({ cell: month.clue.cell ?? outside.clue.cell, message: `月份不一致：${outside.clue.source}为${outside.value[0]}-${outside.value[1]}月，${month.clue.source}为${month.value}月。请改正后再导入` });
  const blanks = clues.filter((c) => c.blank === true);
  return { context: { county, year, month, ranges, blanks }, problems };
}

function claims<T>(clues: readonly Clue[], values: (clue: Clue) => readonly T[]): Claim<T>[] {
  return clues.filter((c) => c.tells !== 'county').flatMap((clue) => values(clue).map((value) => ({ value, clue })));
}

function disagreement<T>(what: string, claims: readonly Claim<T>[], show: (v: T) => string): SheetProblem {
  const listed = claims.map((c) => `${c.clue.source}为${show(c.value)}`).join('，');
  return { cell: claims.find((c) => c.clue.cell)?.clue.cell, message: `${what}不一致：${listed}。请改正后再导入` };
}
