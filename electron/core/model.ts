/**
 * Domain model shared by every stage of the pipeline:
 * bytes → records → quarterly statistics → briefing document → positioned layout → PDF.
 * Types only: no behaviour lives here, so every stage can import it without cycles.
 */

/** A calendar month as "YYYY-MM" (e.g. "2025-01"). */
export type Month = string;

/** A quarter as "YYYYQn" (e.g. "2025Q1"). */
export type QuarterId = string;

/** Where a figure came from: file name (as given by the user), sheet, and the A1 cells summed into it. */
export interface SourceRef {
  readonly file: string;
  readonly sheet: string;
  /**
   * A1 cells and ranges, e.g. ["C5:C7"] or ["C5:D6", "F5"]; one cell when the figure was read directly. Runs of
   * cells are written as ranges (issue 14); versions stored before that list every cell ("C5", "C6", "C7").
   */
  readonly cells: readonly string[];
  /** Why the cells were read as this figure: the header cells that named it and where its unit came from. */
  readonly reading?: string;
}

/** The four collection figures of one county in one month. */
export interface CollectionFigures {
  /** 全血献血人次 */
  readonly wholeBloodDonors: number;
  /** 全血采集量 in U (200 ml = 1 U). */
  readonly wholeBloodUnits: number;
  /** 单采血小板献血人次 */
  readonly plateletDonors: number;
  /** 单采血小板治疗量 */
  readonly plateletDoses: number;
}

/** The field names of {@link CollectionFigures}, in display order. */
export const COLLECTION_FIELDS = ['wholeBloodDonors', 'wholeBloodUnits', 'plateletDonors', 'plateletDoses'] as const;

/** Whole-blood donations (人次) by volume class, when the sheet gives them: the basis of the 400 ml share. */
export interface VolumeClasses {
  readonly ml200: number;
  readonly ml300: number;
  readonly ml400: number;
}

/** Donations by ABO group (人次). */
export interface AboCounts {
  readonly A: number;
  readonly B: number;
  readonly O: number;
  readonly AB: number;
}

/**
 * What donation-level records tell about a county-month beyond the four figures (issue 14), and what a
 * county sheet tells when it carries breakdown columns; a part the input does not give is absent.
 */
export interface DonationBreakdown {
  /** 首次献血人次: donations by people giving for the first time (whole blood and platelets). */
  readonly firstTime?: number;
  /** 再次（重复）献血人次: donations by people who have given before. */
  readonly repeat?: number;
  /** Distinct donors (by 献血者编号) of the month; records only. */
  readonly donors?: number;
  /** Donors of the month with two or more donations: marked 再次, or seen twice in the month; records only. */
  readonly repeatDonors?: number;
  readonly abo?: AboCounts;
  /** RhD-negative and RhD-positive donations, when the input states RhD. */
  readonly rhd?: { readonly negative: number; readonly positive: number };
  /** Donations recruited through a group (团体, 单位) and by individuals (个人, 街头). */
  readonly mode?: { readonly group: number; readonly individual: number };
}

/** One county-month of collections, the sum of its collection sites, with a source for every figure. */
export interface CollectionRecord extends CollectionFigures {
  readonly county: string;
  readonly month: Month;
  readonly sources: { readonly [K in keyof CollectionFigures]: SourceRef };
  /** Present when the sheet breaks whole blood down by volume class (a class it lacks counts 0). */
  readonly volumeClasses?: VolumeClasses;
  /** Present when the input gives first-time/repeat, ABO, RhD or 团体/个人 counts (donation records, breakdown columns). */
  readonly breakdown?: DonationBreakdown;
}

/** The four supply figures of one hospital in one month. */
export interface SupplyFigures {
  /** 红细胞类 U */
  readonly redCellsU: number;
  /** 血浆 ml (100 ml = 1 U when a file gives U). */
  readonly plasmaMl: number;
  /** 单采血小板 治疗量 */
  readonly plateletDoses: number;
  /** 冷沉淀 U */
  readonly cryoU: number;
}

/** The field names of {@link SupplyFigures}, in display order. */
export const SUPPLY_FIELDS = ['redCellsU', 'plasmaMl', 'plateletDoses', 'cryoU'] as const;

/** One hospital-month of blood issued, with a source for every figure. */
export interface SupplyRecord extends SupplyFigures {
  readonly hospital: string;
  readonly month: Month;
  readonly sources: { readonly [K in keyof SupplyFigures]: SourceRef };
}

/** What kind of sheet a file held, recognised from its header. */
export type SheetKind = 'collection' | 'supply';

/** A file handed to the pipeline: its display name (path as the user gave it) and its bytes. */
export interface InputFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Where the file lies, when read from disk: a large donation-records export is streamed from it (issue 14). */
  readonly path?: string;
}

/** A problem with an input, in Chinese, located as precisely as the input allows. */
export interface Problem {
  readonly file: string;
  readonly sheet?: string;
  /** A1 address, when one cell is at fault. */
  readonly cell?: string;
  readonly message: string;
}

