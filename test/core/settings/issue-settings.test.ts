import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultBriefingSettings } from '../../../electron/core/briefing/briefing-settings.ts';
import { bundledFontPath } from '../../../electron/core/fonts/bundled-font-files.ts';
import { FONT_ROLES } from '../../../electron/core/fonts/font-types.ts';
import { loadFonts } from '../../../electron/core/fonts/load-fonts.ts';
import { fontFallbackNotice } from '../../../electron/core/settings/font-fallback-notice.ts';
import { missingSettings, missingSettingsWarning } from '../../../electron/core/settings/missing-settings.ts';
import { parseReportSettings } from '../../../electron/core/settings/parse-report-settings.ts';
import { issueSettingsOf, parseIssueSettings, resolveIssueSettings } from '../../../electron/core/settings/issue-settings.ts';
import { starterSettings } from '../../../electron/core/settings/starter-settings.ts';
import type { Profile } from '../../../electron/core/model.ts';

const profile: Profile = {
  station: '渭南市中心血站', region: '渭南市', hospitals: [], targets: {},
  counties: [{ name: '临渭区', aliases: [], population: { '2024': 920000 }, populationSource: '渭南市统计局' }],
};
const now = new Date('2025-04-11T09:00:00+08:00');
const defaults = defaultBriefingSettings(profile, '2025Q2', now);

test('nothing given: every setting of the issue is named, with its key', () => {
  const missing = missingSettings({ briefing: defaults, issueGiven: false, unitGiven: false, profileSources: [] });
  assert.deepEqual(missing, ['期号（issueNumber，本年已印发简报的下一个序号）', '编印单位（unit）', '版记的报、送、发单位（recipients）', '印数（copies）', '人口数据来源（populationSource）']);
  assert.match(missingSettingsWarning(missing)!, /^提示：本期简报设置尚未填写期号（issueNumber，本年已印发简报的下一个序号）、编印单位（unit）、.*blood-brief settings --out/);
});

test('a filled issue: nothing missing, no warning; the profile names the population source when the issue does not', () => {
  const parsed = parseReportSettings({ issueNumber: 7, unit: '渭南市中心血站', recipients: { 报: '市卫生健康委员会' }, copies: 30 }, defaults);
  assert.ok(parsed.ok);
  assert.deepEqual(missingSettings({ briefing: parsed.value.briefing, issueGiven: true, unitGiven: true, profileSources: ['渭南市统计局'] }), []);
  assert.equal(missingSettingsWarning([]), null);
  assert.deepEqual(missingSettings({ briefing: { ...parsed.value.briefing, populationSource: '统计公报' }, issueGiven: true, unitGiven: true, profileSources: [] }), []);
});

test('the starter file parses as written (null keeps the default), carries the station and the profile source, and names what to fill', () => {
  const starter = starterSettings(profile);
  assert.equal(starter.unit, '渭南市中心血站');
  assert.equal(starter.populationSource, '渭南市统计局');
  assert.deepEqual(starter.recipients, { 报: '', 送: '', 发: '' });
  const parsed = parseReportSettings(JSON.parse(JSON.stringify(starter)), defaults);
  assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.problems));
  assert.equal(parsed.value.briefing.issueNumber, defaults.issueNumber);
  assert.equal(parsed.value.briefing.copies, null);
  assert.equal(parsed.value.briefing.populationSource, '渭南市统计局');
  assert.deepEqual(missingSettings({ briefing: parsed.value.briefing, issueGiven: false, unitGiven: true, profileSources: [] }),
    ['期号（issueNumber，本年已印发简报的下一个序号）', '版记的报、送、发单位（recipients）', '印数（copies）']);
});

test('populationSource is read as text; anything else is refused naming the key', () => {
  const bad = parseReportSettings({ populationSource: 3 }, defaults, 's.json');
  assert.equal(bad.ok, false);
  assert.ok(!bad.ok && bad.problems.some((p) => p.message.includes('populationSource（人口数据来源）')));
});

