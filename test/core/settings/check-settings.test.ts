/** The checks' thresholds are settings: the profile's over the defaults, the settings file's over the profile's, bad ones refused in Chinese. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultBriefingSettings } from '../../../electron/core/briefing/briefing-settings.ts';
import { parseProfile } from '../../../electron/core/profile/parse-profile.ts';
import { DEFAULT_CHECKS } from '../../../electron/core/settings/check-settings.ts';
import { parseReportSettings } from '../../../electron/core/settings/parse-report-settings.ts';
import { starterSettings } from '../../../electron/core/settings/starter-settings.ts';

const base = { station: '渭南市中心血站', region: '渭南市', counties: [{ name: '华阴市', population: { 2024: 202100 } }], hospitals: [], targets: {} };
const defaults = defaultBriefingSettings({ ...base, counties: [] }, '2025Q1', new Date('2025-04-11T09:00:00+08:00'));

test('a profile may set some thresholds; the rest keep their defaults', () => {
  const parsed = parseProfile({ ...base, checks: { dueDay: 5, trailingMonths: 3 } });
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.value.checks, { ...DEFAULT_CHECKS, dueDay: 5, trailingMonths: 3 });
  const plain = parseProfile(base);
  assert.ok(plain.ok);
  assert.equal(plain.value.checks, undefined);
});

test('the settings file overrides the profile key by key, and the starter file writes them out', () => {
  const fromProfile = { ...DEFAULT_CHECKS, dueDay: 5 };
  const parsed = parseReportSettings({ checks: { yearOnYearPercent: 80 } }, defaults, 's.json', fromProfile);
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.value.checks, { ...DEFAULT_CHECKS, dueDay: 5, yearOnYearPercent: 80 });
  const starter = starterSettings({ ...base, counties: [], checks: fromProfile });
  assert.deepEqual(starter.checks, fromProfile);
  const again = parseReportSettings(JSON.parse(JSON.stringify(starterSettings({ ...base, counties: [] }))), defaults);
  assert.ok(again.ok);
  assert.deepEqual(again.value.checks, DEFAULT_CHECKS);
});

test('a threshold out of range or not a number is refused, naming the key', () => {
  const bad = parseReportSettings({ checks: { dueDay: 40, trailingMonths: 2.5, trailingPercent: '40' } }, defaults, 's.json');
  assert.equal(bad.ok, false);
  assert.deepEqual(!bad.ok && bad.problems.map((p) => p.message), [
    'checks.dueDay（次月报送截止日）：应为1—31之间的整数',
    'checks.trailingMonths（移动平均月数）：应为1—12之间的整数',
    'checks.trailingPercent（与前几个月平均相比的阈值%）：应为1—1000之间的数字',
  ]);
});
