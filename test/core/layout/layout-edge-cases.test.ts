import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFonts } from '../../../electron/core/fonts/load-fonts.ts';
import { layoutDocument } from '../../../electron/core/layout/layout-document.ts';
import type { BriefingDoc } from '../../../electron/core/doc-model.ts';
import { landscapeTable, longTable } from './sample-briefing.ts';
import { texts } from './layout-probe.ts';
import { mm } from '../../../electron/core/layout/page-geometry.ts';

const fonts = loadFonts({ bundledOnly: true });
const meta = { title: 't', author: 'a', subject: 's', creationDate: new Date(0) };

test('an empty document is one numbered page', () => {
  const layout = layoutDocument({ meta, masthead: null, tail: null, blocks: [] }, fonts);
  assert.equal(layout.pages.length, 1);
  assert.deepEqual(texts(layout.pages[0]!).map((t) => t.text), ['— 1 —']);
});

test('a table with no rows still draws its title and header; a trailing page break leaves no blank page', () => {
  const doc: BriefingDoc = { meta, masthead: null, tail: null, blocks: [{ kind: 'table', table: { ...longTable(), rows: [], notes: [] } }, { kind: 'pageBreak' }] };
  const layout = layoutDocument(doc, fonts);
  assert.equal(layout.pages.length, 1);
  assert.ok(texts(layout.pages[0]!).some((t) => t.part === 'tableHeader'));
});

test('a document of landscape tables only (the summary-tables PDF) has no portrait page', () => {
  const doc: BriefingDoc = { meta, masthead: null, tail: null, blocks: [{ kind: 'table', table: landscapeTable() }, { kind: 'table', table: { ...longTable(), orientation: 'landscape' } }] };
  const layout = layoutDocument(doc, fonts);
  assert.ok(layout.pages.every((p) => p.orientation === 'landscape'));
});

test('the tail starts a new page when the last page has no room for it', () => {
  const full = Array.from({ length: 22 }, () => ({ kind: 'paragraph' as const, text: '血'.repeat(20) }));
  const layout = layoutDocument({ meta, masthead: null, blocks: full, tail: { lines: [{ label: '报', text: '市卫健委' }], copies: '共印20份' } }, fonts);
  assert.equal(layout.pages.length, 2);
  assert.ok(layout.pages[1]!.items.some((i) => i.part === 'tail'));
});

test('landscape pages printed on their own carry upright numbers 7 mm under their block, odd right and even left', () => {
  const doc: BriefingDoc = { meta, masthead: null, tail: null, blocks: [{ kind: 'table', table: { ...longTable(60), orientation: 'landscape' } }] };
  const layout = layoutDocument(doc, fonts, { landscapeNumbers: 'upright' });
  assert.ok(layout.pages.length >= 3 && layout.pages.every((p) => p.orientation === 'landscape'));
  const dashTop = (fonts.faces.song.font.glyphForCodePoint(0x2014).bbox.maxY / 1000) * 14;
  for (const p of layout.pages) {
    const n = texts(p).find((t) => t.part === 'pageNumber')!;
    assert.equal(n.text, `— ${p.number} —`);
    assert.equal(n.rotation, 0);
    assert.ok(Math.abs(n.y - dashTop - (p.block.y + p.block.height + mm(7))) < 0.01);
    assert.ok(n.y < p.height);
    if (p.number % 2 === 1) assert.ok(Math.abs(n.x + n.width - (p.block.x + p.block.width - 14)) < 0.01);
    else assert.ok(Math.abs(n.x - (p.block.x + 14)) < 0.01);
  }
  const bound = layoutDocument(doc, fonts);
  assert.ok(bound.pages.every((p) => texts(p).find((t) => t.part === 'pageNumber')!.rotation === 90), 'bound into a briefing by default: turned');
});
