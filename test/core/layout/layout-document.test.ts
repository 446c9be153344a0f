import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFonts } from '../../../electron/core/fonts/load-fonts.ts';
import { layoutDocument } from '../../../electron/core/layout/layout-document.ts';
import { mm } from '../../../electron/core/layout/page-geometry.ts';
import { PITCH } from '../../../electron/core/layout/grid.ts';
import { RED } from '../../../electron/core/layout/text-style.ts';
import type { RuleItem } from '../../../electron/core/layout/layout-types.ts';
import { sampleBriefing } from './sample-briefing.ts';
import { sampleChart } from '../../fixtures/lib/sample-chart.ts';
import { blockLines, bounds, texts } from './layout-probe.ts';

const fonts = loadFonts({ bundledOnly: true });
const layout = layoutDocument(sampleBriefing(), fonts);
const close = (a: number, b: number, tolerance = 0.01) => Math.abs(a - b) <= tolerance;

test('pages are A4; portrait text blocks sit 37 mm from the top, 28 mm from the left on odd pages and 26 mm on even', () => {
  for (const page of layout.pages.filter((p) => p.orientation === 'portrait')) {
    assert.ok(close(page.width, 595.28) && close(page.height, 841.89), `page ${page.number} size`);
    assert.ok(close(page.block.x, mm(page.number % 2 === 1 ? 28 : 26)), `page ${page.number} left margin`);
    assert.ok(close(page.block.y, mm(37)) && close(page.block.width, mm(156)) && close(page.block.height, mm(225)));
  }
  assert.ok(close(page(1).block.x + page(1).block.width, 595.28 - mm(26)), 'odd page: outside margin 26 mm at the right');
});

test('page numbers are consecutive and nothing but page numbers leaves the text block', () => {
  assert.deepEqual(layout.pages.map((p) => p.number), layout.pages.map((_, i) => i + 1));
  for (const p of layout.pages) {
    const { x, y, width, height } = p.block;
    for (const item of p.items.filter((i) => i.part !== 'pageNumber')) {
      const b = bounds(item);
      assert.ok(b.left >= x - 0.01 && b.right <= x + width + 0.01 && b.top >= y - 0.01 && b.bottom <= y + height + 0.01,
        `page ${p.number}: ${item.part} ${item.kind === 'text' ? item.text : ''} outside the block`);
    }
  }
});

test('body and heading lines sit on the 22-line grid of 225 mm ÷ 22 ≈ 29 pt', () => {
  assert.ok(close(PITCH, 28.99, 0.01));
  for (const p of layout.pages.filter((pg) => pg.orientation === 'portrait')) {
    const lines = new Set(texts(p).filter((t) => t.part === 'body' || t.part === 'heading').map((t) => t.y));
    for (const y of lines) {
      const slot = (y - p.block.y - PITCH / 2 - 0.38 * 16) / PITCH;
      assert.ok(close(slot, Math.round(slot), 1e-6) && Math.round(slot) >= 0 && Math.round(slot) < 22, `page ${p.number} baseline ${y} off the grid (${slot})`);
    }
  }
});

test('page numbers: "— n —" in 14 pt 宋体, dashes 7 mm below the block, odd right and even left, one character in', () => {
  const dashTop = (fonts.faces.song.font.glyphForCodePoint(0x2014).bbox.maxY / 1000) * 14;
  for (const p of layout.pages.filter((pg) => pg.orientation === 'portrait')) {
    const [n] = texts(p).filter((t) => t.part === 'pageNumber');
    assert.ok(n);
    assert.equal(n.text, `— ${p.number} —`);
    assert.equal(n.role, 'song');
    assert.equal(n.size, 14);
    assert.ok(close(n.y - dashTop, p.block.y + p.block.height + mm(7)), 'dash top 7 mm below the block');
    if (p.number % 2 === 1) assert.ok(close(n.x + n.width, p.block.x + p.block.width - 14), `page ${p.number} right`);
    else assert.ok(close(n.x, p.block.x + 14), `page ${p.number} left`);
  }
});

