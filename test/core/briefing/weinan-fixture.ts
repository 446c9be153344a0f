/** A three-county 渭南市 whose 2025Q1 totals are the seed's published figures: 9960 + 442 = 10402 on 4 619 000. */
import { summariseQuarter } from '../../../electron/core/stats/summarise-quarter.ts';
import { defaultBriefingSettings, type BriefingSettings } from '../../../electron/core/briefing/briefing-settings.ts';
import { collection, supply } from '../stats/quarter-fixture.ts';
import type { CollectionRecord, Profile, SupplyRecord } from '../../../electron/core/model.ts';
import type { QuarterStatistics } from '../../../electron/core/stats/quarter-statistics.ts';

export const WEINAN: Profile = {
  station: '渭南市中心血站',
  region: '渭南市',
  counties: [
    { name: '华阴市', aliases: [], population: { '2023': 1070000, '2024': 1069000 }, populationSource: '渭南市统计局' },
    { name: '临渭区', aliases: [], population: { '2023': 2800000, '2024': 2790000 }, populationSource: '渭南市统计局' },
    { name: '潼关县', aliases: [], population: { '2023': 762000, '2024': 760000 }, populationSource: '渭南市统计局' },
  ],
  hospitals: [{ name: '渭南市中心医院', aliases: [] }, { name: '渭南市第二医院', aliases: [] }],
  targets: { '2025': { 临渭区: 28000, 华阴市: 8000, 潼关县: 5000 } },
};

/** Splits a quarter's figure over its three months (the last month takes the remainder). */
function split(total: number): number[] {
  const third = Math.floor(total / 3);
  return [third, third, total - 2 * third];
}

/** A county's quarter as three monthly records; whole blood at 2 U a donation (400 ml). */
function quarterOf(county: string, months: readonly string[], wb: number, pl: number, doses: number): CollectionRecord[] {
  const [w, p, d] = [split(wb), split(pl), split(doses)];
  return months.map((m, i) => collection(county, m, w[i], w[i] * 2, p[i], d[i], `${county}${m}.xlsx`));
}

const Q1 = ['2025-01', '2025-02', '2025-03'];
const Q1_2024 = ['2024-01', '2024-02', '2024-03'];
const Q4_2024 = ['2024-10', '2024-11', '2024-12'];

export const WEINAN_COLLECTIONS: readonly CollectionRecord[] = [
  ...quarterOf('临渭区', Q1, 6600, 300, 450), ...quarterOf('华阴市', Q1, 2060, 92, 138), ...quarterOf('潼关县', Q1, 1300, 50, 62),
  ...quarterOf('临渭区', Q1_2024, 6500, 280, 420), ...quarterOf('华阴市', Q1_2024, 2100, 95, 140), ...quarterOf('潼关县', Q1_2024, 1050, 65, 90),
  ...quarterOf('临渭区', Q4_2024, 7000, 300, 450), ...quarterOf('华阴市', Q4_2024, 2300, 100, 150), ...quarterOf('潼关县', Q4_2024, 1150, 52, 78),
];

export const WEINAN_SUPPLIES: readonly SupplyRecord[] = [
  ...Q1.map((m) => supply('渭南市中心医院', m, 3000, 40000, 100, 200)),
  ...Q1.map((m) => supply('渭南市第二医院', m, 2000, 20000, 50, 100)),
  supply('渭南市中心医院', '2024-02', 8500, 110000, 280, 550),
  supply('渭南市第二医院', '2024-02', 6200, 61000, 140, 290),
];

export const WEINAN_SUMMARY: QuarterStatistics = summariseQuarter({
  profile: WEINAN, quarter: '2025Q1', collections: WEINAN_COLLECTIONS, supplies: WEINAN_SUPPLIES,
  sources: [{ file: '临渭区2025-01.xlsx', sha256: '3f'.repeat(32), kind: 'collection', importedAt: '2025-04-08T10:21:00+08:00' }],
});

export const SETTINGS: BriefingSettings = {
  ...defaultBriefingSettings(WEINAN, '2025Q1', new Date(2025, 3, 11)),
  issueNumber: 3,
  recipients: { 报: '市卫生健康委员会', 送: '', 发: '各区县卫生健康局、各用血医疗机构' },
  copies: 40,
  freeText: '下一季度重点工作：\n\n  一是加强团体献血组织。\r\n二是做好夏季血液供应保障。',
  now: new Date(Date.UTC(2025, 3, 11, 8, 30)),
};
