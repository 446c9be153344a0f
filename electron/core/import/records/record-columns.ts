import { normalizeLabel } from '../normalize-label.ts';
import { scannedText, type ScannedCell } from './scanned-row.ts';

/** What a column of a donation-records export holds (one row per donation). */
export type RecordRole =
  | 'date' | 'donor' | 'barcode' | 'county' | 'site' | 'type' | 'volume' | 'doses'
  | 'abo' | 'rhd' | 'firstTime' | 'mode' | 'sex' | 'age';

/**
 * Header synonyms of the blood-management systems' exports, matched on the normalised label (normalize-label.ts:
 * width, brackets and spaces folded) the same way the county sheets' headers are. Order matters: 献血者编号 is
 * the donor, 献血编号/献血码 the donation; 献血方式 is the recruitment mode, 献血类型 the component.
 */
const PATTERNS: readonly (readonly [RecordRole, RegExp])[] = [
  ['donor', /^(献血者|献血人|献血员|供血者|供者)(编号|id|编码|号码?|卡号|证件号码?|身份证号?)$|^(证件号码?|身份证号码?|献血证号)$/],
  ['barcode', /^(献血码|献血编号|献血条码|条码|条形码|血袋号|血袋编号|献血条形码|标本号|献血码\/条码)$/],
  ['date', /^(献血|采血|采集|捐献)(日期|时间)$|^日期$/],
  ['county', /^(所属)?(区县|县区|县\(市、?区\)|区\/县|区县名称)$/],
  ['site', /^(采血|献血)(点|地点|站点|屋|车|单位|场所)(名称)?$/],
  ['type', /^(献血|采血|捐献|血液)?(类型|种类|品种)$|^(献血|采血)成分$/],
  ['doses', /^(治疗量|血小板治疗量|人份)$/],
  ['volume', /^(献血|采血|采集)量(\((ml|毫升)\))?$|^量\((ml|毫升)\)$/],
  ['abo', /^(abo|abo血型|血型|abo型|血型\(abo\))$/],
  ['rhd', /^(rh|rhd|rh\(d\)|rh血型|rhd血型|rh\(d\)血型)$/],
  ['firstTime', /^(首次\/再次|首次或再次|是否首次|是否首次献血|首次献血|初次\/再次|献血次数|首献\/再献|首次\/重复)$/],
  ['mode', /^(团体\/个人|团体或个人|团体个人|献血方式|招募方式|献血形式|组织方式)$/],
  ['sex', /^性别$/],
  ['age', /^(年龄|出生日期|出生年月)$/],
];

/** The role a header text names in a donation-records export, or null. */
export function recordRole(text: string): RecordRole | null {
  const norm = normalizeLabel(text);
  return PATTERNS.find(([, pattern]) => pattern.test(norm))?.[0] ?? null;
}

/** The columns of a records header: role → 0-based column (the first column of that role). */
export type RecordColumns = Readonly<Partial<Record<RecordRole, number>>>;

/**
 * The header of a records export, or null: a row naming a donation date, who gave (献血者编号) and what was given
 * (献血类型 or 献血量) — columns a county's monthly sheet never has, so one cannot be taken for the other.
 */
export function recordsHeader(cells: readonly ScannedCell[]): RecordColumns | null {
  const columns: Partial<Record<RecordRole, number>> = {};
  cells.forEach((cell, col) => {
    const role = recordRole(scannedText(cell));
    if (role !== null && columns[role] === undefined) columns[role] = col;
  });
  const recognised = columns.date !== undefined && columns.donor !== undefined && (columns.type !== undefined || columns.volume !== undefined);
  return recognised ? columns : null;
}
