import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBriefing } from '../../../electron/core/briefing/build-briefing.ts';
import { SETTINGS, WEINAN_SUMMARY } from './weinan-fixture.ts';
import type { DocBlock, DocFigure } from '../../../electron/core/doc-model.ts';
import { sampleChart } from '../../fixtures/lib/sample-chart.ts';
import { monthlyTrendChart } from '../../../electron/core/charts/monthly-trend-chart.ts';

const doc = buildBriefing(WEINAN_SUMMARY, SETTINGS);
const texts = (blocks: readonly DocBlock[]): string[] => blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'title' ? [b.text] : []));
const tables = doc.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
const sectionOf = (heading: string, next: string): DocBlock[] => {
  const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  const end = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === next);
  return doc.blocks.slice(start + 1, end);
};

test('masthead, metadata and title', () => {
  assert.deepEqual(doc.masthead, { name: '血液保障工作简报', issue: '第3期', unit: '渭南市中心血站', date: '2025年4月11日', internal: true });
  assert.deepEqual(doc.meta, { title: '渭南市2025年第一季度血液采集与供应情况', author: '渭南市中心血站', subject: '血液保障工作简报第3期', creationDate: SETTINGS.now });
  assert.deepEqual(doc.blocks[0], { kind: 'title', text: '渭南市2025年第一季度血液采集与供应情况' });
  assert.deepEqual(doc.blocks[1], { kind: 'heading', level: 1, text: '一、血液采集情况' });
});

test('the house-style collection narrative, exactly (Weinan 2025Q1)', () => {
  assert.deepEqual(texts(sectionOf('一、血液采集情况', '二、血液供应情况')), [
    '2025年第一季度，全市共采集10402人次，其中全血9960人次、单采血小板442人次，千人口献血率2.25‰（按2024年末常住人口461.9万人计算）。'
      // ×4 of the printed 2.25‰ is 9.00‰ (issue 12: the annualised rate agrees with the printed quarterly rate)
      + '全血采集量19920U，单采血小板650个治疗量。按本季度水平折算，年化千人口献血率约9.00‰（季度值×4）。',
    // 同比 of whole-blood units (19920 vs 19300) and of the rate (2.18‰ → 2.25‰); the county that fell is named and
    // the range of the others' rises given (临渭区 1.8%, 潼关县 21.1%) rather than "均未下降"
    '献血人次同比增加312人次、增长3.1%，环比减少500人次、下降4.6%。全血采集量同比增加620U、增长3.2%；千人口献血率由去年同期的2.18‰升至2.25‰。'
      + '献血人次同比下降的有华阴市（下降2.0%）。其余2个区县同比增长，增幅1.8%～21.1%。各区县采血情况见表1。',
  ]);
  const body = doc.blocks.filter((b) => b.kind === 'paragraph');
  assert.ok(body.every((b) => b.kind === 'paragraph' && b.indent === true));
});

