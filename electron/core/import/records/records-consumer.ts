import type { CollectionRecord, Month, Profile } from '../../model.ts';
import { monthId } from '../../period/quarter.ts';
import { findNamed } from '../find-named.ts';
import { parsePeriodText } from '../parse-period-text.ts';
import type { SheetProblem } from '../../model.ts';
import { addDonation, monthTally, tallyRecord, type MonthTally } from './donation-tally.ts';
import { donationReader, type DonationContext, type DonationReader } from './read-donation.ts';
import { recordsHeader, type RecordColumns } from './record-columns.ts';
import { scannedText, type ScannedRow } from './scanned-row.ts';

/** Where the rows come from. */
export interface RecordsSource {
  readonly file: string;
  /** The sheet's name; for a CSV file, the name the grid was given. */
  readonly sheet: string;
  readonly fileBase: string;
  readonly profile: Profile;
}

/** What a sheet of rows gave: not a records export, or its county-months and the rows' problems. */
export type RecordsOutcome =
  | { readonly kind: 'not-records' }
  | { readonly kind: 'records'; readonly records: readonly CollectionRecord[]; readonly problems: readonly SheetProblem[]; readonly rows: number };

/** A push-based reader of one sheet's rows: the header row first, then the body, in order. */
export interface RecordsConsumer {
  push(row: ScannedRow): void;
  /** Whether a records header has been found, is still being looked for, or was not among the first rows. */
  state(): 'seeking' | 'records' | 'not-records';
  finish(): RecordsOutcome;
}

/** A title or a note may stand above the header; past this many rows the sheet is no records export. */
const HEADER_ROWS = 10;
/** Problems listed one by one; the rest are counted, so a wrong file cannot fill memory with messages. */
const LISTED_PROBLEMS = 50;

/**
 * Aggregates a donation-records export (one row per donation) into county-month collection records while the
 * rows stream by: memory grows with the county-months and the distinct donors, never with the rows. Any bad row
 * makes the sheet fail (all or nothing), each named by its row and cell.
 */
export function recordsConsumer(source: RecordsSource): RecordsConsumer {
  let columns: RecordColumns | null = null;
  let seen = 0;
  let read: DonationReader | null = null;
  const tallies = new Map<string, MonthTally>();
  const problems: SheetProblem[] = [];
  let badRows = 0;
  let first = -1;
  let last = -1;
  let rows = 0;
  return {
    push(row) {
      if (columns === null) {
        seen += 1;
        if (seen > HEADER_ROWS) return;
        columns = recordsHeader(row.cells);
        if (columns !== null) read = donationReader(contextOf(source, columns));
        return;
      }
      if (row.cells.every((cell) => scannedText(cell) === '')) return;
      rows += 1;
      if (first < 0) first = row.index;
      last = row.index;
      const donation = read!(row);
      if ('problem' in donation) {
        badRows += 1;
        if (problems.length < LISTED_PROBLEMS) problems.push(donation.problem);
        return;
      }
      if (badRows > 0) return;
      const key = `${donation.value.county}\u0000${donation.value.month}`;
      let tally = tallies.get(key);
      if (!tally) tallies.set(key, (tally = monthTally(donation.value.county, donation.value.month)));
      addDonation(tally, donation.value);
    },
    state: () => (columns !== null ? 'records' : seen >= HEADER_ROWS ? 'not-records' : 'seeking'),
    finish() {
      if (columns === null) return { kind: 'not-records' };
      if (badRows > LISTED_PROBLEMS) problems.push({ message: `另有${badRows - LISTED_PROBLEMS}行有误（共${badRows}行），未逐一列出` });
      if (badRows > 0) return { kind: 'records', records: [], problems, rows };
      if (rows === 0) return { kind: 'records', records: [], problems: [{ message: '献血记录表只有表头，没有任何记录' }], rows };
      const ref = { file: source.file, sheet: source.sheet, cells: [`第${first + 1}–${last + 1}行`], reading: `献血记录${rows}条逐条汇总` };
      const records = [...tallies.values()].sort(byMonthThenCounty).map((t) => tallyRecord(t, columns!, ref));
      return { kind: 'records', records, problems: [], rows };
    },
  };
}

function byMonthThenCounty(a: MonthTally, b: MonthTally): number {
  return a.month.localeCompare(b.month) || a.county.localeCompare(b.county, 'zh');
}

function contextOf(source: RecordsSource, columns: RecordColumns): DonationContext {
  const names = [source.fileBase, source.sheet].map((text) => findNamed(text, source.profile.counties));
  const fileCounty = names.find((n) => n.length === 1)?.[0] ?? null;
  return { columns, counties: source.profile.counties, fileCounty, months: statedMonths(source.fileBase) };
}

/** The months the file name states ("2025年第一季度献血记录", "2025年1月"), or null when it names no single year and period. */
function statedMonths(fileBase: string): ReadonlySet<Month> | null {
  const hint = parsePeriodText(fileBase);
  if (hint.years.length !== 1 || (hint.months.length === 0 && hint.ranges.length === 0)) return null;
  const year = hint.years[0]!;
  const months = [...hint.months, ...hint.ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i))];
  return new Set(months.map((m) => monthId(year, m)));
}
