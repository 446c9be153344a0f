import type { CollectionRecord, DonationBreakdown, Month, SourceRef } from '../../model.ts';
import type { RecordColumns } from './record-columns.ts';
import type { Donation } from './read-donation.ts';
import { donorCounts, type DonorCounts } from './donor-counts.ts';

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
  /** The donors by id (donor-ids.ts), with how often each gave and whether a donation was marked 再次. */
  readonly donors: DonorCounts;
}

/** A new, empty tally. */
export function monthTally(county: string, month: Month): MonthTally {
  return { county, month, whole: 0, ml200: 0, ml300: 0, ml400: 0, platelet: 0, doses: 0, firstTime: 0, group: 0, abo: { A: 0, B: 0, O: 0, AB: 0 }, rhdNegative: 0, rhdStated: 0, donors: donorCounts() };
}

/** Counts one donation into its county-month; `donor` is the id of its 献血者编号 (-1 when the export has none). */
export function addDonation(tally: MonthTally, d: Donation, donor: number): void {
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
  if (donor >= 0) tally.donors.add(donor, d.firstTime === false);
}

/**
 * The county-month as a collection record: 全血 人次 and U (domain.md: 200 ml = 1 U, 300 ml = 1.5 U, 400 ml = 2 U),
 * 单采血小板 人次 and 治疗量, the volume classes, and the breakdown the export's columns allow.
 */
export function tallyRecord(tally: MonthTally, columns: RecordColumns, source: SourceRef): CollectionRecord {
  const donations = tally.whole + tally.platelet;
  const breakdown: DonationBreakdown = {
    ...(columns.firstTime !== undefined ? { firstTime: tally.firstTime, repeat: donations - tally.firstTime } : {}),
    ...(columns.donor !== undefined ? donorFigures(tally) : {}),
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
function donorFigures(tally: MonthTally): Pick<DonationBreakdown, 'donors' | 'repeatDonors'> {
  return { donors: tally.donors.donors(), repeatDonors: tally.donors.repeatDonors() };
}
