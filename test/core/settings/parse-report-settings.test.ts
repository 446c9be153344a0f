import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultBriefingSettings } from '../../../electron/core/briefing/briefing-settings.ts';
import { formatDate } from '../../../electron/core/format/format-dates.ts';
import { parseReportSettings } from '../../../electron/core/settings/parse-report-settings.ts';
import { DEFAULT_CHECKS } from '../../../electron/core/settings/check-settings.ts';

const profile = { station: '渭南市中心血站', region: '渭南市', counties: [], hospitals: [], targets: {} };
const now = new Date('2025-04-11T09:00:00+08:00');
const defaults = defaultBriefingSettings(profile, '2025Q1', now);

test('an empty settings file keeps every default', () => {
  const parsed = parseReportSettings({}, defaults);
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.value, { briefing: defaults, fonts: {}, checks: DEFAULT_CHECKS });
});

test('every key overrides its default, dates as calendar days in China', () => {
  const parsed = parseReportSettings({
    name: '血液工作简报', issueNumber: 7, supplement: true, unit: '渭南市中心血站办公室', date: '2025-04-11', internal: false,
    recipients: { 报: '市卫生健康委员会' }, copies: 30, freeText: '二季度工作安排……', fonts: { bundledOnly: true, paths: { heiti: 'C:/Windows/Fonts/simhei.ttf' } },
  }, defaults);
  assert.ok(parsed.ok);
  const b = parsed.value.briefing;
  assert.deepEqual([b.name, b.issueNumber, b.supplement, b.unit, b.internal, b.copies, b.freeText],
    ['血液工作简报', 7, true, '渭南市中心血站办公室', false, 30, '二季度工作安排……']);
  assert.equal(formatDate(b.date), '2025年4月11日');
  assert.deepEqual(b.recipients, { 报: '市卫生健康委员会', 送: '', 发: '' });
  assert.equal(b.now, now);
  assert.deepEqual(parsed.value.fonts, { bundledOnly: true, paths: { heiti: 'C:/Windows/Fonts/simhei.ttf' } });
});

test('bad values are listed in Chinese, naming the key', () => {
  const parsed = parseReportSettings({ issueNumber: 0, date: '2025-02-30', internal: 'yes', fonts: { paths: { gothic: 'x.ttf' } } }, defaults, 's.json');
  assert.equal(parsed.ok, false);
  if (parsed.ok) return;
  assert.deepEqual(parsed.problems.map((p) => p.message), [
    'issueNumber（期号）：应为正整数',
    'date（印发日期）：应为日期，如 "2025-04-11"',
    'internal（内部资料）：应为 true 或 false',
    'fonts.paths.gothic：字体角色应为 fangsong、heiti、kaiti、title、song 之一',
  ]);
  assert.ok(parsed.problems.every((p) => p.file === 's.json'));
});
