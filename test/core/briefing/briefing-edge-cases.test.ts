import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBriefing } from '../../../electron/core/briefing/build-briefing.ts';
import { briefingNarrative } from '../../../electron/core/briefing/briefing-narrative.ts';
import { summariseQuarter } from '../../../electron/core/stats/summarise-quarter.ts';
import { COLLECTIONS, PROFILE, SOURCES, SUPPLIES } from '../stats/quarter-fixture.ts';
import { SETTINGS, WEINAN, WEINAN_COLLECTIONS } from './weinan-fixture.ts';
import type { Profile } from '../../../electron/core/model.ts';

const paragraphs = (profile: Profile, quarter: string, collections = COLLECTIONS, supplies = SUPPLIES) =>
  briefingNarrative(summariseQuarter({ profile, quarter, collections, supplies, sources: SOURCES }));

test('comparisons with gaps are flagged; a county without history is not named; missing reports are stated', () => {
  const [lead, comparison, supply, ...analysis] = paragraphs(PROFILE, '2025Q1');
  assert.equal(lead, '2025年第一季度，全市共采集4600人次，其中全血4400人次、单采血小板200人次，千人口献血率3.83‰（按2024年末常住人口120.0万人计算）。'
    + '全血采集量8802U，单采血小板300个治疗量。按本季度水平折算，年化千人口献血率约15.32‰（季度值×4）。');
  assert.equal(comparison, '献血人次同比增加535人次、增长13.2%，环比增加4429人次、增长2590.1%。全血采集量同比增加1002U、增长12.8%；千人口献血率由去年同期的3.37‰升至3.83‰。'
    + '去年同期有3个区县月报表未导入，相关对比仅供参考。上季度有8个区县月报表未导入，相关对比仅供参考。献血人次同比下降的有华阴市（下降7.6%）。其余1个区县同比增长，增幅3.8%。');
  // red cells as a share of whole blood (2250.5 ÷ 8802 = 25.57…%), no "difference" that reads as blood gone missing
  assert.equal(supply, '2025年第一季度，共向3家医疗机构供应红细胞2250.5U、血浆102000ml、单采血小板40个治疗量、冷沉淀205U。红细胞供应量同比增加450.5U、增长25.0%。'
    + '本季度供应红细胞2250.5U，相当于同期全血采集量（8802U）的25.6%（1U红细胞由1U全血制备）。');
  assert.deepEqual(analysis, [
    '华阴市献血人次同比下降，需分析原因、加强献血者招募。',
    '华阴市（22.7%）年度任务完成率低于时间进度（25%），需加快进度。',
    '华阴市3月月度报表截至编印时未报送，相关数据未计入本期统计。',
  ]);
});

test('no comparison data, no supply data: said plainly; year to date after Q1', () => {
  const [lead, comparison, supply, ...analysis] = paragraphs(PROFILE, '2025Q2', COLLECTIONS, []);
  // after Q1 the year to date leads; last year's 1—6月 is not compared, since only its first quarter is stored
  assert.ok(lead.startsWith('2025年1—6月，全市累计采集10100人次，累计千人口献血率8.42‰（按2024年末常住人口120.0万人计算）。'
    + '其中2025年第二季度采集5500人次（全血5000人次、单采血小板500人次），千人口献血率4.58‰。'), lead);
  assert.equal(comparison, '献血人次不作同比（去年同期数据未导入），环比增加900人次、增长19.6%。上季度有1个区县月报表未导入，相关对比仅供参考。');
  assert.equal(supply, '本季度供血数据未导入。');
  // 华阴市 stored no month of Q2: its lag is unknown, so only the missing reports are stated
  assert.deepEqual(analysis, [
    '临渭区5月、6月，华阴市4月、5月、6月，潼关县4月、5月、6月月度报表截至编印时未报送，相关数据未计入本期统计。',
  ]);
});

