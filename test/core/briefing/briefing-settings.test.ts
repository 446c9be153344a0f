import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultBriefingSettings } from '../../../electron/core/briefing/briefing-settings.ts';
import { WEINAN } from './weinan-fixture.ts';

test('defaults come from the profile and the clock', () => {
  const now = new Date(2025, 6, 9);
  assert.deepEqual(defaultBriefingSettings(WEINAN, '2025Q2', now), {
    name: '血液保障工作简报', issueNumber: 2, supplement: false, unit: '渭南市中心血站', date: now, internal: true,
    recipients: { 报: '', 送: '', 发: '' }, copies: null, freeText: '', populationSource: '', now,
  });
});
