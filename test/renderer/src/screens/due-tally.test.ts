import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CellStatus, DueState, Overview } from '../../../../electron/shared/ipc-contract.ts';
import { cellLook, dueTally } from '../../../../renderer/src/screens/due-tally.ts';

/** Two counties over January–April on 2025-04-05: January and February overdue, March due, April not due. */
function april(statuses: CellStatus[][]): Overview {
  const dueStates: DueState[] = ['overdue', 'overdue', 'due', 'notDue'];
  return { year: 2025, months: ['2025-01', '2025-02', '2025-03', '2025-04'], counties: ['甲县', '乙县'], statuses, received: 0, expected: 8, dueStates, deadlineDay: 10, supply: [],
    arrivedOn: statuses.map((row) => row.map(() => null)), late: statuses.map((row) => row.map(() => false)), dueDates: ['2025-02-10', '2025-03-10', '2025-04-10', '2025-05-10'], checks: [] };
}

describe('due tally', () => {
  it('tells a missing report apart by whether it is owed yet; received and conflict stay as they are', () => {
    assert.equal(cellLook('missing', 'overdue'), 'overdue');
    assert.equal(cellLook('missing', 'due'), 'due');
    assert.equal(cellLook('missing', 'notDue'), 'notDue');
    assert.equal(cellLook('received', 'notDue'), 'received');
    assert.equal(cellLook('conflict', 'overdue'), 'conflict');
  });

  it('a report received after its due date is 迟报 and still counts as received', () => {
    assert.equal(cellLook('received', 'overdue', true), 'late');
    assert.equal(cellLook('conflict', 'overdue', true), 'conflict', 'a waiting conflict is said first');
    const overview = april([['received', 'received', 'missing', 'missing'], ['received', 'missing', 'received', 'missing']]);
    const tally = dueTally({ ...overview, late: [[false, true, false, false], [true, false, false, false]] });
    assert.deepEqual(tally, { owed: 6, received: 4, late: 2, overdue: 1, due: 1, notDue: 2 });
  });

  it('counts what is owed so far, not the whole year', () => {
    const tally = dueTally(april([
      ['received', 'received', 'missing', 'missing'],
      ['conflict', 'missing', 'received', 'missing'],
    ]));
    assert.deepEqual(tally, { owed: 6, received: 4, late: 0, overdue: 1, due: 1, notDue: 2 });
  });

  it('a report already in for a month not yet due is received, and not owed', () => {
    const tally = dueTally(april([
      ['received', 'received', 'received', 'received'],
      ['received', 'received', 'received', 'missing'],
    ]));
    assert.deepEqual(tally, { owed: 6, received: 7, late: 0, overdue: 0, due: 0, notDue: 1 });
  });
});