test('page 1 opens with the masthead: red name centred, 第×期, unit and date, a red rule the block width', () => {
  const p = page(1);
  const masthead = p.items.filter((i) => i.part === 'masthead');
  const name = texts(p).find((t) => t.text === '血液保障工作简报')!;
  assert.deepEqual(name.color, RED);
  assert.equal(name.role, 'title');
  assert.ok(close(name.x + name.width / 2, p.block.x + p.block.width / 2));
  const lines = blockLines(layout, undefined).filter((l) => l.page === 1).map((l) => l.text);
  assert.ok(lines.includes('第3期') && lines.includes('内部资料'));
  const unit = texts(p).find((t) => t.text === '渭南市中心血站编')!;
  const date = texts(p).find((t) => t.text.startsWith('2025') && t.part === 'masthead')!;
  assert.equal(unit.y, date.y);
  const rule = masthead.find((i): i is RuleItem => i.kind === 'rule')!;
  assert.deepEqual(rule.color, RED);
  assert.ok(close(rule.x2 - rule.x1, mm(156)));
  const title = texts(p).filter((t) => t.part === 'title');
  assert.ok(title.every((t) => t.y > rule.y1 && t.size === 22 && t.role === 'title'));
  // 空二行: two full grid lines (2 × 29 pt) between the red rule and the top of the title's first line
  const titleTop = Math.min(...title.map((t) => t.y)) - 22 * 0.88;
  assert.ok(titleTop - rule.y1 >= 2 * 29 - 1, `title ${titleTop.toFixed(1)} rule ${rule.y1.toFixed(1)}`);
  // a true red: full magenta and yellow, no cyan, no black (not the orange-red 0/80/80/0)
  assert.deepEqual(RED, [0, 100, 100, 0]);
});

test('the tail closes the last page at the foot of the block, thick outer rules and thin inner rules', () => {
  const last = layout.pages.at(-1)!;
  const rules = last.items.filter((i): i is RuleItem => i.kind === 'rule' && i.part === 'tail').sort((a, b) => a.y1 - b.y1);
  assert.equal(rules.length, 5);
  assert.ok(close(rules.at(-1)!.y1 + rules.at(-1)!.width / 2, last.block.y + last.block.height));
  assert.deepEqual(rules.map((r) => r.width.toFixed(3)), [mm(0.35), mm(0.25), mm(0.25), mm(0.25), mm(0.35)].map((w) => w.toFixed(3)));
  const tail = texts(last).filter((t) => t.part === 'tail').map((t) => t.text).join('');
  for (const part of ['报：', '送：', '发：', '共印20份', '渭南市卫生健康委员会']) assert.ok(tail.includes(part), part);
});

test('the same document and fonts give the same layout', () => {
  assert.deepEqual(layoutDocument(sampleBriefing(), fonts), layout);
});

function page(n: number) {
  return layout.pages[n - 1]!;
}

test('the 版记 is on the last page and that page is even, with a blank page before it when the text ends on an odd page alone', () => {
  assert.equal(layout.pages.length % 2, 0);
  assert.ok(layout.pages.at(-1)!.items.some((i) => i.part === 'tail'));
  const meta = { title: 't', author: 'a', subject: 's', creationDate: new Date(0) };
  const tail = { lines: [{ label: '报', text: '市卫生健康委员会' }], copies: '共印20份' };
  const para = (n: number) => ({ kind: 'paragraph' as const, text: '血'.repeat(10 * n) });
  // one short paragraph on page 1 (odd): the tail goes to page 2
  const short = layoutDocument({ meta, masthead: null, tail, blocks: [para(1)] }, fonts);
  assert.deepEqual(short.pages.map((p) => [p.number, p.items.some((i) => i.part === 'tail'), p.items.some((i) => i.part === 'body')]), [[1, false, true], [2, true, false]]);
  // page 2 full, so the tail would open page 3 (odd): page 3 stays blank and the tail is on page 4
  const full = layoutDocument({ meta, masthead: null, tail, blocks: [...Array.from({ length: 44 }, () => para(1))] }, fonts);
  assert.deepEqual(full.pages.map((p) => p.items.filter((i) => i.part !== 'pageNumber').length > 0), [true, true, false, true]);
  assert.ok(full.pages[3]!.items.some((i) => i.part === 'tail'));
});

