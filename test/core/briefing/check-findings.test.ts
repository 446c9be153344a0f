/**
 * 附件 数据核查提示 and timeliness: the quarter's stored warnings, outliers (both values) and population changes by
 * county, nothing when there are none; the completeness sentence says which reports came late.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBriefing } from '../../../electron/core/briefing/build-briefing.ts';
import type { CollectionRecord, RecordWarning } from '../../../electron/core/model.ts';
import { summariseQuarter } from '../../../electron/core/stats/summarise-quarter.ts';
import type { DocBlock } from '../../../electron/core/doc-model.ts';
import { collection } from '../stats/quarter-fixture.ts';
import { SETTINGS, WEINAN, WEINAN_COLLECTIONS, WEINAN_SUPPLIES, WEINAN_SUMMARY } from './weinan-fixture.ts';

const texts = (blocks: readonly DocBlock[]): string[] => blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? [b.text] : []));
const appendix = (blocks: readonly DocBlock[]) => texts(blocks.slice(blocks.findIndex((b) => b.kind === 'heading' && b.text === '附件')));
const after = (lines: readonly string[], heading: string) => lines.slice(lines.indexOf(heading) + 1);

const WARNING: RecordWarning = {
  file: '潼关县2025年2月.csv', sheet: 'Sheet1', message: '警告（规则“每人次治疗量”）：潼关县2025年2月的单采血小板治疗量9超过单采血小板人次2的3倍（每人次通常1—2个治疗量），请核对',
  kind: 'collection', subject: '潼关县', month: '2025-02', rule: '每人次治疗量',
};

/** 潼关县 at 433 donations a month from August 2024, then 1300 in February 2025 (a slip: an extra digit's worth). */
function withOutlier(): CollectionRecord[] {
  const months = ['2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01'];
  const base = WEINAN_COLLECTIONS.filter((r) => !(r.county === '潼关县' && (months.includes(r.month) || r.month === '2025-02')));
  return [...base, ...months.map((m) => collection('潼关县', m, 433, 866, 17, 26, `潼关县${m}.xlsx`)), collection('潼关县', '2025-02', 1300, 2600, 16, 20, '潼关县2025-02.xlsx')];
}

test('no findings, no section: the 附件 ends with （四）指标定义 as before', () => {
  const lines = appendix(buildBriefing(WEINAN_SUMMARY, SETTINGS).blocks);
  assert.equal(lines.at(-1), '（四）指标定义');
  assert.ok(!lines.includes('（五）数据核查提示'));
});

test('stored warnings, outliers and population changes are listed by county, numbered, with both reference values', () => {
  const profile = { ...WEINAN, counties: WEINAN.counties.map((c) => (c.name === '华阴市' ? { ...c, population: { '2023': 1070000, '2024': 905000 } } : c)) };
  const summary = summariseQuarter({ profile, quarter: '2025Q1', collections: withOutlier(), supplies: WEINAN_SUPPLIES, sources: [], warnings: [WARNING] });
  assert.deepEqual(summary.outliers.map((o) => [o.county, o.month, o.field, o.value, o.lastYear, o.trailingMean]), [
    ['潼关县', '2025-02', 'wholeBloodDonors', 1300, 350, 433], ['潼关县', '2025-02', 'wholeBloodUnits', 2600, 700, 866],
  ]);
  assert.deepEqual(summary.populationChanges, [{ county: '华阴市', fromYear: 2023, from: 1070000, toYear: 2024, to: 905000, percent: -15.4 }]);
  const lines = after(appendix(buildBriefing(summary, SETTINGS).blocks), '（五）数据核查提示');
  assert.deepEqual(lines, [
    '以下提示由程序按核查规则列出，供核对原始报表；简报中的数据均按报表原数计算，未作改动。',
    // 华阴市 comes first in the profile
    '（1）华阴市常住人口2023年末1070000人、2024年末905000人，一年下降15.4%，超过10%，请核对人口数据。',
    '（2）潼关县2025年2月的单采血小板治疗量9超过单采血小板人次2的3倍（每人次通常1—2个治疗量），请核对（规则“每人次治疗量”）。',
    '（3）潼关县2月全血人次为1300，比去年同月（350）高271.4%，比前6个月平均（433.0）高200.2%，两项均超出核查阈值（±50%、±40%），请核对。',
    '（4）潼关县2月全血量为2600U，比去年同月（700U）高271.4%，比前6个月平均（866.0U）高200.2%，两项均超出核查阈值（±50%、±40%），请核对。',
  ]);
});

test('a warning of a month outside the quarter is not listed', () => {
  const summary = summariseQuarter({ profile: WEINAN, quarter: '2025Q1', collections: WEINAN_COLLECTIONS, supplies: WEINAN_SUPPLIES, sources: [], warnings: [{ ...WARNING, month: '2024-12' }] });
  assert.deepEqual(summary.warnings, []);
});

test('timeliness: all on time stays one sentence and says 按时; late reports are named with their arrival day', () => {
  const months = ['2025-01', '2025-02', '2025-03'];
  const onTime = months.flatMap((m, i) => WEINAN.counties.map((c) => ({ county: c.name, month: m, importedAt: `2025-0${i + 2}-08T02:00:00.000Z` })));
  const summary = (arrivals: typeof onTime) => summariseQuarter({ profile: WEINAN, quarter: '2025Q1', collections: WEINAN_COLLECTIONS, supplies: WEINAN_SUPPLIES, sources: [], arrivals });
  assert.deepEqual(after(appendix(buildBriefing(summary(onTime), SETTINGS).blocks), '（二）报表报送情况')[0], '2025年1—3月，3个区县的月度报表均已按时报送，共9份。');
  const late = onTime.map((a) => (a.county === '潼关县' && a.month !== '2025-03' ? { ...a, importedAt: '2025-03-14T02:00:00.000Z' } : a));
  const lateSummary = summary(late);
  assert.equal(lateSummary.completeness.late, 2);
  assert.deepEqual(after(appendix(buildBriefing(lateSummary, SETTINGS).blocks), '（二）报表报送情况')[0],
    '2025年1—3月，3个区县的月度报表均已报送，共9份。其中潼关县1月、2月报表3月14日到达，晚于报送期限（次月10日前）。');
});
