import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFonts } from '../../../electron/core/fonts/load-fonts.ts';
import { layoutDocument } from '../../../electron/core/layout/layout-document.ts';
import { GRID_CHAR } from '../../../electron/core/layout/grid.ts';
import type { BriefingDoc, DocBlock } from '../../../electron/core/doc-model.ts';
import { blockLines, texts } from './layout-probe.ts';
import { textWidth } from '../../../electron/core/layout/measure-text.ts';
import { punctuationBlank } from '../../../electron/core/layout/punctuation-blank.ts';
import { BODY_STYLE } from '../../../electron/core/layout/layout-paragraph.ts';

const fonts = loadFonts({ bundledOnly: true });

function lines(...blocks: DocBlock[]) {
  const doc: BriefingDoc = { meta: { title: 't', author: 'a', subject: 's', creationDate: new Date(0) }, masthead: null, tail: null, blocks };
  const layout = layoutDocument(doc, fonts);
  return { layout, lines: blockLines(layout, blocks.length - 1) };
}

const para = (text: string): DocBlock => ({ kind: 'paragraph', text });
const right = (layout: ReturnType<typeof lines>['layout']) => layout.pages[0]!.block.x + layout.pages[0]!.block.width;

test('a line holds 28 full-width characters; the first line is indented two', () => {
  const { layout, lines: ls } = lines(para('血'.repeat(100)));
  assert.deepEqual(ls.map((l) => [...l.text].length), [26, 28, 28, 18]);
  assert.ok(Math.abs(ls[0]!.left - (layout.pages[0]!.block.x + 2 * GRID_CHAR)) < 1e-6);
  assert.ok(ls.slice(0, 3).every((l) => Math.abs(l.right - right(layout)) < 1e-6), 'full lines end flush with the block');
});

test('justified lines end flush at the right; the last line is ragged', () => {
  const { layout, lines: ls } = lines(para('全市共采集10402人次，其中全血9960人次、19530U，单采血小板442人次、840个治疗量，千人口献血率2.25‰，同比增长3.1%，环比下降12.4%。'));
  assert.ok(ls.length >= 3);
  for (const l of ls.slice(0, -1)) assert.ok(Math.abs(l.right - right(layout)) < 1e-6, `flush: ${l.text}`);
  assert.ok(ls.at(-1)!.right < right(layout) - 20);
});

test('a number moves whole to the next line rather than split', () => {
  const { lines: ls } = lines(para(`${'血'.repeat(24)}10402人次`));
  assert.deepEqual(ls.map((l) => l.text), ['血'.repeat(24), '10402人次']);
});

test('"2.25‰" and "3.1%" stay whole, and ‰ never starts a line', () => {
  const { layout, lines: ls } = lines(para(`${'血'.repeat(23)}率2.25‰，增3.1%`));
  assert.deepEqual(ls.map((l) => l.text), [`${'血'.repeat(23)}率`, '2.25‰，增3.1%']);
  const items = texts(layout.pages[0]!).filter((t) => t.ref?.block === 0);
  assert.ok(items.some((t) => t.text === '2.25‰' && t.charSpacing === 0), 'a number is one run, never opened by justification');
});

test('closing punctuation never starts a line: it takes the character before it along', () => {
  const { lines: ls } = lines(para(`${'血'.repeat(26)}，再说`));
  assert.deepEqual(ls.map((l) => l.text), ['血'.repeat(25), '血，再说']);
});

test('an opening bracket never ends a line', () => {
  const { lines: ls } = lines(para(`${'血'.repeat(25)}（按常住人口）`));
  assert.deepEqual(ls.map((l) => l.text), ['血'.repeat(25), '（按常住人口）']);
});

test('headings use 黑体, 楷体, 仿宋, 仿宋 for levels 1–4, all 16 pt, indented two characters', () => {
  const levels = [1, 2, 3, 4] as const;
  const heads = levels.map((level) => ({ kind: 'heading' as const, level, text: ['一、采集', '（一）全血', '1. 街头', '（1）献血屋'][level - 1]! }));
  const { layout } = lines(...heads, para('正文。'));
  const items = texts(layout.pages[0]!).filter((t) => t.part === 'heading');
  assert.deepEqual(levels.map((l) => [...new Set(items.filter((t) => t.ref?.block === l - 1).map((t) => `${t.role}/${t.size}`))]),
    [['heiti/16'], ['kaiti/16'], ['fangsong/16'], ['fangsong/16']]);
  const left = Math.min(...items.filter((t) => t.ref?.block === 0).map((t) => t.x));
  assert.ok(Math.abs(left - (layout.pages[0]!.block.x + 2 * GRID_CHAR)) < 1e-6);
});

test('a heading on the last line of a page moves to the next page with its text', () => {
  const filler = Array.from({ length: 21 }, () => para('血'.repeat(20)));
  const { layout } = lines(...filler, { kind: 'heading', level: 1, text: '二、供应' }, para('正文。'));
  const heading = layout.pages.find((p) => texts(p).some((t) => t.part === 'heading'))!;
  assert.equal(heading.number, 2);
});

