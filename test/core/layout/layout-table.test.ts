import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFonts } from '../../../electron/core/fonts/load-fonts.ts';
import { layoutDocument } from '../../../electron/core/layout/layout-document.ts';
import { A4, mm, portraitToLandscape } from '../../../electron/core/layout/page-geometry.ts';
import type { BriefingDoc } from '../../../electron/core/doc-model.ts';
import { landscapeTable, longTable, sampleBriefing } from './sample-briefing.ts';
import { blockLines, pagesOf, texts } from './layout-probe.ts';

const fonts = loadFonts({ bundledOnly: true });
const close = (a: number, b: number, tolerance = 0.01) => Math.abs(a - b) <= tolerance;

function tableDoc(...tables: ReturnType<typeof longTable>[]): BriefingDoc {
  return { ...sampleBriefing(), masthead: null, tail: null, blocks: [{ kind: 'paragraph', text: '各采血点情况如下。' }, ...tables.map((table) => ({ kind: 'table' as const, table }))] };
}

const long = layoutDocument(tableDoc(longTable()), fonts);

test('a long table runs over several pages with the header repeated under a 续表 line on each', () => {
  const pages = pagesOf(long, 1);
  assert.ok(pages.length >= 2, 'spans pages');
  const headerTexts = (n: number) => texts(pages[n]!).filter((t) => t.part === 'tableHeader').map((t) => t.text).sort();
  for (let i = 1; i < pages.length; i += 1) {
    assert.deepEqual(headerTexts(i), headerTexts(0), `header repeated on page ${pages[i]!.number}`);
    assert.ok(blockLines(long, 1).some((l) => l.page === pages[i]!.number && l.text.startsWith('续表1')), '续表1');
    assert.ok(texts(pages[i]!).some((t) => t.part === 'tableUnit' && t.text.startsWith('单位')), 'unit line repeated');
  }
  assert.ok(!texts(pages[0]!).some((t) => t.text.startsWith('续表')));
  assert.equal(texts(pages[0]!).filter((t) => t.part === 'tableTitle').map((t) => t.text).join(''), '表1 2025年第一季度各采血点采血情况'.replace(' ', ''));
});

test('no row is split across pages and every row of the table is placed once, in order', () => {
  const rowPages = new Map<number, Set<number>>();
  for (const p of long.pages) for (const item of p.items) {
    if (item.ref?.block === 1 && item.ref.row !== undefined && item.ref.row >= 0) rowPages.set(item.ref.row, (rowPages.get(item.ref.row) ?? new Set()).add(p.number));
  }
  assert.equal(rowPages.size, 41);
  for (const [row, pages] of rowPages) assert.equal(pages.size, 1, `row ${row} on pages ${[...pages]}`);
  const order = [...rowPages.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => [...p][0]!);
  assert.deepEqual(order, [...order].sort((a, b) => a - b));
});

test('numbers are right-aligned, the total row is set in 黑体, notes follow the last row on its page', () => {
  const last = pagesOf(long, 1).at(-1)!;
  const total = texts(last).filter((t) => t.ref?.row === 40);
  assert.ok(total.length > 0 && total.every((t) => t.role === 'heiti'));
  const cells = (row: number) => texts(long.pages.find((p) => texts(p).some((t) => t.ref?.row === row))!).filter((t) => t.ref?.row === row && t.ref.block === 1);
  const firstColumnEnd = long.pages[0]!.block.x + (long.pages[0]!.block.width * 3) / 10;
  const rights = new Set(cells(0).filter((t) => t.x > firstColumnEnd).map((t) => Math.round((t.x + t.width) * 10)));
  assert.equal(rights.size, 5, 'five numeric columns, each ending at its own right padding');
  const notes = texts(last).filter((t) => t.part === 'tableNote');
  assert.ok(notes.length > 0 && notes.every((t) => t.y > Math.max(...total.map((x) => x.y))));
  assert.ok(notes.every((t) => t.size === 12));
});