test('表1: counties ranked by rate, two-level header, 全市 total row, values and formats', () => {
  const t = tables[0];
  assert.equal(t.title, '表1  2025年第一季度各区县采血情况');
  assert.equal(t.unit, '单位：人次、U、治疗量');
  assert.equal(t.orientation, 'landscape');
  assert.deepEqual(t.header, [
    [{ text: '排名', rowSpan: 2 }, { text: '区县', rowSpan: 2 }, { text: '常住人口（万人）', rowSpan: 2 }, { text: '献血人次', rowSpan: 2 },
      { text: '全血', colSpan: 2 }, { text: '单采血小板', colSpan: 2 }, { text: '千人口献血率（‰）', rowSpan: 2 }, { text: '同比增减（%）', rowSpan: 2 },
      { text: '任务完成（时间进度25%）', colSpan: 2 }],
    [{ text: '人次' }, { text: 'U' }, { text: '人次' }, { text: '治疗量' }, { text: '年度任务' }, { text: '完成率（%）' }],
  ]);
  assert.deepEqual(t.rows.map((r) => r.cells), [
    ['1', '临渭区', '279.0', '6900', '6600', '13200', '300', '450', '2.47', '1.8', '28000', '24.6'],
    ['2', '华阴市', '106.9', '2152', '2060', '4120', '92', '138', '2.01', '-2.0', '8000', '26.9'],
    ['3', '潼关县', '76.0', '1350', '1300', '2600', '50', '62', '1.78', '21.1', '5000', '27.0'],
    ['', '全市', '461.9', '10402', '9960', '19920', '442', '650', '2.25', '3.1', '41000', '25.4'],
  ]);
  assert.deepEqual(t.rows.map((r) => r.total ?? false), [false, false, false, true]);
  assert.deepEqual(t.rows[3].values, [null, '全市', 461.9, 10402, 9960, 19920, 442, 650, 2.25, 3.1, 41000, 25.4]);
  assert.deepEqual(t.columns.map((c) => c.numFmt), ['0', undefined, '0.0', '0', '0', 'General', '0', '0', '0.00', '0.0', '0', '0.0']);
  assert.deepEqual(t.notes, [
    '说明：1. 数据来源：各区县上报的月度采血报表，文件清单见附件。',
    '2. 千人口献血率＝献血人次÷常住人口×1000，为季度值，未年化；常住人口采用2024年末数。',
    '3. 献血人次按采血地点归属区县统计，中心城区采血点集中，数值偏高。',
    '4. 排名按千人口献血率的未修约值由高到低排列（表中数值保留两位小数，显示相同的仍按未修约值排序，再同时按献血人次由多到少），图1顺序与本表一致；全市行不参与排名。',
    '5. 完成率＝1—3月累计献血人次÷年度任务；时间进度为25%。',
  ]);
});

test('二、供应: totals, 同比, balance sentence and 表2 with shares and a 合计 row', () => {
  // like with like, as a share: no "采集量多于供应量…U", which without stock and discard figures reads as blood gone missing
  assert.deepEqual(texts(sectionOf('二、血液供应情况', '三、形势分析与下一步工作')), [
    '2025年第一季度，共向2家医疗机构供应红细胞15000U、血浆180000ml、单采血小板450个治疗量、冷沉淀900U。红细胞供应量同比增加300U、增长2.0%。'
      + '本季度供应红细胞15000U，相当于同期全血采集量（19920U）的75.3%（1U红细胞由1U全血制备）。各医疗机构用血情况见表2。',
  ]);
  const t = tables[1];
  assert.equal(t.title, '表2  2025年第一季度各医疗机构临床用血供应情况');
  assert.equal(t.orientation, 'portrait');
  assert.deepEqual(t.header[0].map((h) => h.text), ['序号', '医疗机构', '红细胞（U）', '血浆（ml）', '单采血小板（治疗量）', '冷沉淀（U）', '红细胞占比（%）', '红细胞同比（%）']);
  assert.deepEqual(t.rows.map((r) => r.cells), [
    ['1', '渭南市中心医院', '9000', '120000', '300', '600', '60.0', '5.9'],
    ['2', '渭南市第二医院', '6000', '60000', '150', '300', '40.0', '-3.2'],
    ['', '合计', '15000', '180000', '450', '900', '100.0', '2.0'],
  ]);
  assert.equal(t.rows[2].total, true);
});

test('三、形势分析与下一步工作: the standing, （一）存在问题 from the figures, （二）下一步工作 from the free text', () => {
  assert.deepEqual(texts(sectionOf('三、形势分析与下一步工作', '附件')), [
    '全市累计完成年度任务25.4%，时间进度为25%。',
    '（一）存在问题',
    '华阴市献血人次同比下降，需分析原因、加强献血者招募。',
    '临渭区（24.6%）年度任务完成率低于时间进度（25%），需加快进度。',
    '（二）下一步工作',
    '下一季度重点工作：',
    '一是加强团体献血组织。',
    '二是做好夏季血液供应保障。',
  ]);
});

