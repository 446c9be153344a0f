/** Completeness with timeliness: each received county-month's arrival day against its due date (DHIS2). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completenessMatrix } from '../../../electron/core/stats/completeness-matrix.ts';

const months = ['2025-01', '2025-02', '2025-03'];
const records = [
  { county: '临渭区', month: '2025-01' }, { county: '临渭区', month: '2025-02' }, { county: '临渭区', month: '2025-03' },
  { county: '潼关县', month: '2025-01' }, { county: '潼关县', month: '2025-02' },
];
const arrivals = [
  { county: '临渭区', month: '2025-01', importedAt: '2025-02-08T02:00:00.000Z' },
  // 10 March 18:00 UTC is 11 March in China: one day late
  { county: '临渭区', month: '2025-02', importedAt: '2025-03-10T18:00:00.000Z' },
  { county: '临渭区', month: '2025-03', importedAt: '2025-04-10T01:00:00.000Z' },
  { county: '潼关县', month: '2025-01', importedAt: '2025-04-09T02:00:00.000Z' },
  { county: '潼关县', month: '2025-02', importedAt: '2025-03-05T02:00:00.000Z' },
];

test('arrival days in China time, late after 次月10日, missing months neither', () => {
  const m = completenessMatrix(['临渭区', '潼关县'], months, records, arrivals, 10);
  assert.deepEqual(m.rows, [
    { county: '临渭区', received: [true, true, true], arrivedOn: ['2025-02-08', '2025-03-11', '2025-04-10'], late: [false, true, false] },
    { county: '潼关县', received: [true, true, false], arrivedOn: ['2025-04-09', '2025-03-05', null], late: [true, false, false] },
  ]);
  assert.deepEqual([m.received, m.expected, m.late, m.dueDay], [5, 6, 2, 10]);
  assert.deepEqual(m.dueDates, ['2025-02-10', '2025-03-10', '2025-04-10']);
});

test('the due day is a setting; without arrival times nothing is called late', () => {
  assert.equal(completenessMatrix(['临渭区', '潼关县'], months, records, arrivals, 15).late, 1);
  const unknown = completenessMatrix(['临渭区', '潼关县'], months, records);
  assert.deepEqual([unknown.late, unknown.rows[0].arrivedOn], [0, [null, null, null]]);
});
