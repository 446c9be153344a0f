import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBriefing } from '../../../electron/core/briefing/build-briefing.ts';
import { defaultBriefingSettings } from '../../../electron/core/briefing/briefing-settings.ts';
import { parseInput } from '../../../electron/core/import/parse-input.ts';
import { summariseQuarter } from '../../../electron/core/stats/summarise-quarter.ts';
import type { DocTable } from '../../../electron/core/doc-model.ts';
import type { QuarterStatistics } from '../../../electron/core/stats/quarter-statistics.ts';
import { summaryTables } from '../../../electron/core/pipeline/tables-output.ts';
import { PROFILE } from '../import/parse-fixture.ts';
import { THIRTY_ROWS, exportCsv } from '../import/records/donation-export.ts';

function thirtyRowQuarter(): QuarterStatistics {
  const result = parseInput({ name: '2025年第一季度献血记录.csv', bytes: new TextEncoder().encode(exportCsv(THIRTY_ROWS)) }, PROFILE);
  assert.ok(result.ok);
  return summariseQuarter({ profile: PROFILE, quarter: '2025Q1', collections: result.value.collections, supplies: [], sources: [] });
}

function briefingOf(summary: QuarterStatistics) {
  return buildBriefing(summary, defaultBriefingSettings(PROFILE, '2025Q1', new Date('2025-04-11T01:00:00Z')));
}

test('the briefing says the city’s 首次献血比例, 重复献血者比例, 400 ml and 团体 shares, the highest and lowest county, and the blood groups', () => {
  const doc = briefingOf(thirtyRowQuarter());
  const texts = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
  assert.ok(texts.includes('从献血者构成看，全市首次献血比例为43.3%（首次献血13人次），重复（两次以上）献血者比例为55.2%，400ml献血比例为42.3%，团体献血占40.0%；'
    + '各区县中首次献血比例最高的是潼关县（50.0%），最低的是华阴市（40.0%）。血型分布为A型30.0%、B型26.7%、O型33.3%、AB型10.0%，RhD阴性1人次（3.3%）。各区县献血者构成见表2。'), texts.join('\n'));
});

test('表2 ranks the counties by 首次献血比例 with a 全市 row; the summary tables print it as 表2 too', () => {
  const summary = thirtyRowQuarter();
  const tables = briefingOf(summary).blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : [])) as DocTable[];
  const table = tables.find((t) => t.title.startsWith('表2'))!;
  assert.equal(table.title, '表2  2025年第一季度各区县献血者构成情况');
  assert.deepEqual(table.rows.map((r) => r.cells), [
    ['1', '潼关县', '10', '50.0', '50.0', '50.0', '0.0', '0'],
    ['2', '华阴市', '20', '40.0', '57.9', '37.5', '60.0', '1'],
    ['', '全市', '30', '43.3', '55.2', '42.3', '40.0', '1'],
  ]);
  assert.deepEqual(summaryTables(summary).map((t) => t.title.slice(0, 2)), ['表1', '表2']);
});

test('without records or breakdown columns there is no 表2 of donors, and the hospitals stay 表2', () => {
  const summary = { ...thirtyRowQuarter(), donationIndicators: null };
  const titles = briefingOf(summary).blocks.flatMap((b) => (b.kind === 'table' ? [b.table.title] : []));
  assert.ok(!titles.some((t) => t.includes('献血者构成')));
});
