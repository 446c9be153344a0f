import type { CollectionRecord, DonationBreakdown, Month, SourceRef } from '../../model.ts';
import type { RecordColumns } from './record-columns.ts';
import type { Donation } from './read-donation.ts';

/** The running counts of one county-month; donors are kept by id only until the file has been read. */
export interface MonthTally {
  readonly county: string;
  readonly month: Month;
  whole: number;
  ml200: number;
  ml300: number;
  ml400: number;
  platelet: number;
  doses: number;
  firstTime: number;
  group: number;
  abo: { A: number; B: number; O: number; AB: number };
  rhdNegative: number;
  /** Donations whose RhD was stated (a column of its own, or written with the ABO group). */
  rhdStated: number;
  /** 献血者编号 → 1 + 2 × (donations after the first) + (marked 再次 ? REPEAT_MARK : 0): one number per donor, no object. */
  readonly donors: Map<string, number>;
}

/** The bit of a donor's number that says a donation was marked 再次. */
const REPEAT_MARK = 1 << 30;

/** A new, empty tally. */
export function monthTally(county: string, month: Month): MonthTally {
  return { county, month, whole: 0, ml200: 0, ml300: 0, ml400: 0, platelet: 0, doses: 0, firstTime: 0, group: 0, abo: { A: 0, B: 0, O: 0, AB: 0 }, rhdNegative: 0, rhdStated: 0, donors: new Map() };
}

/** Counts one donation into its county-month. */
export function addDonation(tally: MonthTally, d: Donation): void {
  if (d.component === 'whole') {
    tally.whole += 1;
    if (d.ml === 200) tally.ml200 += 1;
    else if (d.ml === 300) tally.ml300 += 1;
    else tally.ml400 += 1;
  } else {
    tally.platelet += 1;
    tally.doses += d.doses;
  }
  if (d.firstTime === true) tally.firstTime += 1;
  if (d.group === true) tally.group += 1;
  if (d.abo !== null) tally.abo[d.abo] += 1;
  if (d.rhdNegative !== null) tally.rhdStated += 1;
  if (d.rhdNegative === true) tally.rhdNegative += 1;
  if (d.donor !== null) {
    const seen = tally.donors.get(d.donor);
    const mark = d.firstTime === false ? REPEAT_MARK : 0;
    tally.donors.set(d.donor, seen === undefined ? 1 + mark : (seen | mark) + 2);
  }
}

/**
 * The county-month as a collection record: 全血 人次 and U (domain.md: 200 ml = 1 U, 300 ml = 1.5 U, 400 ml = 2 U),
 * 单采血小板 人次 and 治疗量, the volume classes, and the breakdown the export's columns allow.
 */
export function tallyRecord(tally: MonthTally, columns: RecordColumns, source: SourceRef): CollectionRecord {
  const donations = tally.whole + tally.platelet;
  const breakdown: DonationBreakdown = {
    ...(columns.firstTime !== undefined ? { firstTime: tally.firstTime, repeat: donations - tally.firstTime } : {}),
    ...(columns.donor !== undefined ? donorCounts(tally) : {}),
    ...(columns.abo !== undefined ? { abo: { ...tally.abo } } : {}),
    ...(tally.rhdStated === donations && donations > 0 ? { rhd: { negative: tally.rhdNegative, positive: donations - tally.rhdNegative } } : {}),
    ...(columns.mode !== undefined ? { mode: { group: tally.group, individual: donations - tally.group } } : {}),
  };
  return {
    county: tally.county,
    month: tally.month,
    wholeBloodDonors: tally.whole,
    wholeBloodUnits: tally.ml200 + 1.5 * tally.ml300 + 2 * tally.ml400,
    plateletDonors: tally.platelet,
    plateletDoses: tally.doses,
    sources: { wholeBloodDonors: source, wholeBloodUnits: source, plateletDonors: source, plateletDoses: source },
    volumeClasses: { ml200: tally.ml200, ml300: tally.ml300, ml400: tally.ml400 },
    breakdown,
  };
}

/** A donor with two or more donations is a repeat donor: marked 再次 (given before), or seen twice this month. */
function donorCounts(tally: MonthTally): Pick<DonationBreakdown, 'donors' | 'repeatDonors'> {
  let repeatDonors = 0;
  // (seen & ~REPEAT_MARK) > 1: a second donation this month; the mark: 再次, given before.
  for (const seen of tally.donors.values()) if ((seen & REPEAT_MARK) !== 0 || (seen & ~REPEAT_MARK) > 1) repeatDonors += 1;
  return { donors: tally.donors.size, repeatDonors };
}
