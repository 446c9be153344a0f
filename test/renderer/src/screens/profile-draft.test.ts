import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromDraft, toDraft } from '../../../../renderer/src/screens/profile-draft.ts';
import type { Profile } from '../../../../electron/core/model.ts';

describe('profile draft', () => {
  it('carries the data checks\' thresholds through the editor unchanged (no fields of their own yet)', () => {
    const checks = { dueDay: 5, trailingMonths: 3, yearOnYearPercent: 60, trailingPercent: 45, outlierMinimumChange: 20, populationChangePercent: 8 };
    const profile: Profile = { station: '渭南市中心血站', region: '渭南市', counties: [{ name: '华阴市', aliases: [], population: { 2024: 202100 } }], hospitals: [], targets: {}, checks };
    assert.deepEqual((fromDraft(toDraft(profile, 2025)) as { checks?: unknown }).checks, checks);
    assert.equal((fromDraft(toDraft({ ...profile, checks: undefined }, 2025)) as { checks?: unknown }).checks, undefined);
  });
});
