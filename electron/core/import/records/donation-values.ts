import type { Donation } from './read-donation.ts';
import type { RecordColumns } from './record-columns.ts';
import { scannedText, type ScannedCell } from './scanned-row.ts';

/**
 * What one cell of a donation row says, for the columns whose texts the systems spell in several ways:
 * the component, the amount, 首次/再次, the ABO group, RhD and the recruitment mode. Undefined (or null for
 * the amounts) when the text means none of them.
 */

/** 全血 or 机采血小板 from the 献血类型 text; without a type column, whole blood. */
export function componentOf(type: ScannedCell, columns: RecordColumns): 'whole' | 'platelet' | null {
  const text = scannedText(type);
  if (/全血/.test(text)) return 'whole';
  if (/血小板|机采|单采/.test(text)) return 'platelet';
  return columns.type === undefined ? 'whole' : null;
}

/** 200, 300 or 400 ml (domain.md: 1, 1.5 or 2 U); "400ml", "400毫升" and "400.0" are read too. */
export function wholeBloodMl(cell: ScannedCell): number | null {
  const match = /^(\d+(?:\.0+)?)\s*(ml|毫升|cc)?$/i.exec(scannedText(cell));
  const ml = match ? Number(match[1]) : NaN;
  return ml === 200 || ml === 300 || ml === 400 ? ml : null;
}

/** 1 or 2 therapeutic doses ("1", "2", "2个治疗量", "1人份"). */
export function plateletDoses(cell: ScannedCell): number | null {
  const match = /^(\d+(?:\.0+)?)\s*个?(治疗量|人份|份)?$/.exec(scannedText(cell));
  const doses = match ? Number(match[1]) : NaN;
  return doses === 1 || doses === 2 ? doses : null;
}

/** 首次 (true) or 再次 (false): 首次/初次/是/1 and 再次/重复/否/0/≥2 (a 献血次数 column). */
export function firstTimeOf(text: string): boolean | undefined {
  if (/^(首次|初次|首献|是|新献血者|新)/.test(text) || text === '1') return true;
  if (/^(再次|重复|多次|再献|否|固定|老献血者)/.test(text) || /^\d+$/.test(text) && (Number(text) === 0 || Number(text) >= 2)) return false;
  return undefined;
}

/** The ABO group at the start of a text ("A型", "AB型Rh+"). */
export function aboOf(text: string): Donation['abo'] | undefined {
  const match = /^(AB|A|B|O)(?![A-Z])/i.exec(text.normalize('NFKC').replace(/\s+/g, ''));
  return match ? (match[1]!.toUpperCase() as Donation['abo']) : undefined;
}

/** RhD-negative (true) or positive (false): 阴性/阳性, -/+, neg/pos. */
export function rhdOf(text: string): boolean | undefined {
  const norm = text.normalize('NFKC').replace(/\s+|rh|\(d\)|d/gi, '');
  if (/^(阴性?|-|neg)$/i.test(norm)) return true;
  if (/^(阳性?|\+|pos)$/i.test(norm)) return false;
  return undefined;
}

/** Recruited through a group (true: 团体, 单位, 学校…) or by an individual (false: 个人, 街头…). */
export function modeOf(text: string): boolean | undefined {
  if (/团体|单位|团队|集体|机关|学校|部队|企业/.test(text)) return true;
  if (/个人|街头|散客|个体|自愿/.test(text)) return false;
  return undefined;
}
