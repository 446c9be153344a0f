import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SheetPreview } from '../../../../electron/core/import/mapping-types.ts';
import { assign, marksOf, unassign, withMarks, type MarksBySheet } from '../../../../renderer/src/components/sheet-marks.ts';

const sheet = (name: string, understood: SheetPreview['understood']): SheetPreview => ({ name, rows: [], merges: [], headerRow: 1, understood });
const JANUARY = sheet('1月', [{ row: 1, col: 1, field: 'wholeBloodDonors' }]);
const FEBRUARY = sheet('2月', [{ row: 3, col: 2, field: 'wholeBloodDonors' }]);

test('each sheet starts from what the importer understood on it, not from the sheet shown before', () => {
  const marked = withMarks({}, JANUARY, (m) => ({ ...assign(m, 'plateletDonors', { row: 1, col: 4 }), totalRow: 9 }));
  assert.deepEqual(marksOf(marked, FEBRUARY), { assigned: { wholeBloodDonors: { row: 3, col: 2 } }, totalRow: null });
  assert.deepEqual(marksOf(marked, JANUARY), { assigned: { wholeBloodDonors: { row: 1, col: 1 }, plateletDonors: { row: 1, col: 4 } }, totalRow: 9 });
});

test('marks made on the second sheet stay there, and switching back finds the first sheet\'s own', () => {
  let all: MarksBySheet = withMarks({}, JANUARY, (m) => assign(m, 'plateletDoses', { row: 1, col: 5 }));
  all = withMarks(all, FEBRUARY, (m) => unassign(assign(m, 'plateletDoses', { row: 3, col: 6 }), 'wholeBloodDonors'));
  assert.deepEqual(marksOf(all, FEBRUARY).assigned, { plateletDoses: { row: 3, col: 6 } });
  assert.deepEqual(marksOf(all, JANUARY).assigned, { wholeBloodDonors: { row: 1, col: 1 }, plateletDoses: { row: 1, col: 5 } });
});