test('the second and later notes hang under the text after "说明："', () => {
  const notes = blockLines(long, 1).filter((l) => /^(说明|2\.)/.test(l.text));
  assert.equal(notes.length, 2);
  const labelWidth = notes[1]!.left - notes[0]!.left;
  assert.ok(labelWidth > 30 && labelWidth < 40, `hang ${labelWidth}`);
});

test('a landscape table goes on landscape pages with the block turned, and body text returns to portrait', () => {
  const doc: BriefingDoc = { ...tableDoc(landscapeTable()), blocks: [...tableDoc(landscapeTable()).blocks, { kind: 'paragraph', text: '以上为各区县情况。' }] };
  const layout = layoutDocument(doc, fonts);
  const pages = pagesOf(layout, 1);
  assert.ok(pages.length >= 1);
  for (const p of pages) {
    assert.equal(p.orientation, 'landscape');
    assert.ok(close(p.width, A4.height) && close(p.height, A4.width));
    assert.ok(close(p.block.width, mm(225)) && close(p.block.height, mm(156)));
    assert.ok(close(p.block.x, mm(35)), 'the sheet’s bottom margin is the landscape page’s left margin');
  }
  assert.equal(pagesOf(layout, 2)[0]!.orientation, 'portrait');
  assert.ok(pagesOf(layout, 2)[0]!.number > pages.at(-1)!.number);
});

test('a landscape page keeps its page number in the same place on the sheet as portrait pages', () => {
  const layout = layoutDocument({ ...tableDoc(landscapeTable(), landscapeTable(), landscapeTable()), blocks: [{ kind: 'paragraph', text: '正文。' }, ...[1, 2, 3].map(() => ({ kind: 'table' as const, table: landscapeTable() }))] }, fonts);
  const portrait = layoutDocument({ ...tableDoc(), blocks: Array.from({ length: 6 }, () => ({ kind: 'pageBreak' as const })).flatMap((b) => [{ kind: 'paragraph' as const, text: '正文。' }, b]) }, fonts);
  const landscapes = layout.pages.filter((p) => p.orientation === 'landscape');
  assert.ok(landscapes.some((p) => p.number % 2 === 1) && landscapes.some((p) => p.number % 2 === 0), 'odd and even landscape pages');
  for (const p of landscapes) {
    const number = texts(p).find((t) => t.part === 'pageNumber')!;
    const reference = texts(portrait.pages[p.number - 1]!).find((t) => t.part === 'pageNumber')!;
    assert.equal(number.rotation, 90);
    assert.deepEqual([number.x, number.y].map((v) => v.toFixed(3)), Object.values(portraitToLandscape(reference.x, reference.y)).map((v) => v.toFixed(3)));
  }
});

test('a short table takes a smaller type size rather than spilling onto a second page', () => {
  const rows = longTable(18);
  const layout = layoutDocument({ ...tableDoc(rows), blocks: [{ kind: 'table', table: rows }] }, fonts);
  assert.equal(pagesOf(layout, 0).length, 1);
  const sizes = new Set(texts(layout.pages[0]!).filter((t) => t.part === 'tableCell').map((t) => t.size));
  assert.deepEqual([...sizes], [12]);
});

const NOTES = [
  '数据来源：各区县上报的月度采血报表，文件清单见附。',
  '千人口献血率＝献血人次÷常住人口×1000，为季度值，未年化；常住人口采用2024年末数。',
  '献血人次按采血地点归属区县统计，中心城区采血点集中，数值偏高。',
  '排名按千人口献血率由高到低排列，率相同时按献血人次由多到少；全市行不参与排名。',
  '完成率＝1—3月累计献血人次÷年度任务；时间进度为25%。',
];

/** Rows of a table per page, by the pages its body rows are drawn on. */
function rowsPerPage(layout: ReturnType<typeof layoutDocument>, block: number): number[] {
  return layout.pages.map((p) => new Set(texts(p).filter((t) => t.ref?.block === block && (t.ref.row ?? -1) >= 0).map((t) => t.ref!.row)).size).filter((n) => n > 0);
}