test('附件 on its own page: sources, completeness matrix, population, definitions', () => {
  const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === '附件');
  assert.deepEqual(doc.blocks[start - 1], { kind: 'pageBreak' });
  const appendix = doc.blocks.slice(start);
  assert.deepEqual(texts(appendix), [
    // every report arrived: the grid becomes one sentence
    '附件', '数据来源与指标说明', '（一）数据来源', '（二）报表报送情况', '2025年1—3月，3个区县的月度报表均已报送，共9份。', '（三）人口数据',
    '千人口献血率以常住人口（年末数）为分母：季度所在年份的上一年末数优先，缺少时取此前最近年份，再无则取此后最早年份；全市人口为各区县之和。',
    '本期采用2024年末常住人口，全市合计461.9万人。人口数据来源：渭南市统计局。',
    '（四）指标定义',
  ]);
  const [sources, definitions] = tables.slice(2);
  // sources by county, with months and a short hash; the one import date said once in the 说明
  assert.deepEqual(sources.header[0].map((h) => h.text), ['区县', '文件', '月份', '校验码']);
  assert.deepEqual(sources.rows[0].cells, ['临渭区', '临渭区2025-01.xlsx', '2025年1月', '3f3f3f3f']);
  assert.equal(sources.rows[0].values?.[3], '3f'.repeat(32));
  assert.equal(sources.notes.at(-1), '2. 以上文件均于2025年4月8日导入。');
  assert.equal(definitions.rows.length, 9);
  assert.deepEqual(definitions.rows[3].cells, ['千人口献血率', '献血人次÷常住人口（年末数）×1000；简报给出季度值', '‰']);
});

test('tail from settings: empty lists left out, 印数', () => {
  assert.deepEqual(doc.tail, {
    lines: [{ label: '报', text: '市卫生健康委员会' }, { label: '发', text: '各区县卫生健康局、各用血医疗机构' }],
    copies: '共印40份',
  });
  assert.equal(buildBriefing(WEINAN_SUMMARY, { ...SETTINGS, copies: null, recipients: { 报: ' ', 送: '', 发: '' } }).tail, null);
});

test('figures follow the paragraph that cites them (before a landscape 表1, which takes its own page); unknown keys go before 三', () => {
  const figure = (key: string | undefined, caption: string): DocFigure => ({ key, caption, chart: sampleChart(80), widthMm: 150, heightMm: 80 });
  const monthly = (summary: typeof WEINAN_SUMMARY): DocFigure => ({ key: 'monthly-donations', caption: '图2', chart: monthlyTrendChart(summary), widthMm: 150, heightMm: 80 });
  const figures = [figure('hospital-supply', '图3'), figure('county-rate', '图1'), figure(undefined, '图4'), monthly(WEINAN_SUMMARY)];
  const withFigures = buildBriefing(WEINAN_SUMMARY, SETTINGS, figures);
  const order = withFigures.blocks.flatMap((b) => (b.kind === 'figure' ? [b.figure.caption] : b.kind === 'table' ? [b.table.title.split(' ')[0]] : b.kind === 'heading' && b.level === 1 ? [b.text.slice(0, 2)] : []));
  assert.deepEqual(order, ['一、', '图1', '图2', '表1', '二、', '表2', '图3', '图4', '三、', '附件', '附表1', '附表2']);
  // every report arrived, so the completeness grid is a sentence and the definitions are 附表2 (no 附表3 after no 附表2)
  // the text cites the figures it is followed by
  const said = texts(withFigures.blocks).join('');
  assert.match(said, /各区县采血情况见表1。各区县千人口献血率见图1。各月献血人次与上年同期对比见图2。/);
  // without last year's months the figure draws this year only, and the text says no comparison
  const thisYearOnly = { ...WEINAN_SUMMARY, lastYearMonths: {} };
  const noLastYear = buildBriefing(thisYearOnly, SETTINGS, [...figures.slice(0, 3), monthly(thisYearOnly)]);
  assert.match(texts(noLastYear.blocks).join(''), /各区县千人口献血率见图1。各月献血人次见图2。/);
  assert.match(said, /各医疗机构用血情况见表2。各医疗机构各类血液成分供应量见图3。/);
  assert.doesNotMatch(texts(doc.blocks).join(''), /见图/);
});

test('增刊 numbering', () => {
  const s = buildBriefing(WEINAN_SUMMARY, { ...SETTINGS, supplement: true, issueNumber: 1 });
  assert.equal(s.masthead?.issue, '增刊第1期');
});
