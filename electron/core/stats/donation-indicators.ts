import type { CollectionRecord, CountyIndicators, DonationBreakdown, DonationIndicators, IndicatorsSummary, Month, Share } from '../model.ts';
import { divideHalfUp } from './decimal.ts';

type Part = keyof DonationIndicators;
/** A part as [count, whole] of one county-month, or null when the record does not give it. */
type Reader = (r: CollectionRecord, b: DonationBreakdown) => readonly [number, number] | null;

const donations = (r: CollectionRecord) => r.wholeBloodDonors + r.plateletDonors;
const READERS: Readonly<Record<Exclude<Part, 'abo'>, Reader>> = {
  firstTime: (r, b) => (b.firstTime === undefined ? null : [b.firstTime, donations(r)]),
  repeatDonors: (_, b) => (b.repeatDonors === undefined || b.donors === undefined ? null : [b.repeatDonors, b.donors]),
  ml400: (r) => (r.volumeClasses ? [r.volumeClasses.ml400, r.wholeBloodDonors] : null),
  rhdNegative: (r, b) => (b.rhd ? [b.rhd.negative, donations(r)] : null),
  group: (r, b) => (b.mode ? [b.mode.group, donations(r)] : null),
  individual: (r, b) => (b.mode ? [b.mode.individual, donations(r)] : null),
};
const ABO = ['A', 'B', 'O', 'AB'] as const;
const aboReader = (group: (typeof ABO)[number]): Reader => (r, b) => (b.abo ? [b.abo[group], donations(r)] : null);

/**
 * The indicators of the quarter from its county-months. A county gives a part only when every one of its stored
 * months gives it (a share over some months only would pass for the quarter's); the city sums the counties that do.
 */
export function donationIndicators(records: readonly CollectionRecord[], counties: readonly string[], months: readonly Month[]): IndicatorsSummary | null {
  const inQuarter = records.filter((r) => months.includes(r.month));
  const perCounty = counties.flatMap((name) => {
    const own = inQuarter.filter((r) => r.county === name);
    return own.length === 0 ? [] : [{ name, months: own.map((r) => r.month), ...indicatorsOf(own) }];
  });
  const given = perCounty.filter((c) => (Object.keys(READERS) as Part[]).concat('abo').some((p) => c[p] !== null));
  if (given.length === 0) return null;
  const city = cityOf(perCounty, inQuarter);
  const ranked = given.filter((c) => c.firstTime?.percent != null).sort((a, b) => b.firstTime!.percent! - a.firstTime!.percent!);
  return { counties: given, city, rankingByFirstTime: ranked.map((c) => c.name) };
}

function indicatorsOf(own: readonly CollectionRecord[]): DonationIndicators {
  const part = (reader: Reader) => share(own, reader);
  const abo = ABO.map((g) => part(aboReader(g)));
  return {
    firstTime: part(READERS.firstTime), repeatDonors: part(READERS.repeatDonors), ml400: part(READERS.ml400),
    abo: abo.every((s) => s !== null) ? { A: abo[0]!, B: abo[1]!, O: abo[2]!, AB: abo[3]! } : null,
    rhdNegative: part(READERS.rhdNegative), group: part(READERS.group), individual: part(READERS.individual),
  };
}

/** The part summed over the records, or null when one of them does not give it. */
function share(records: readonly CollectionRecord[], reader: Reader, counties?: readonly string[]): Share | null {
  const pairs = records.map((r) => reader(r, r.breakdown ?? {}));
  if (pairs.length === 0 || pairs.some((p) => p === null)) return null;
  const count = pairs.reduce((n, p) => n + p![0], 0);
  const of = pairs.reduce((n, p) => n + p![1], 0);
  return { count, of, percent: of === 0 ? null : divideHalfUp(count * 100, of, 1), ...(counties ? { counties } : {}) };
}

function cityOf(perCounty: readonly CountyIndicators[], records: readonly CollectionRecord[]): DonationIndicators {
  const over = (part: Part, reader: Reader) => {
    const names = perCounty.filter((c) => c[part] !== null).map((c) => c.name);
    return names.length === 0 ? null : share(records.filter((r) => names.includes(r.county)), reader, names);
  };
  const abo = ABO.map((g) => over('abo', aboReader(g)));
  return {
    firstTime: over('firstTime', READERS.firstTime), repeatDonors: over('repeatDonors', READERS.repeatDonors), ml400: over('ml400', READERS.ml400),
    abo: abo.every((s) => s !== null) ? { A: abo[0]!, B: abo[1]!, O: abo[2]!, AB: abo[3]! } : null,
    rhdNegative: over('rhdNegative', READERS.rhdNegative), group: over('group', READERS.group), individual: over('individual', READERS.individual),
  };
}