/**
 * A warning rule's finding on one record (validation-rules.ts, severity 'warning'): the file still imports, and the
 * warning is stored with its import and shown wherever that record is (import result, 数据总览, the briefing's 附件).
 */
export interface RecordWarning extends Problem {
  readonly kind: SheetKind;
  /** The county (collections) or hospital (supplies) the record is about. */
  readonly subject: string;
  readonly month: Month;
  /** The rule's name, e.g. "每人次治疗量". */
  readonly rule: string;
}

/** Everything one file yielded when it parsed without errors. */
export interface ParsedFile {
  readonly file: string;
  readonly sha256: string;
  readonly kinds: readonly SheetKind[];
  readonly collections: readonly CollectionRecord[];
  readonly supplies: readonly SupplyRecord[];
  /** Things worth telling the user that did not stop the import (e.g. 合计 row differs from the sum of sites is an error, but a skipped hidden sheet is a notice). */
  readonly notices: readonly Problem[];
  /** The warning rules' findings, one per record and rule (their messages are among the notices too); absent when none. */
  readonly warnings?: readonly RecordWarning[];
}

/** Success or a list of problems; never both. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly Problem[] };

/** A county of the station's region, as configured in the profile. */
export interface County {
  readonly name: string;
  readonly aliases: readonly string[];
  /** 常住人口 at year end, by year ("2024" → 205100). */
  readonly population: Readonly<Record<string, number>>;
  /** Where the population figures come from (e.g. "渭南市统计年鉴2024"). */
  readonly populationSource?: string;
}

/** A hospital the station supplies. */
export interface Hospital {
  readonly name: string;
  readonly aliases: readonly string[];
}

/** A figure (or key) a taught layout can point at; the same fields the importer's own classification uses. */
export type LayoutField = 'wholeBloodDonors' | 'wholeBloodUnits' | 'plateletDonors' | 'plateletDoses' | 'wholeBlood200' | 'wholeBlood300' | 'wholeBlood400' | 'month';

/** Where one field's column is: the header text over it, and for a volume column its unit. */
export interface LayoutColumn {
  readonly header: string;
  readonly unit?: 'U' | 'ml';
}

/**
 * A layout staff taught for a county's sheet the importer could not read by itself (the profile's
 * `layouts`): the header row's texts as a signature, and which header names which field. A later file of
 * that county whose header matches is read by it, wherever the header row sits and with extra columns.
 */
export interface LayoutRule {
  readonly name: string;
  readonly county: string;
  readonly kind: 'collection';
  /** The header row's texts, left to right, as written (compared after normalising width, brackets and spaces). */
  readonly header: readonly string[];
  readonly fields: Readonly<Partial<Record<LayoutField, LayoutColumn>>>;
  /** The name of the total row when the sheet does not call it 合计/总计/小计 (e.g. "全县总数"): it is checked, not summed. */
  readonly totalLabel?: string;
  /** "columns" when the months run across and the fields are rows (the mapped headers are then row labels). */
  readonly monthsAs?: 'rows' | 'columns';
  /** When and from which file the rule was made, for the profile screen. */
  readonly createdAt?: string;
  readonly fromFile?: string;
}

/**
 * The thresholds of the data checks (issue 11), with defaults: the reporting deadline (day N of the month after),
 * the outlier test (against the same month last year and the trailing mean of N months) and the population-change
 * warning. They are settings, not constants, because stations differ in size, season and reporting rule.
 */
export interface CheckSettings {
  /** Reports are due by this day of the month after (次月N日前). */
  readonly dueDay: number;
  /** Months averaged for the trailing mean (1—12). */
  readonly trailingMonths: number;
  /** A county-month farther than this many % from the same month last year… */
  readonly yearOnYearPercent: number;
  /** …and farther than this many % from its trailing mean is flagged as an outlier. */
  readonly trailingPercent: number;
  /** Differences smaller than this (人次 or U, against both references) are never flagged: small counts swing by chance. */
  readonly outlierMinimumChange: number;
  /** A county's 常住人口 changing by more than this many % in one year is a warning. */
  readonly populationChangePercent: number;
}

/** The station's settings: who it is, which counties and hospitals exist, populations and targets. */
export interface Profile {
  readonly station: string;
  readonly region: string;
  readonly counties: readonly County[];
  readonly hospitals: readonly Hospital[];
  /** Annual donation targets (人次): year → county name → target. */
  readonly targets: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Layouts taught for sheets the importer could not read by itself; absent when none. */
  readonly layouts?: readonly LayoutRule[];
  /** Thresholds of the data checks (deadline, outliers, population change); absent keeps the defaults (DEFAULT_CHECKS). */
  readonly checks?: CheckSettings;
}

/** The figures reported for a set of counties over a period (the JSON contract's "same fields"). */
export interface Totals extends CollectionFigures {
  /** 献血人次 = whole-blood donors + platelet donors. */
  readonly donors: number;
  /** 千人口献血率 (‰), rounded half-up to 2 decimals; null when no population is known. */
  readonly ratePerThousand: number | null;
}