test('the title is 22 pt, centred, and may wrap', () => {
  const { layout } = lines({ kind: 'title', text: '渭南市2025年第一季度血液采集与供应情况通报及下季度工作安排' }, para('正文。'));
  const title = blockLines(layout, 0);
  assert.equal(title.length, 2);
  const page = layout.pages[0]!;
  for (const l of title) assert.ok(Math.abs((l.left + l.right) / 2 - (page.block.x + page.block.width / 2)) < 0.01);
});

/** Characters of a page's body lines with where each starts and the width of its cell (grid cell, or a number's width). */
function bodyLines(layout: ReturnType<typeof lines>['layout']) {
  const items = texts(layout.pages[0]!).filter((t) => t.part === 'body');
  const ys = [...new Set(items.map((t) => t.y))].sort((a, b) => a - b);
  return ys.map((y) => items.filter((t) => t.y === y).sort((a, b) => a.x - b.x).flatMap((t) => {
    if (![...t.text].every((ch) => ch.codePointAt(0)! >= 0x2e80 || '“”'.includes(ch))) return [{ text: t.text, x: t.x, cell: t.width }];
    let x = t.x;
    return [...t.text].map((ch) => {
      const at = x;
      x += textWidth(fonts, 'fangsong', 16, ch) + t.charSpacing;
      return { text: ch, x: at, cell: GRID_CHAR };
    });
  }));
}

test('a line of bracketed figures closes its punctuation blanks to take the next group rather than spread wide', () => {
  // 形势分析 of the demo: the group "（23.7%）、" used to miss the first line by a little, and the line was spread.
  const text = '临渭区（24.4%）、华州区（23.3%）、潼关县（23.7%）、大荔县（23.9%）、合阳县（24.3%）、澄城县（22.9%）、蒲城县（23.9%）、' +
    '白水县（22.8%）、富平县（24.4%）、韩城市（24.1%）、华阴市（24.5%）年度任务完成率低于时间进度（25%），需加快进度。';
  const { layout, lines: ls } = lines(para(text));
  assert.equal(ls[0]!.text, '临渭区（24.4%）、华州区（23.3%）、潼关县（23.7%）、');
  assert.ok(Math.abs(ls[0]!.right - right(layout)) < 1e-6, 'flush right');
  const body = bodyLines(layout);
  assert.equal(body.length, ls.length);
  const half = GRID_CHAR / 2;
  for (const line of body.slice(0, -1)) {
    for (let i = 1; i < line.length; i += 1) {
      const [a, b] = [line[i - 1]!, line[i]!];
      const added = b.x - (a.x + a.cell);
      // The white between two characters counts the blank half of a bracket or pause mark facing it.
      const white = added + (punctuationBlank(fonts, BODY_STYLE, a.text) === 'end' ? half : 0) + (punctuationBlank(fonts, BODY_STYLE, b.text) === 'start' ? half : 0);
      assert.ok(added < 0.5 * 16, `added ${added.toFixed(2)} between ${a.text} and ${b.text}`);
      assert.ok(white < 0.75 * 16, `white ${white.toFixed(2)} between ${a.text} and ${b.text}`);
    }
  }
});

test('a line too long by a fraction of a point is squeezed evenly, not by compressing one comma', () => {
  const { layout, lines: ls } = lines(para('2025年第一季度，共向8家医疗机构供应红细胞16406U、血浆746200ml、单采血小板685个治疗量、冷沉淀1807U。红细胞供应量同比增加484U、增长3.0%。本季度采集全血17454U、供应红细胞16406U，供应量为采集量的94.0%，采集量多于供应量1048U。'));
  const line = ls.find((l) => l.text.startsWith('应红细胞16406U'))!;
  assert.equal(line.text, '应红细胞16406U，供应量为采集量的94.0%，采集量多于供应量');
  const items = texts(layout.pages[0]!).filter((t) => t.y === line.y && /[\u4e00-\u9fff，]/.test(t.text));
  const spacings = new Set(items.map((t) => t.charSpacing.toFixed(3)));
  assert.equal(spacings.size, 1, `one spacing for all characters: ${[...spacings]}`);
  assert.ok(Math.abs(Number([...spacings][0]) - (GRID_CHAR - 16)) < 0.5);
});

test('no widow: a paragraph never leaves its last line alone at the top of a page, nor its first alone at the foot', () => {
  // 20 one-line paragraphs leave 2 of the 22 grid lines; a 3-line paragraph would put its last line alone on page 2
  const filler = Array.from({ length: 20 }, () => para('血'.repeat(10)));
  const three = para('血'.repeat(70));
  const { lines: ls } = lines(...filler, three);
  assert.deepEqual(ls.map((l) => l.page), [1, 2, 2]);
  // 21 lines used: a 2-line paragraph moves over whole rather than leave its first line at the foot
  const { lines: two } = lines(...Array.from({ length: 21 }, () => para('血'.repeat(10))), para('血'.repeat(40)));
  assert.deepEqual(two.map((l) => l.page), [2, 2]);
  // a paragraph that fits is untouched
  const { lines: fits } = lines(...Array.from({ length: 19 }, () => para('血'.repeat(10))), three);
  assert.deepEqual(fits.map((l) => l.page), [1, 1, 1]);
});
