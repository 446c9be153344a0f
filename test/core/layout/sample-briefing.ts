/**
 * A realistic briefing built by hand for layout and PDF tests: masthead, title, headings of all four levels,
 * long paragraphs with numbers, ‰ and %, a two-level-header table long enough to span pages, a landscape
 * table, a figure and the tail.
 */
import type { BriefingDoc, DocBlock, DocTable } from '../../../electron/core/doc-model.ts';
import { sampleChart } from '../../fixtures/lib/sample-chart.ts';

const COUNTIES = ['临渭区', '华州区', '潼关县', '大荔县', '合阳县', '澄城县', '蒲城县', '白水县', '富平县', '韩城市', '华阴市'];

/** Forty rows of site figures: enough to run a portrait table over a page break. */
export function longTable(rows = 40): DocTable {
  const body = Array.from({ length: rows }, (_, i) => {
    const donors = 300 + ((i * 37) % 200);
    const name = `${COUNTIES[i % COUNTIES.length]}第${i + 1}采血点`;
    return { cells: [name, String(donors), String(donors * 2 - 11), String(i % 7), String((i % 7) * 2 - (i % 2)), `${(donors / 205.1).toFixed(2)}‰`] };
  });
  return {
    title: '表1  2025年第一季度各采血点采血情况',
    unit: '单位：人次、U、治疗量',
    header: [
      [{ text: '采血点', rowSpan: 2 }, { text: '全血', colSpan: 2 }, { text: '机采血小板', colSpan: 2 }, { text: '千人口献血率', rowSpan: 2 }],
      [{ text: '人次' }, { text: '单位(U)' }, { text: '人次' }, { text: '治疗量' }],
    ],
    columns: [{ weight: 3, align: 'left' }, { weight: 1.4, align: 'right' }, { weight: 1.4, align: 'right' }, { weight: 1.2, align: 'right' }, { weight: 1.2, align: 'right' }, { weight: 1.8, align: 'right' }],
    rows: [...body, { cells: ['合计', '16011', '31800', '120', '228', '3.47‰'], total: true }],
    notes: ['说明：1. 数据来源为各区县上报的月度采血报表，经血站核对后汇总。', '2. 千人口献血率 = 献血人次 ÷ 常住人口 × 1000，常住人口采用2024年末数；按采血地点归属区县。'],
    orientation: 'portrait',
  };
}

/** A wide county table on landscape pages. */
export function landscapeTable(): DocTable {
  const rows = COUNTIES.map((name, i) => ({
    cells: [String(i + 1), name, String(200000 + i * 51234), String(1500 + i * 97), String(1400 + i * 90), String(2900 + i * 170), String(100 + i * 7), String(180 + i * 12), `${(2.1 + i * 0.03).toFixed(2)}‰`, `${(i % 3 === 0 ? '-' : '')}${(1.5 + i).toFixed(1)}%`, `${(22 + i).toFixed(1)}%`],
  }));
  return {
    title: '表2  2025年第一季度各区县采血情况及任务完成进度',
    unit: '单位：人、人次、U、治疗量',
    header: [
      [{ text: '排名', rowSpan: 2 }, { text: '区县', rowSpan: 2 }, { text: '常住人口', rowSpan: 2 }, { text: '献血人次', rowSpan: 2 }, { text: '全血', colSpan: 2 }, { text: '机采血小板', colSpan: 2 }, { text: '千人口献血率', rowSpan: 2 }, { text: '同比', rowSpan: 2 }, { text: '任务完成率（时间进度25%）', rowSpan: 2 }],
      [{ text: '人次' }, { text: 'U' }, { text: '人次' }, { text: '治疗量' }],
    ],
    columns: [0.8, 1.4, 1.6, 1.3, 1.2, 1.2, 1.2, 1.2, 1.6, 1.2, 1.8].map((weight, i) => ({ weight, align: i === 1 ? 'center' : i === 0 ? 'center' : 'right' })),
    rows: [...rows, { cells: ['', '全市', '4619000', '10402', '9960', '19530', '442', '840', '2.25‰', '3.1%', '24.6%'], total: true }],
    notes: ['说明：排名按千人口献血率由高到低；任务完成率 = 年度累计献血人次 ÷ 年度任务数。'],
    orientation: 'landscape',
  };
}

const LONG = '全市共采集10402人次，其中全血9960人次、19530U，单采血小板442人次、840个治疗量，千人口献血率2.25‰（按2024年末常住人口461.9万人计算），同比增长3.1%，环比下降12.4%。' +
  '临渭区、富平县、蒲城县采血量居前三位，合计占全市的52.6%；潼关县、白水县同比分别下降8.2%和5.7%，需加强街头献血点的组织动员工作，确保临床用血供应安全稳定。';


function blocks(): DocBlock[] {
  return [
    { kind: 'title', text: '渭南市2025年第一季度血液采集与供应情况通报' },
    { kind: 'heading', level: 1, text: '一、血液采集情况' },
    { kind: 'paragraph', text: LONG },
    { kind: 'heading', level: 2, text: '（一）全血采集' },
    { kind: 'paragraph', text: LONG + LONG },
    { kind: 'heading', level: 3, text: '1. 街头献血' },
    { kind: 'paragraph', text: '街头献血6120人次，占全血献血人次的61.4%，“献血屋”运行稳定。' },
    { kind: 'heading', level: 4, text: '（1）献血屋' },
    { kind: 'paragraph', text: LONG },
    { kind: 'table', table: longTable() },
    { kind: 'paragraph', text: '全市各采血点采血情况见上表。' },
    { kind: 'table', table: landscapeTable() },
    { kind: 'heading', level: 1, text: '二、血液供应情况' },
    { kind: 'paragraph', text: '一季度向全市医疗机构供应红细胞类18650U、血浆2013400ml、机采血小板812个治疗量、冷沉淀1560U，供应总量同比增长2.3%。' },
    { kind: 'figure', figure: { caption: '图1  各区县千人口献血率', chart: sampleChart(75), widthMm: 150, heightMm: 75 } },
    { kind: 'paragraph', text: '渭南市中心血站', indent: false, align: 'right' },
    { kind: 'paragraph', text: '2025年4月11日', indent: false, align: 'right' },
  ];
}

/** The sample briefing. */
export function sampleBriefing(): BriefingDoc {
  return {
    meta: { title: '血液保障工作简报 2025年第一季度', author: '渭南市中心血站', subject: '2025年第一季度血液采集与供应情况', creationDate: new Date('2025-04-11T08:00:00Z') },
    masthead: { name: '血液保障工作简报', issue: '第3期', unit: '渭南市中心血站编', date: '2025年4月11日', internal: true },
    blocks: blocks(),
    tail: { lines: [{ label: '报', text: '渭南市卫生健康委员会，陕西省血液中心' }, { label: '送', text: '各区县卫生健康局' }, { label: '发', text: '市中心医院、市第二医院、韩城市人民医院、蒲城县医院等各用血医疗机构' }], copies: '共印20份' },
  };
}