test('a county table with its five notes that fits one landscape page at some size is set on one page, notes included', () => {
  const table = { ...landscapeTable(), notes: NOTES };
  const layout = layoutDocument({ ...tableDoc(table), blocks: [{ kind: 'paragraph', text: '正文。' }, { kind: 'table', table }] }, fonts);
  const pages = pagesOf(layout, 1);
  assert.equal(pages.length, 1);
  assert.equal(texts(pages[0]!).filter((t) => t.part === 'tableNote').map((t) => t.text).join('').includes('时间进度为25%'), true);
  const size = texts(pages[0]!).find((t) => t.part === 'tableCell')!.size;
  assert.ok([12, 10.5].includes(size), `size ${size}`);
  const bottom = Math.max(...texts(pages[0]!).filter((t) => t.part === 'tableNote').map((t) => t.y));
  assert.ok(bottom <= pages[0]!.block.y + pages[0]!.block.height);
});

test('a table that fits a page but not the rest of this one starts on the next page and takes its heading along', () => {
  const filler = Array.from({ length: 14 }, () => ({ kind: 'paragraph' as const, text: '血'.repeat(20) }));
  const table = longTable(18);
  const layout = layoutDocument({ ...tableDoc(), blocks: [...filler, { kind: 'heading', level: 2, text: '（二）各采血点情况' }, { kind: 'table', table }] }, fonts);
  assert.deepEqual(pagesOf(layout, 15).map((p) => p.number), [2]);
  assert.deepEqual(pagesOf(layout, 14).map((p) => p.number), [2], 'the heading moves with the table');
  assert.deepEqual(rowsPerPage(layout, 15), [19]);
});

test('a table too long for a page is split with two rows at least on every page, and 附表 continues as 续附表N', () => {
  for (let n = 40; n <= 64; n += 3) {
    const table = { ...longTable(n), title: '附表2  各采血点采血情况' };
    const layout = layoutDocument({ ...tableDoc(table) }, fonts);
    const counts = rowsPerPage(layout, 1);
    assert.ok(counts.length >= 2 && counts.every((c) => c >= 2), `${n} rows: ${counts}`);
    assert.equal(counts.reduce((a, b) => a + b), n + 1);
    const continued = blockLines(layout, 1).filter((l) => l.text.startsWith('续'));
    assert.equal(continued.length, counts.length - 1);
    assert.ok(continued.every((l) => l.text.startsWith('续附表2')), continued.map((l) => l.text).join());
  }
});

test('text too long for its cell wraps at the end of a date word, and a table without a unit has its header right under the title', () => {
  const table = {
    title: '附表1  数据来源', unit: '', header: [[{ text: '序号' }, { text: '文件' }, { text: '导入时间' }]],
    columns: [{ weight: 1, align: 'center' as const }, { weight: 4, align: 'left' as const }, { weight: 7, align: 'center' as const }],
    rows: [{ cells: ['1', '临渭区2025年1月采血统计.xlsx', '2025年4月11日 09:00'] }], notes: [], orientation: 'portrait' as const,
  };
  const layout = layoutDocument({ ...tableDoc(table), blocks: [{ kind: 'table', table }] }, fonts);
  const cell = blockLines(layout, 0).filter((l) => l.text.includes('采血') || l.text.startsWith('临渭区'));
  assert.deepEqual(cell.map((l) => l.text), ['临渭区2025年1月', '采血统计.xlsx']);
  const page = layout.pages[0]!;
  const title = texts(page).find((t) => t.part === 'tableTitle')!;
  const headerTop = Math.min(...page.items.filter((i) => i.kind === 'rule' && i.ref?.block === 0).map((i) => (i.kind === 'rule' ? i.y1 : Infinity)));
  assert.ok(headerTop - title.y < 16, `header ${headerTop - title.y} pt under the title baseline`);
  assert.ok(!texts(page).some((t) => t.part === 'tableUnit'));
});