/** A 同比 / 环比 change: the difference and the relative change in % (1 decimal, half-up; domain.md). */
export interface Change {
  readonly delta: number;
  /** Null when the earlier value is zero (a percentage of nothing is undefined). */
  readonly percent: number | null;
}

/** 同比 (against the same quarter last year) and 环比 (against the previous quarter); null where that period has no data. */
export interface Comparison {
  readonly yearOnYear: Change | null;
  readonly quarterOnQuarter: Change | null;
}

/** One county's quarter in the summary. */
export interface CountySummary extends Totals {
  readonly name: string;
  readonly population: number | null;
  readonly months: Readonly<Record<Month, CollectionFigures & { readonly donors: number }>>;
  readonly sameQuarterLastYear: Totals | null;
  readonly previousQuarter: Totals | null;
  /** 献血人次 同比 and 环比, computed once here: every screen and the PDF print these. */
  readonly donorsChange: Comparison;
  /** Annual target (人次) and year-to-date progress, when the profile has a target. */
  readonly target: { readonly annual: number; readonly yearToDate: number; readonly progress: number; readonly timeProgress: number } | null;
}

/** One hospital's quarter in the summary. */
export interface HospitalSummary extends SupplyFigures {
  readonly name: string;
  readonly sameQuarterLastYear: SupplyFigures | null;
  /** 红细胞 同比 (null without last year's figures). */
  readonly redCellsChange: Change | null;
  /** This hospital's share of all red cells issued, % (1 decimal, half-up); null when none were issued. */
  readonly redCellsShare: number | null;
}

/** A count, what it is a part of, and the share in % (1 decimal, half-up); null share when the whole is 0. */
export interface Share {
  readonly count: number;
  readonly of: number;
  readonly percent: number | null;
  /** City level: the counties whose county-months all give this part (the others are left out of count and whole). */
  readonly counties?: readonly string[];
}

/** The indicators only donation records (or breakdown columns) give, over some county-months (domain.md). */
export interface DonationIndicators {
  /** 首次献血比例: first-time donations ÷ all donations. */
  readonly firstTime: Share | null;
  /** 重复（两次以上）献血者比例: repeat donors ÷ all donors (donors counted per month). */
  readonly repeatDonors: Share | null;
  /** 400 ml献血比例: 400 ml whole-blood donations ÷ whole-blood donations. */
  readonly ml400: Share | null;
  /** 血型分布: donations by ABO group ÷ all donations. */
  readonly abo: { readonly A: Share; readonly B: Share; readonly O: Share; readonly AB: Share } | null;
  /** RhD-negative donations ÷ all donations. */
  readonly rhdNegative: Share | null;
  /** 团体 and 个人 donations ÷ all donations. */
  readonly group: Share | null;
  readonly individual: Share | null;
}

/** One county's indicators over the quarter's stored months. */
export interface CountyIndicators extends DonationIndicators {
  readonly name: string;
  readonly months: readonly Month[];
}

/** The quarter's indicators: per county, for the city (over the counties that give each part), and the ranking. */
export interface IndicatorsSummary {
  readonly counties: readonly CountyIndicators[];
  readonly city: DonationIndicators;
  /** Counties with a 首次献血比例, highest first (provincial bulletins rank units by it); ties keep profile order. */
  readonly rankingByFirstTime: readonly string[];
}

/** The quarterly summary: the `--json` contract of `blood-brief report`. Field names are a public interface. */
export interface QuarterSummary {
  readonly quarter: QuarterId;
  readonly station: string;
  readonly region: string;
  readonly months: readonly Month[];
  readonly population: number | null;
  readonly populationYear: number | null;
  readonly totals: Totals;
  readonly sameQuarterLastYear: Totals | null;
  readonly previousQuarter: Totals | null;
  /** The city's 献血人次 同比 and 环比. */
  readonly donorsChange: Comparison;
  readonly counties: readonly CountySummary[];
  readonly hospitals: readonly HospitalSummary[];
  readonly supplyTotals: SupplyFigures;
  readonly missing: readonly { readonly county: string; readonly month: Month }[];
  readonly sources: readonly SourceFile[];
  /** City totals by month of the same quarter one year earlier, keyed by that month ("2024-01"); for the monthly 同比 chart. Optional: absent when no history is known. */
  readonly lastYearMonths?: Readonly<Record<Month, CollectionFigures & { readonly donors: number }>>;
  /** 首次献血比例, 重复献血者比例, 400 ml献血比例, 血型, 团体/个人 (issue 14); null when no county-month gives any. Optional: absent from older summaries. */
  readonly donationIndicators?: IndicatorsSummary | null;
}

/** A file that contributed figures, as listed in the summary and the briefing's 附 section. */
export interface SourceFile {
  readonly file: string;
  readonly sha256: string;
  readonly kind: SheetKind | 'mixed';
  /** ISO 8601 time of import, when the figures came from the store. */
  readonly importedAt?: string;
}

/** A problem found on one sheet; the file and sheet are added when the sheet's results are gathered. */
export interface SheetProblem {
  readonly cell?: string;
  readonly message: string;
}