test('fonts stood in for by the bundled faces are said, with what to do; chosen or bundled-only fonts say nothing', async () => {
  const empty = await mkdtemp(join(tmpdir(), 'bb-nofonts-'));
  const fallback = fontFallbackNotice(loadFonts({ searchDirs: [empty] }), { searchDirs: [empty] });
  assert.match(fallback ?? '', /^提示：本机未找到仿宋（用Noto Serif SC.*代替）、黑体.*楷体.*简报已用内置字体排印。.*fonts\.paths/);
  // the app has no settings file to point to: it says to install the faces instead
  const inApp = fontFallbackNotice(loadFonts({ searchDirs: [empty] }), { searchDirs: [empty] }, 'app') ?? '';
  assert.match(inApp, /^提示：本机未找到仿宋.*简报已用内置字体排印。如需公文字体，请安装仿宋_GB2312.*重新生成预览。$/);
  assert.doesNotMatch(inApp, /fonts\.paths|设置文件/);
  assert.equal(fontFallbackNotice(loadFonts({ bundledOnly: true }), { bundledOnly: true }), null);
  const chosen = { paths: Object.fromEntries(FONT_ROLES.map((r) => [r, bundledFontPath(r)])) };
  assert.equal(fontFallbackNotice(loadFonts(chosen), chosen), null);
});

test('the app names what is missing as its form labels them, the same items as the CLI', () => {
  assert.deepEqual(missingSettings({ briefing: defaults, issueGiven: true, unitGiven: true, profileSources: [] }, 'form'), ['版记的报、送、发单位', '印数', '人口数据来源']);
  assert.deepEqual(missingSettings({ briefing: { ...defaults, copies: 30 }, issueGiven: false, unitGiven: true, profileSources: ['渭南市统计局'] }, 'form'), ['期号', '版记的报、送、发单位']);
});

test('the complete serialised form (the app’s stored value and IPC payload): every key required, only 印数 may be null', () => {
  const form = issueSettingsOf(defaults);
  assert.deepEqual(form, { name: '血液保障工作简报', issueNumber: 2, supplement: false, unit: '渭南市中心血站', date: '', internal: true, recipients: { 报: '', 送: '', 发: '' }, copies: null, freeText: '', populationSource: '' });
  assert.deepEqual(parseIssueSettings(JSON.parse(JSON.stringify(form)), null), { ok: true, value: form });
  const { unit: _, ...noUnit } = form;
  const refused = parseIssueSettings({ ...noUnit, recipients: null, date: '2025-02-30' }, null, '2025Q2');
  assert.deepEqual(!refused.ok && refused.problems.map((p) => `${p.file}|${p.message}`), [
    '2025Q2|unit（编印单位）：缺少', '2025Q2|unit（编印单位）：缺少或不是文字', '2025Q2|date（印发日期）：应为日期，如 "2025-04-11"', '2025Q2|recipients（报送发）：应为对象（{…}）',
  ]);
  assert.equal(parseIssueSettings({ ...form, copies: 100_001 }, null).ok, false, 'a slip of the keyboard');
});

test('resolving: the day of export when the date is empty, the given day otherwise; masthead texts trimmed as the CLI trims them', () => {
  const parsed = parseIssueSettings({ ...issueSettingsOf(defaults), name: ' 血液工作简报 ', date: '2025-4-15' }, null);
  assert.ok(parsed.ok);
  assert.equal(parsed.value.name, '血液工作简报');
  assert.equal(parsed.value.date, '2025-04-15');
  assert.equal(resolveIssueSettings(parsed.value, defaults).date.toISOString(), '2025-04-15T04:00:00.000Z', 'noon of 2025-04-15 in China, as chinaDay gives it');
  assert.equal(resolveIssueSettings(issueSettingsOf(defaults), defaults).date, now);
});
