import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as XLSX from '@e965/xlsx';
import { readPopulationTable } from '../../../electron/core/profile/read-population-table.ts';

function workbook(rows: unknown[][], hiddenFirst = false): Uint8Array {
  const book = XLSX.utils.book_new();
  if (hiddenFirst) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['隐藏']]), '旧表');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '人口');
  if (hiddenFirst) book.Workbook = { Sheets: [{ Hidden: 1 }, { Hidden: 0 }] };
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }));
}

describe('readPopulationTable', () => {
  it('reads one column per year, skipping the total row, with the title as source', () => {
    const bytes = workbook([['渭南市各县（市、区）年末常住人口'], ['县区', '2023', '2024年'], ['华阴市', 202600, '202,100'], ['潼关县', 123800, 123500], ['全市合计', 326400, 325600]]);
    assert.deepEqual(readPopulationTable({ name: 'C:\\数据\\人口.xlsx', bytes }), {
      rows: [
        { county: '华阴市', year: '2023', population: 202600 }, { county: '华阴市', year: '2024', population: 202100 },
        { county: '潼关县', year: '2023', population: 123800 }, { county: '潼关县', year: '2024', population: 123500 },
      ],
      source: '渭南市各县（市、区）年末常住人口',
      problems: [],
      warnings: [],
    });
  });

  it('warns of a county changing by more than 10 % in a year, naming both years and values; the figures are read as given', () => {
    // 潼关县 2024 keyed in as 12.35 万 → 1235000 (an extra digit), 华阴市 an ordinary year
    const bytes = workbook([['县区', '2023', '2024'], ['华阴市', 202600, 202100], ['潼关县', 123800, 1235000]]);
    const table = readPopulationTable({ name: '人口.xlsx', bytes });
    assert.deepEqual(table.rows.find((r) => r.county === '潼关县' && r.year === '2024')?.population, 1235000);
    assert.deepEqual(table.warnings, [{ file: '人口.xlsx', message: '警告：潼关县常住人口2023年末123800人、2024年末1235000人，一年变化+897.6%，超过10%：请核对是否单位（人/万人）或年份有误' }]);
    assert.deepEqual(readPopulationTable({ name: '人口.xlsx', bytes }, 1000).warnings, [], 'the threshold is the profile\'s setting');
  });

  it('reads the long layout (区县, 年份, 常住人口) in 万人, from the first visible sheet', () => {
    const bytes = workbook([['区县', '年份', '常住人口（万人）'], ['华阴市', '2024年', 20.21]], true);
    const table = readPopulationTable({ name: '/data/人口统计.xlsx', bytes });
    assert.deepEqual(table.rows, [{ county: '华阴市', year: '2024', population: 202100 }]);
    assert.equal(table.source, '人口统计');
  });

  it('names the cell of a value that is not a number', () => {
    const bytes = workbook([['区县', '2024'], ['华阴市', '约20万']]);
    assert.deepEqual(readPopulationTable({ name: '人口.xlsx', bytes }).problems, [{ file: '人口.xlsx', cell: 'B2', message: '华阴市 的常住人口“约20万”不是有效的数字或缺少年份' }]);
  });

  it('explains a table without a county column, and a file that is not a workbook', () => {
    assert.match(readPopulationTable({ name: 'x.xlsx', bytes: workbook([['名单'], ['张三']]) }).problems[0].message, /未找到“区县”列/);
    assert.match(readPopulationTable({ name: 'x.xlsx', bytes: new Uint8Array([1, 2, 3]) }).problems[0].message, /文件名是 Excel 工作簿，但内容不是/);
  });
});
