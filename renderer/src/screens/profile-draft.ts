/**
 * The profile as the editor holds it: text fields exactly as typed, converted to the profile JSON on save.
 * Validation is the core's parseProfile (in main), so the editor never has rules of its own that could drift.
 */
import type { CheckSettings, LayoutRule, Profile } from '../../../electron/core/model.ts';
import type { LoadedPopulation } from '../../../electron/shared/ipc-contract.ts';

/** One county row. */
export interface CountyDraft {
  readonly name: string;
  readonly aliases: string;
  readonly population: Readonly<Record<string, string>>;
  readonly populationSource: string;
  readonly targets: Readonly<Record<string, string>>;
}

/** One hospital row. */
export interface HospitalDraft {
  readonly name: string;
  readonly aliases: string;
}

/** The whole editor. */
export interface ProfileDraft {
  readonly station: string;
  readonly region: string;
  readonly counties: readonly CountyDraft[];
  readonly hospitals: readonly HospitalDraft[];
  /** Years with a population column, ascending. */
  readonly populationYears: readonly string[];
  /** Years with a target column, ascending. */
  readonly targetYears: readonly string[];
  /**
   * Layout rules brought in by a profile JSON file, to add on save. Rules already stored are not carried in
   * the draft (they are edited on their own, see layout-rules.tsx), so a draft opened before a mapping was
   * saved never drops the new rule, and a deleted rule never comes back.
   */
  readonly layouts?: readonly LayoutRule[];
  /** The data checks' thresholds (deadline day, outliers, population change), carried as they are: no fields of their own yet. */
  readonly checks?: CheckSettings;
}

const ALIAS_SEPARATORS = /[、,，;；\s]+/;

/** An empty county row. */
export const EMPTY_COUNTY: CountyDraft = { name: '', aliases: '', population: {}, populationSource: '', targets: {} };

/** The editor's state for a profile (or a blank one). */
export function toDraft(profile: Profile | null, thisYear: number, carryLayouts = false): ProfileDraft {
  if (profile === null) {
    return { station: '', region: '', counties: [EMPTY_COUNTY], hospitals: [], populationYears: [String(thisYear - 1)], targetYears: [String(thisYear)] };
  }
  const populationYears = sortedUnique(profile.counties.flatMap((c) => Object.keys(c.population)));
  const targetYears = sortedUnique(Object.keys(profile.targets));
  return {
    station: profile.station,
    region: profile.region,
    counties: profile.counties.map((c) => ({
      name: c.name,
      aliases: c.aliases.join('、'),
      population: mapValues(c.population, String),
      populationSource: c.populationSource ?? '',
      targets: Object.fromEntries(targetYears.flatMap((y) => (profile.targets[y]?.[c.name] === undefined ? [] : [[y, String(profile.targets[y][c.name])]]))),
    })),
    hospitals: profile.hospitals.map((h) => ({ name: h.name, aliases: h.aliases.join('、') })),
    populationYears: populationYears.length > 0 ? populationYears : [String(thisYear - 1)],
    targetYears: targetYears.length > 0 ? targetYears : [String(thisYear)],
    ...(carryLayouts && profile.layouts ? { layouts: profile.layouts } : {}),
    ...(profile.checks ? { checks: profile.checks } : {}),
  };
}

/** The profile JSON for the core's validator; numbers that do not parse stay text so it can name them. */
export function fromDraft(draft: ProfileDraft): unknown {
  const counties = draft.counties.filter((c) => c.name.trim() !== '' || c.aliases.trim() !== '');
  return {
    station: draft.station.trim(),
    region: draft.region.trim(),
    counties: counties.map((c) => ({
      name: c.name.trim(),
      aliases: splitAliases(c.aliases),
      population: numbers(c.population),
      ...(c.populationSource.trim() === '' ? {} : { populationSource: c.populationSource.trim() }),
    })),
    hospitals: draft.hospitals.filter((h) => h.name.trim() !== '').map((h) => ({ name: h.name.trim(), aliases: splitAliases(h.aliases) })),
    targets: Object.fromEntries(draft.targetYears.map((y) => [y, numbers(Object.fromEntries(counties.map((c) => [c.name.trim(), c.targets[y] ?? ''])))])),
    ...(draft.layouts ? { layouts: draft.layouts } : {}),
    ...(draft.checks ? { checks: draft.checks } : {}),
  };
}

/** Merges population rows read from Excel: matching counties get the figures, new years get a column. */
export function mergePopulation(draft: ProfileDraft, loaded: LoadedPopulation): { draft: ProfileDraft; unmatched: string[] } {
  const index = (name: string) => draft.counties.findIndex((c) => c.name === name || splitAliases(c.aliases).includes(name));
  const unmatched = sortedUnique(loaded.rows.filter((r) => index(r.county) === -1).map((r) => r.county));
  const counties = draft.counties.map((c, i) => {
    const rows = loaded.rows.filter((r) => index(r.county) === i);
    if (rows.length === 0) return c;
    const population = { ...c.population, ...Object.fromEntries(rows.map((r) => [r.year, String(r.population)])) };
    return { ...c, population, populationSource: loaded.source ?? c.populationSource };
  });
  const populationYears = sortedUnique([...draft.populationYears, ...loaded.rows.map((r) => r.year)]);
  return { draft: { ...draft, counties, populationYears }, unmatched };
}

function splitAliases(text: string): string[] {
  return text.split(ALIAS_SEPARATORS).map((a) => a.trim()).filter((a) => a !== '');
}

function numbers(values: Readonly<Record<string, string>>): Record<string, number | string> {
  const entries = Object.entries(values).filter(([key, v]) => key !== '' && v.trim() !== '');
  return Object.fromEntries(entries.map(([key, v]) => {
    const n = Number(v.replace(/[,，\s]/g, ''));
    return [key, Number.isFinite(n) ? n : v];
  }));
}

function mapValues(record: Readonly<Record<string, number>>, f: (n: number) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