test('a figure that misses the page foot by a little is scaled to fit (not below 80 %); one that misses by much moves over', () => {
  const meta = { title: 't', author: 'a', subject: 's', creationDate: new Date(0) };
  const para = { kind: 'paragraph' as const, text: '血'.repeat(10) };
  const figure = (heightMm: number) => ({ kind: 'figure' as const, figure: { caption: '图1  测试', chart: sampleChart(heightMm), widthMm: 150, heightMm } });
  const placed = (heightMm: number) => {
    const l = layoutDocument({ meta, masthead: null, tail: null, blocks: [...Array.from({ length: 12 }, () => para), figure(heightMm)] }, fonts);
    const item = l.pages.flatMap((p) => p.items.map((i) => ({ page: p.number, i }))).find(({ i }) => i.kind === 'figure')!;
    return { page: item.page, height: item.i.kind === 'figure' ? item.i.box.height : 0, bottom: l.pages[0]!.block.y + l.pages[0]!.block.height };
  };
  // 12 lines used leave 10 × 29 pt ≈ 290 pt, minus the caption (28 pt) ≈ 262 pt ≈ 92 mm for the figure
  const near = placed(100);
  assert.equal(near.page, 1);
  assert.ok(near.height < mm(100) && near.height >= mm(100) * 0.8, `${near.height}`);
  const far = placed(130);
  assert.equal(far.page, 2);
  assert.ok(close(far.height, mm(130)));
});

test('a figure that does not fit lets the following text fill the page, then opens the next page: no hole at the foot', () => {
  const meta = { title: 't', author: 'a', subject: 's', creationDate: new Date(0) };
  const para = (n: number) => ({ kind: 'paragraph' as const, text: '血'.repeat(27 * n) });
  const figure = { kind: 'figure' as const, figure: { caption: '图3  测试', chart: sampleChart(130), widthMm: 150, heightMm: 130 } };
  // 14 lines used leave 8 (≈ 82 mm): the 130 mm figure cannot fit even at 80 %
  const short = { kind: 'paragraph' as const, text: '血'.repeat(10) };
  const blocks = [...Array.from({ length: 14 }, () => short), figure, { kind: 'heading' as const, level: 2 as const, text: '（一）存在问题' }, para(6), para(3)];
  const l = layoutDocument({ meta, masthead: null, tail: null, blocks }, fonts);
  const where = (block: number) => l.pages.filter((p) => p.items.some((i) => i.ref?.block === block)).map((p) => p.number);
  assert.deepEqual(where(15), [1], 'the heading fills page 1');
  assert.deepEqual(where(16), [1], 'so does the first paragraph');
  assert.deepEqual(where(14), [2], 'the figure opens page 2 after the text that crossed over');
  const page1 = l.pages[0]!;
  const lastLine = Math.max(...texts(page1).filter((t) => t.part === 'body').map((t) => t.y));
  assert.ok(page1.block.y + page1.block.height - lastLine < 2 * 29, 'page 1 is full to its foot');
  // the figure comes after every line of the paragraph it waited for, before the next one
  const figureTop = l.pages[1]!.items.find((i) => i.kind === 'figure')!;
  assert.ok(figureTop.kind === 'figure');
  assert.ok(blockLines(l, 16).every((ln) => ln.page === 1 || ln.y < figureTop.box.y));
});

test('a waiting figure never lets the next section go first: it keeps its place before the level-1 heading', () => {
  const meta = { title: 't', author: 'a', subject: 's', creationDate: new Date(0) };
  const figure = { kind: 'figure' as const, figure: { caption: '图3  测试', chart: sampleChart(130), widthMm: 150, heightMm: 130 } };
  const short = { kind: 'paragraph' as const, text: '血'.repeat(10) };
  const blocks = [...Array.from({ length: 14 }, () => short), figure, { kind: 'heading' as const, level: 1 as const, text: '三、形势分析' }, { kind: 'paragraph' as const, text: '血'.repeat(27 * 6) }];
  const l = layoutDocument({ meta, masthead: null, tail: null, blocks }, fonts);
  const where = (block: number) => l.pages.filter((p) => p.items.some((i) => i.ref?.block === block)).map((p) => p.number);
  assert.deepEqual([where(14), where(15)], [[2], [2]], '图3 opens page 2 and 三 follows it there');
  const figureBox = l.pages[1]!.items.find((i) => i.kind === 'figure')!;
  const heading = texts(l.pages[1]!).find((t) => t.ref?.block === 15)!;
  assert.ok(figureBox.kind === 'figure' && heading.y > figureBox.box.y + figureBox.box.height, 'the heading comes after the figure');
});
