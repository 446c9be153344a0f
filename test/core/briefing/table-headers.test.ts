import { test } from 'node:test';
import assert from 'node:assert/strict';
import { briefingContext } from '../../../electron/core/briefing/briefing-context.ts';
import { countyTable } from '../../../electron/core/briefing/county-table.ts';
import { hospitalTable } from '../../../electron/core/briefing/hospital-table.ts';
import { DEFAULT_WORDING } from '../../../electron/core/briefing/wording.ts';
import { loadFonts } from '../../../electron/core/fonts/load-fonts.ts';
import { measureTableSizes } from '../../../electron/core/layout/measure-table.ts';
import { landscapeBlock, portraitBlock } from '../../../electron/core/layout/page-geometry.ts';
import type { DocTable } from '../../../electron/core/doc-model.ts';
import { WEINAN_SUMMARY } from './weinan-fixture.ts';

const fonts = loadFonts({ bundledOnly: true });
const ctx = briefingContext(WEINAN_SUMMARY, DEFAULT_WORDING);

/** Header lines by header text, at each size the columns allow, on the given width. */
function headerLines(table: DocTable, width: number): Map<number, Record<string, string[]>> {
  return new Map(measureTableSizes(table, fonts, 0, width).map((m) => [m.size, Object.fromEntries(m.header.map((c) => [c.text, c.lines.map((l) => l.atoms.map((a) => a.text).join(''))]))]));
}

test('表1 headers: short ones on one line, units on a line of their own, at 小四 and 五号 on the landscape block', () => {
  const sizes = headerLines(countyTable(ctx), landscapeBlock(1).width);
  assert.deepEqual([...sizes.keys()], [12, 10.5]);
  for (const [size, lines] of sizes) {
    for (const text of ['排名', '区县', '献血人次', '全血', '单采血小板', '人次', 'U', '治疗量', '年度任务']) assert.deepEqual(lines[text], [text], `${text} at ${size} pt`);
    assert.deepEqual(lines['常住人口（万人）'], ['常住人口', '（万人）']);
    assert.deepEqual(lines['同比增减（%）'], ['同比增减', '（%）']);
    assert.deepEqual(lines['任务完成（时间进度25%）'], ['任务完成', '（时间进度25%）']);
    assert.deepEqual(lines['完成率（%）'], ['完成率', '（%）']);
  }
  assert.deepEqual(sizes.get(10.5)!['千人口献血率（‰）'], ['千人口献血率', '（‰）']);
});

test('表2 headers: the bracketed unit stays whole ("单采血小板" / "（治疗量）") at 小四 and 五号 on the portrait block', () => {
  const sizes = headerLines(hospitalTable(ctx), portraitBlock(1).width);
  assert.deepEqual([...sizes.keys()], [12, 10.5]);
  for (const lines of sizes.values()) {
    assert.deepEqual(lines['单采血小板（治疗量）'], ['单采血小板', '（治疗量）']);
    assert.deepEqual(lines['序号'], ['序号']);
    assert.deepEqual(lines['医疗机构'], ['医疗机构']);
    assert.deepEqual(lines['血浆（ml）'], ['血浆', '（ml）']);
  }
});

test('表2 on its own landscape page: at 四号 every unit still sits on a line of its own, as its neighbours\' do', () => {
  const sizes = headerLines({ ...hospitalTable(ctx), orientation: 'landscape' }, landscapeBlock(1).width);
  const big = sizes.get(14)!;
  assert.deepEqual(big['血浆（ml）'], ['血浆', '（ml）']);
  assert.deepEqual(big['红细胞（U）'], ['红细胞', '（U）']);
  assert.deepEqual(big['医疗机构'], ['医疗机构']);
});
