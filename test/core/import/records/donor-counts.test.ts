import { test } from 'node:test';
import assert from 'node:assert/strict';
import { donorCounts } from '../../../../electron/core/import/records/donor-counts.ts';

test('donors and repeat donors: twice this month, or once marked 再次, makes a repeat donor', () => {
  const counts = donorCounts();
  counts.add(7, false);
  counts.add(8, false);
  counts.add(8, false);
  counts.add(9, true);
  counts.add(10, false);
  counts.add(10, true);
  assert.equal(counts.donors(), 4);
  assert.equal(counts.repeatDonors(), 3);
});

test('many donors: the table grows and keeps every count', () => {
  const counts = donorCounts();
  // Ids 0…49 999 once each, every third of them a second time, every 1000th marked 再次.
  for (let id = 0; id < 50_000; id++) counts.add(id, id % 1000 === 1);
  for (let id = 0; id < 50_000; id += 3) counts.add(id, false);
  const twice = Math.ceil(50_000 / 3);
  const markedOnly = Array.from({ length: 50 }, (_, k) => k * 1000 + 1).filter((id) => id % 3 !== 0).length;
  assert.equal(counts.donors(), 50_000);
  assert.equal(counts.repeatDonors(), twice + markedOnly);
});