test('a county that reported nothing prints dashes, unranked, not zeros', () => {
  const summary = summariseQuarter({ profile: PROFILE, quarter: '2025Q2', collections: COLLECTIONS, supplies: [], sources: [] });
  const table = buildBriefing(summary, SETTINGS).blocks.find((b) => b.kind === 'table');
  assert.ok(table?.kind === 'table');
  assert.deepEqual(table.table.rows.map((r) => r.cells), [
    ['1', '临渭区', '87.7', '5500', '5000', '10000', '500', '900', '6.27', '—', '14000', '64.9'],
    ['', '华阴市', '20.5', '—', '—', '—', '—', '—', '—', '—', '2500', '—'],
    ['', '潼关县', '11.8', '—', '—', '—', '—', '—', '—', '—', '—', '—'],
    ['', '全市', '120.0', '5500', '5000', '10000', '500', '900', '4.58', '—', '—', '—'],
  ]);
});

test('unknown population: no rate in the lead, the appendix names the county', () => {
  const noPop: Profile = { ...PROFILE, counties: PROFILE.counties.map((c) => (c.name === '潼关县' ? { ...c, population: {} } : c)) };
  const summary = summariseQuarter({ profile: noPop, quarter: '2025Q1', collections: COLLECTIONS, supplies: SUPPLIES, sources: SOURCES });
  const doc = buildBriefing(summary, SETTINGS);
  const text = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
  assert.ok(text[0].startsWith('2025年第一季度，全市共采集4600人次，其中全血4400人次、单采血小板200人次（部分区县缺少常住人口数据，未计算千人口献血率）。全血采集量8802U'), text[0]);
  assert.ok(text.includes('潼关县缺少常住人口数据，未计算全市千人口献血率。人口数据来源：渭南市统计年鉴。'));
  const table = doc.blocks.find((b) => b.kind === 'table');
  assert.ok(table?.kind === 'table');
  assert.deepEqual(table.table.rows.map((r) => `${r.cells[0]}${r.cells[1]}${r.cells[8]}`), ['1临渭区4.08', '2华阴市2.77', '潼关县—', '全市—']);
});

test('mixed population years: the lead and the appendix name the years', () => {
  const mixed: Profile = { ...WEINAN, counties: WEINAN.counties.map((c) => (c.name === '潼关县' ? { ...c, population: { '2022': 760000 } } : c)) };
  const summary = summariseQuarter({ profile: mixed, quarter: '2025Q1', collections: WEINAN_COLLECTIONS, supplies: [], sources: [] });
  const doc = buildBriefing(summary, SETTINGS);
  const text = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
  assert.ok(text[0].includes('千人口献血率2.25‰（按各区县2022、2024年末常住人口合计461.9万人计算）'), text[0]);
  assert.ok(text.includes('本期各区县采用的人口年份不一：华阴市2024年、临渭区2024年、潼关县2022年；全市合计461.9万人。人口数据来源：渭南市统计局。'));
  assert.ok(text.includes('本期数据未记录来源文件。'));
});

test('without targets the county table drops the task columns', () => {
  const noTargets: Profile = { ...WEINAN, targets: {} };
  const summary = summariseQuarter({ profile: noTargets, quarter: '2025Q1', collections: WEINAN_COLLECTIONS, supplies: [], sources: [] });
  const table = buildBriefing(summary, SETTINGS).blocks.find((b) => b.kind === 'table');
  assert.ok(table?.kind === 'table');
  assert.equal(table.table.columns.length, 10);
  assert.equal(table.table.header[0].length, 8);
  assert.equal(table.table.notes.some((n) => n.startsWith('完成率')), false);
});

test('nothing to flag: one sentence says so', () => {
  const noTargets: Profile = { ...WEINAN, targets: {} };
  const rising = WEINAN_COLLECTIONS.filter((r) => !(r.county === '华阴市' && r.month.startsWith('2024')));
  const [, , , ...analysis] = briefingNarrative(summariseQuarter({ profile: noTargets, quarter: '2025Q1', collections: rising, supplies: [], sources: [] }));
  assert.deepEqual(analysis, ['本季度未发现献血人次同比下降、任务进度滞后或报表缺报的情况。']);
});

test('data sources print the file name; the full path and hash stay in the values', () => {
  const file = 'D:\\报表\\2025\\临渭区2025-01.xlsx';
  const records = COLLECTIONS.map((r) => (r.county === '临渭区' && r.month === '2025-01' ? { ...r, sources: { ...r.sources, wholeBloodDonors: { file, sheet: '1月', cells: ['C5'] } } } : r));
  const summary = summariseQuarter({ profile: PROFILE, quarter: '2025Q1', collections: records, supplies: [], sources: [{ file, sha256: 'ab'.repeat(32), kind: 'mixed' }] });
  const table = buildBriefing(summary, SETTINGS).blocks.flatMap((b) => (b.kind === 'table' && b.table.title.endsWith('数据来源') ? [b.table] : []))[0];
  assert.deepEqual(table.rows[0].cells, ['临渭区', '临渭区2025-01.xlsx', '2025年1月', 'abababab']);
  assert.deepEqual(table.rows[0].values, ['临渭区', file, '2025年1月', 'ab'.repeat(32)]);
});

