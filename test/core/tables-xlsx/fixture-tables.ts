import type { DocTable } from '../../../electron/core/doc-model.ts';

/** A county table as the briefing builds it: two-level header (全血 / 血小板 over 人次 and U / 治疗量), total row. */
export function countyTable(): DocTable {
  const rows: [string, number, number, number, number, number, number, number | null][] = [
    ['临渭区', 91.8, 4077, 3910, 7038, 167, 250.5, 0.052],
    ['韩城市', 38.1, 948, 908, 1634.4, 42, 63, -0.031],
    ['华州区', 26.6, 590, 590, 1062, 0, 0, null],
  ];
  const body = rows.map(([name, pop, donors, wb, wbu, pd, pdd, yoy]) => ({
    cells: [name, pop.toFixed(1), String(donors), String(wb), wbu.toFixed(1), String(pd), pdd.toFixed(1), ((donors / pop) / 10).toFixed(2), yoy === null ? '—' : `${(yoy * 100).toFixed(1)}%`],
    values: [name, pop, donors, wb, wbu, pd, pdd, Math.round((donors / pop) * 10) / 100, yoy],
  }));
  return {
    title: '表1  2025年第一季度各区县采血情况',
    unit: '单位：万人、人次、U、‰',
    header: [
      [{ text: '区县', rowSpan: 2 }, { text: '常住人口', rowSpan: 2 }, { text: '献血人次', rowSpan: 2 }, { text: '全血', colSpan: 2 },
        { text: '单采血小板', colSpan: 2 }, { text: '千人口献血率', rowSpan: 2 }, { text: '同比', rowSpan: 2 }],
      [{ text: '人次' }, { text: 'U' }, { text: '人次' }, { text: '治疗量' }],
    ],
    columns: [
      { weight: 3, align: 'left' }, { weight: 2, align: 'right', numFmt: '0.0' }, { weight: 2, align: 'right', numFmt: '0' },
      { weight: 2, align: 'right', numFmt: '0' }, { weight: 2, align: 'right', numFmt: '0.0' }, { weight: 2, align: 'right', numFmt: '0' },
      { weight: 2, align: 'right', numFmt: '0.0' }, { weight: 2, align: 'right', numFmt: '0.00' }, { weight: 2, align: 'right', numFmt: '0.0%' },
    ],
    rows: [
      ...body,
      { cells: ['全市', '156.5', '5615', '5408', '9734.4', '209', '313.5', '3.59', '3.2%'], values: ['全市', 156.5, 5615, 5408, 9734.4, 209, 313.5, 3.59, 0.032], total: true },
    ],
    notes: ['数据来源：各区县采血点月报表，按采血地点统计。', '千人口献血率＝献血人次÷常住人口（2024年末）×1000，为季度值，未年化；排名按千人口献血率由高到低。'],
    orientation: 'landscape',
  };
}

/** A one-level hospital table. */
export function hospitalTable(): DocTable {
  return {
    title: '表2  2025年第一季度各医疗机构供血情况',
    unit: '单位：U、ml、治疗量',
    header: [[{ text: '医疗机构' }, { text: '红细胞类' }, { text: '血浆' }, { text: '单采血小板' }, { text: '冷沉淀' }, { text: '红细胞占比' }]],
    columns: [
      { weight: 4, align: 'left' }, { weight: 2, align: 'right', numFmt: '0.0' }, { weight: 2, align: 'right', numFmt: '0' },
      { weight: 2, align: 'right', numFmt: '0' }, { weight: 2, align: 'right', numFmt: '0.0' }, { weight: 2, align: 'right', numFmt: '0.0%' },
    ],
    rows: [
      { cells: ['渭南市中心医院', '3820.5', '215000', '160', '640.0', '54.2%'], values: ['渭南市中心医院', 3820.5, 215000, 160, 640, 0.542] },
      { cells: ['渭南市第二医院', '1630.0', '98000', '45', '210.0', '23.1%'], values: ['渭南市第二医院', 1630, 98000, 45, 210, 0.231] },
      { cells: ['合计', '5450.5', '313000', '205', '850.0', '77.3%'], values: ['合计', 5450.5, 313000, 205, 850, 0.773], total: true },
    ],
    notes: ['数据来源：供血科发血记录。'],
    orientation: 'portrait',
  };
}
