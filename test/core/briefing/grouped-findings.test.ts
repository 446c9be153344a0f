import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analysisProblems } from '../../../electron/core/briefing/analysis-statements.ts';
import { briefingContext } from '../../../electron/core/briefing/briefing-context.ts';
import { buildBriefing } from '../../../electron/core/briefing/build-briefing.ts';
import { shownSumsDiffer } from '../../../electron/core/briefing/shown-sums-differ.ts';
import { DEFAULT_WORDING } from '../../../electron/core/briefing/wording.ts';
import { summariseQuarter } from '../../../electron/core/stats/summarise-quarter.ts';
import { SETTINGS, WEINAN, WEINAN_COLLECTIONS } from './weinan-fixture.ts';
import type { Profile } from '../../../electron/core/model.ts';

// 2025Q1 donations: 临渭区 6900, 华阴市 2152, 潼关县 1350 (weinan-fixture)
const problems = (targets: Record<string, number>): string[] => {
  const profile: Profile = { ...WEINAN, targets: { '2025': targets } };
  const summary = summariseQuarter({ profile, quarter: '2025Q1', collections: WEINAN_COLLECTIONS, supplies: [], sources: [] });
  return analysisProblems(briefingContext(summary, DEFAULT_WORDING)).filter((s) => s.includes('完成率'));
};

test('every county lagging alike: one statement, not one entry per county', () => {
  // 6900 ÷ 29614 = 23.30%, 2152 ÷ 9236 = 23.30%, 1350 ÷ 5794 = 23.30%
  assert.deepEqual(problems({ 临渭区: 29614, 华阴市: 9236, 潼关县: 5794 }), ['各区县年度任务完成率均为23.3%，低于时间进度（25%），需加快进度。']);
});

test('every county lagging, differently: the range and the lowest county, named', () => {
  // 6900 ÷ 29614 = 23.3%, 2152 ÷ 9236 = 23.3%, 1350 ÷ 6000 = 22.5%
  assert.deepEqual(problems({ 临渭区: 29614, 华阴市: 9236, 潼关县: 6000 }),
    ['各区县年度任务完成率均低于时间进度（25%），在22.5%～23.3%之间，最低的是潼关县（22.5%），需加快进度。']);
});

test('some counties lagging: grouped by equal rate, lowest first', () => {
  // 临渭区 23.3%, 华阴市 23.3%, 潼关县 1350 ÷ 5000 = 27.0% on pace
  assert.deepEqual(problems({ 临渭区: 29614, 华阴市: 9236, 潼关县: 5000 }), ['华阴市、临渭区（均为23.3%）年度任务完成率低于时间进度（25%），需加快进度。']);
  // 潼关县 1350 ÷ 6000 = 22.5% below the other two
  assert.deepEqual(problems({ 临渭区: 29614, 华阴市: 8000, 潼关县: 6000 }), ['潼关县（22.5%）、临渭区（23.3%）年度任务完成率低于时间进度（25%），需加快进度。']);
});

test('四舍五入 note only where printed parts do not add up to the printed total', () => {
  const rows = (parts: number[], total: number) => [...parts.map((v) => ({ values: [v] })), { values: [total], total: true }];
  assert.equal(shownSumsDiffer(rows([33.3, 33.3, 33.3], 100), 0, 1), true);
  assert.equal(shownSumsDiffer(rows([60, 40], 100), 0, 1), false);
  // 华阴市 106.9 + 临渭区 279.0 + 潼关县 76.0 = 461.9 万人: 表1 needs no note; 表2 shares 60.0 + 40.0 = 100.0 neither
  const doc = buildBriefing(summariseQuarter({ profile: WEINAN, quarter: '2025Q1', collections: WEINAN_COLLECTIONS, supplies: [], sources: [] }), SETTINGS);
  const table1 = doc.blocks.find((b) => b.kind === 'table');
  assert.ok(table1?.kind === 'table');
  assert.equal(table1.table.notes.some((n) => n.includes('四舍五入')), false);
  const uneven: Profile = { ...WEINAN, counties: WEINAN.counties.map((c) => ({ ...c, population: { '2024': 1000600 } })) };
  const summary = summariseQuarter({ profile: uneven, quarter: '2025Q1', collections: WEINAN_COLLECTIONS, supplies: [], sources: [] });
  const t = buildBriefing(summary, SETTINGS).blocks.find((b) => b.kind === 'table');
  assert.ok(t?.kind === 'table');
  // each county 100.06 → 100.1 万; 3 × 100.1 = 300.3 against the city's 300.18 → 300.2
  assert.deepEqual(t.table.rows.map((r) => r.cells[2]), ['100.1', '100.1', '100.1', '300.2']);
  assert.equal(t.table.notes.at(-1), '6. 因四舍五入，分项之和与合计可能略有出入。');
});