test('the year to date leads after Q1 and is compared with the same months last year when all are stored', () => {
  const lastYear = COLLECTIONS.filter((r) => r.month.startsWith('2024-0')).map((r) => ({ ...r, month: r.month.replace(/-0[123]$/, (m) => `-0${Number(m.slice(2)) + 3}`) }));
  const [lead] = paragraphs(PROFILE, '2025Q2', [...COLLECTIONS, ...lastYear], []);
  // 2024年1—6月 doubles 2024Q1 (4065 人次): 8130 ÷ 1 204 900 × 1000 = 6.7474… → 6.75‰
  assert.ok(lead.startsWith('2025年1—6月，全市累计采集10100人次，累计千人口献血率8.42‰（按2024年末常住人口120.0万人计算），去年同期为6.75‰。'), lead);
});

test('the document never speaks of the program or its 配置, even when the population source is not given', () => {
  const noSource: Profile = { ...PROFILE, counties: PROFILE.counties.map(({ populationSource: _, ...c }) => c) };
  const summary = summariseQuarter({ profile: noSource, quarter: '2025Q1', collections: COLLECTIONS, supplies: SUPPLIES, sources: SOURCES });
  const all = (doc: ReturnType<typeof buildBriefing>) => doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'table' ? [...b.table.notes, ...b.table.rows.flatMap((r) => r.cells)] : [])).join('');
  const without = all(buildBriefing(summary, SETTINGS));
  assert.doesNotMatch(without, /配置|程序|人口数据来源/);
  // the issue's own setting names the source
  assert.match(all(buildBriefing(summary, { ...SETTINGS, populationSource: '渭南市统计局2024年统计公报' })), /人口数据来源：渭南市统计局2024年统计公报。/);
});

test('附表1 groups sources by county with the 同比/环比 files; a missing report keeps the completeness grid', () => {
  const files = [...new Set(WEINAN_COLLECTIONS.map((r) => r.sources.wholeBloodDonors.file))];
  const weinan = summariseQuarter({ profile: WEINAN, quarter: '2025Q1', collections: WEINAN_COLLECTIONS, supplies: [], sources: files.map((file) => ({ file, sha256: '0'.repeat(64), kind: 'collection' as const })) });
  const sources = buildBriefing(weinan, SETTINGS).blocks.flatMap((b) => (b.kind === 'table' && b.table.title.endsWith('数据来源') ? [b.table] : []))[0]!;
  // 3 counties × (2025Q1 + 2024Q1 for 同比 + 2024Q4 for 环比) × 3 months
  assert.equal(sources.rows.length, 27);
  assert.deepEqual(sources.rows.map((r) => r.cells[0]).filter((c) => c !== ''), ['华阴市', '临渭区', '潼关县']);
  assert.deepEqual(sources.rows.slice(0, 9).map((r) => r.cells[2]), ['2024年1月', '2024年2月', '2024年3月', '2024年10月', '2024年11月', '2024年12月', '2025年1月', '2025年2月', '2025年3月']);
  const tables = buildBriefing(summariseQuarter({ profile: PROFILE, quarter: '2025Q1', collections: COLLECTIONS, supplies: SUPPLIES, sources: SOURCES }), SETTINGS)
    .blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
  assert.ok(tables.some((t) => t.title.includes('月度报表报送情况')), 'a missing report (华阴市3月) keeps the grid');
  assert.deepEqual(tables.filter((t) => t.title.startsWith('附表')).map((t) => t.title.replace(/\s.*$/, '')), ['附表1', '附表2', '附表3'], 'the grid is 附表2');
  // the supply reports come after the counties, under their own group
  assert.deepEqual(tables.find((t) => t.title.endsWith('数据来源'))!.rows.map((r) => r.cells[0]), ['临渭区', '供血报表']);
});
