import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFonts } from '../../../electron/core/fonts/load-fonts.ts';
import { compressibleWidth, compressLine } from '../../../electron/core/layout/compress-punctuation.ts';
import { BODY_STYLE } from '../../../electron/core/layout/layout-paragraph.ts';
import { GRID_CHAR } from '../../../electron/core/layout/grid.ts';
import { punctuationBlank } from '../../../electron/core/layout/punctuation-blank.ts';
import { plainStyle } from '../../../electron/core/layout/text-style.ts';
import { toAtoms } from '../../../electron/core/layout/to-atoms.ts';

const fonts = loadFonts({ bundledOnly: true });
const atoms = (text: string) => toAtoms(text, BODY_STYLE, fonts);
const closed = (text: string, excess: number) => compressLine(atoms(text), excess).map((a, i) => +(atoms(text)[i]!.width - a.width).toFixed(3));
const half = GRID_CHAR / 2;

test('the blank half of a mark is read from the face: brackets open at the start, pause marks and closing brackets at the end', () => {
  const blanks = [...'（）、，。《》“”：血1！'].map((ch) => punctuationBlank(fonts, BODY_STYLE, ch));
  assert.deepEqual(blanks, ['start', 'end', 'end', 'end', 'end', 'start', 'end', 'start', 'end', 'end', null, null, null]);
  assert.equal(punctuationBlank(fonts, plainStyle('heiti', 12), '（'), 'start');
});

test('blanks between marks close first and evenly; a lone mark only when that is not enough; never more than half a cell', () => {
  // "）" before "、", "、" before "（" and "（" after "、" face other marks; "，" stands between characters.
  assert.equal(+compressibleWidth(atoms('血，血）、（血')).toFixed(3), +(4 * half).toFixed(3));
  assert.deepEqual(closed('血，血）、（血', 6), [0, 0, 0, 2, 2, 2, 0]);
  assert.deepEqual(closed('血，血）、（血', 3 * half + 4), [0, 4, 0, +half.toFixed(3), +half.toFixed(3), +half.toFixed(3), 0]);
  assert.deepEqual(closed('血，血）、（血', 100), [0, +half.toFixed(3), 0, +half.toFixed(3), +half.toFixed(3), +half.toFixed(3), 0]);
});

test('a closed start blank draws the glyph further left by as much; a line-start bracket keeps its blank', () => {
  const line = compressLine(atoms('、（血'), 4);
  assert.deepEqual(line.map((a) => +a.shift.toFixed(3)), [0, 2, 0]);
  assert.deepEqual(closed('（血）', 5), [0, 0, 5], 'only the closing bracket at the line end closes');
});
