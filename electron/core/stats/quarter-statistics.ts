import type { Change, CheckSettings, CountySummary, IndicatorsSummary, Month, QuarterSummary, RecordWarning, SupplyFigures, Totals } from '../model.ts';
import type { Outlier } from './find-outliers.ts';
import type { PopulationChange } from './population-changes.ts';
import type { AnnualisedRate } from './annualised-rate.ts';
import type { CompletenessMatrix } from './completeness-matrix.ts';
import type { MissingReport } from './missing-reports.ts';
import type { DonationFigures } from './sum-collections.ts';
import type { TargetProgress } from './target-progress.ts';
import type { SourceUse } from './used-sources.ts';

/** A county's quarter with what the briefing needs beyond the JSON contract (all additive fields). */
export interface CountyStatistics extends CountySummary {
  /** The year-end whose 常住人口 this county's rate uses; null when the profile has none. */
  readonly populationYear: number | null;
  /** January to the end of the quarter (stored months only), rate against the same population. */
  readonly yearToDate: Totals;
}

/**
 * The quarter summary as computed: the `--json` contract ({@link QuarterSummary}) plus additive fields the briefing
 * uses. Assignable to QuarterSummary, so the JSON writer can serialise it as is.
 */
export interface QuarterStatistics extends QuarterSummary {
  readonly counties: readonly CountyStatistics[];
  /** Every year-end used by some county (one entry when uniform; see regionPopulation). */
  readonly populationYears: readonly number[];
  /** Distinct County.populationSource texts, in profile order. */
  readonly populationSources: readonly string[];
  /** City totals per month of the quarter, for months with any record. */
  readonly cityMonths: Readonly<Record<Month, DonationFigures>>;
  readonly lastYearMonths: Readonly<Record<Month, DonationFigures>>;
  /** City year to date (January to the end of the quarter). */
  readonly yearToDate: Totals;
  /** The same months last year (1—N月 of the year before), rate on that year's population; null unless every month is stored. */
  readonly yearToDateLastYear: Totals | null;
  /** City rate annualised (×4 and ×365÷days); labelled as such wherever printed. */
  readonly annualisedRate: AnnualisedRate;
  /** City target: profile.targets[year][region], else the sum of all county targets; null when neither. */
  readonly target: TargetProgress | null;
  /** Time progress at the end of the quarter, % (25/50/75/100). */
  readonly timeProgress: number;
  /** Supply totals of the same quarter last year; null when no supply record of those months is stored. */
  readonly supplyTotalsLastYear: SupplyFigures | null;
  /** Red cells issued, 同比 (null without last year's supply records). */
  readonly supplyRedCellsChange: Change | null;
  /**
   * Red cells issued as % of whole blood collected in the quarter (1 dp, half-up): both in U, and 1 U of red cells is
   * made from 1 U (200 ml) of whole blood. Null without supply data or collections.
   */
  readonly redCellsPercentOfWholeBlood: number | null;
  /** Months of the quarter with at least one supply record. */
  readonly supplyMonths: readonly Month[];
  /** County-months missing in the comparison periods: a comparison with gaps is flagged, not trusted blindly. */
  readonly missingLastYear: readonly MissingReport[];
  readonly missingPreviousQuarter: readonly MissingReport[];
  /** Per used source file, the counties and months it backs (the 附件 lists sources by county). */
  readonly sourceUses: readonly SourceUse[];
  /** County × month completeness from January to the end of the quarter, with each report's arrival against its due date. */
  readonly completeness: CompletenessMatrix;
  /** The thresholds the checks below used (deadline day, outlier and population thresholds). */
  readonly checks: CheckSettings;
  /** The validation rules' warnings on the quarter's records in force, counties in report order, then hospitals. */
  readonly warnings: readonly RecordWarning[];
  /** County-month figures of the quarter far from both last year's month and the trailing mean (flagged, never changed). */
  readonly outliers: readonly Outlier[];
  /** Counties whose 常住人口 in a year-end the rates use changed by more than the threshold from the year before. */
  readonly populationChanges: readonly PopulationChange[];
  /** The round ticks of the charts' value axes (图1 county rates in ‰, 图2 monthly 献血人次), printed like any figure. */
  readonly axisTicks: ChartAxisTicks;
  /** 首次献血比例, 重复献血者比例, 400 ml献血比例, 血型, 团体/个人 from donation records or breakdown columns; null when no county-month gives any. */
  readonly donationIndicators: IndicatorsSummary | null;
}

/** Value-axis ticks of the briefing's charts, from 0 to at least the largest value drawn. */
export interface ChartAxisTicks {
  /** 千人口献血率 (‰) of the counties and the city. */
  readonly countyRate: readonly number[];
  /** City 献血人次 per month, this year and the same months last year. */
  readonly monthlyDonors: readonly number[];
}
