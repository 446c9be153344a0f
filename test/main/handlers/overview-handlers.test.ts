/** 数据总览's handlers use the core's deadline rule and the profile's due day, and carry arrivals and check findings. */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseInput } from '../../../electron/core/import/parse-input.ts';
import { handlerFixture, SAMPLE } from './handler-fixture.ts';

const HUAZHOU = join(SAMPLE, 'data', '华州区');

/** The sample profile (with a due day when given) and 华州区's January–March 2025 imported on the given days. */
async function fixture(dueDay?: number) {
  const f = await handlerFixture();
  const profile = JSON.parse(await readFile(join(SAMPLE, 'profile.json'), 'utf8'));
  assert.deepEqual(await f.handlers.saveProfile({ profile: dueDay === undefined ? profile : { ...profile, checks: { dueDay } } }), { ok: true });
  const days = { 1: '2025-02-08T10:00:00+08:00', 2: '2025-03-12T10:00:00+08:00', 3: '2025-04-09T10:00:00+08:00' };
  for (const [m, at] of Object.entries(days)) {
    const name = join(HUAZHOU, `华州区2025年${m}月采血统计.xlsx`);
    const parsed = parseInput({ name, bytes: await readFile(name) }, profile);
    assert.ok(parsed.ok);
    f.store.importFile(parsed.value, { replace: false, importedAt: new Date(at).toISOString() });
  }
  return f;
}

describe('overview handlers', () => {
  it('a report after 次月10日 is late, with its arrival day; the months run on the core rule at 2025-04-11', async () => {
    const { handlers } = await fixture();
    const overview = await handlers.getOverview({ year: 2025 });
    const row = overview.counties.indexOf('华州区');
    assert.deepEqual(overview.arrivedOn[row].slice(0, 4), ['2025-02-08', '2025-03-12', '2025-04-09', null]);
    assert.deepEqual(overview.late[row].slice(0, 4), [false, true, false, false]);
    assert.deepEqual(overview.dueStates.slice(0, 4), ['overdue', 'overdue', 'overdue', 'notDue']);
    assert.equal(overview.deadlineDay, 10);
    const detail = await handlers.getCellDetail({ county: '华州区', month: '2025-02' });
    assert.deepEqual([detail.arrivedAt, detail.dueDate, detail.late], ['2025-03-12T02:00:00.000Z', '2025-03-10', true]);
  });

  it('the profile\'s due day moves the deadline for both the states and the late marks', async () => {
    const { handlers } = await fixture(15);
    const overview = await handlers.getOverview({ year: 2025 });
    const row = overview.counties.indexOf('华州区');
    assert.deepEqual(overview.late[row].slice(0, 3), [false, false, false]);
    assert.equal(overview.dueStates[2], 'due', 'March is due until 15 April');
    assert.equal(overview.deadlineDay, 15);
  });
});
