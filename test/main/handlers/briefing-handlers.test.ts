import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { handlerFixture, SAMPLE } from './handler-fixture.ts';
import type { Profile } from '../../../electron/core/model.ts';
import type { BriefingSettingsInput } from '../../../electron/shared/ipc-contract.ts';
import { pdfTextCompact } from '../../fixtures/lib/pdf-inspect.ts';
import { briefingPdf, defaultBriefingSettings, fontFallbackNotice, loadFonts, parseReportSettings, summariseFromStore } from '../../../electron/core/core-api.ts';

const NOW = new Date('2025-04-11T09:00:00+08:00');
import { addExport } from '../../../electron/main/handlers/app-settings.ts';
import { nextIssueNumber } from '../../../electron/main/handlers/briefing-handlers.ts';

/** A fixture with the sample profile and the sample's 2025Q1 (and 2024) figures imported. */
async function withData() {
  const fixture = await handlerFixture();
  const profile = JSON.parse(await readFile(join(SAMPLE, 'profile.json'), 'utf8'));
  await fixture.handlers.saveProfile({ profile });
  await fixture.handlers.registerDropped({ paths: [join(SAMPLE, 'data')] });
  await fixture.handlers.importInputs({ paths: [join(SAMPLE, 'data')], replace: false });
  return fixture;
}

/** The profile with no county naming its population source. */
function withoutSources(profile: Profile | null): Profile {
  return { ...profile!, counties: profile!.counties.map(({ populationSource: _, ...c }) => c) };
}

describe('briefing handlers', () => {
  it('each quarter has its own settings: defaults from the profile until saved, and another quarter never carries them', async () => {
    const { handlers } = await withData();
    const defaults = await handlers.getBriefingSettings({ quarter: '2025Q3' });
    assert.equal(defaults.unit, '渭南市中心血站');
    assert.equal(defaults.issueNumber, 1, 'nothing issued yet this year');
    assert.equal(defaults.date, '');
    await handlers.saveBriefingSettings({ quarter: '2025Q3', settings: { ...defaults, issueNumber: 7, freeText: '下季度工作安排' } });
    assert.equal((await handlers.getBriefingSettings({ quarter: '2025Q3' })).issueNumber, 7);
    const other = await handlers.getBriefingSettings({ quarter: '2025Q1' });
    assert.deepEqual([other.issueNumber, other.freeText], [1, ''], '2025Q1 carries neither 2025Q3\'s 期号 nor its text');
  });

  it('期号 is proposed from the briefings issued that year (增刊 numbered apart), not from the quarter', async () => {
    const { handlers, store } = await withData();
    const issued = (quarter: string, issue: string) => addExport(store, { kind: 'briefing', quarter, path: `/out/${quarter}.pdf`, at: '2025-04-11T01:00:00Z', issue, date: '2025-04-11' });
    issued('2025Q1', '第2期');
    issued('2025Q1', '增刊第1期');
    issued('2024Q4', '第9期');
    assert.equal((await handlers.getBriefingSettings({ quarter: '2025Q2' })).issueNumber, 3);
    assert.equal(nextIssueNumber([], '2026Q1'), 1);
  });

  it('gives the figures and the generated narrative of a quarter', async () => {
    const { handlers } = await withData();
    const view = await handlers.getQuarterView({ quarter: '2025Q1' });
    assert.equal(view.summary.totals.donors, 10402);
    assert.equal(view.summary.totals.wholeBloodDonors, 9960);
    assert.match(view.narrative[0], /全市共采集10402人次/);
  });

  it('refuses to brief on a quarter without data, in Chinese', async () => {
    const { handlers } = await withData();
    await assert.rejects(handlers.renderBriefing({ quarter: '2023Q4', settings: await handlers.getBriefingSettings({ quarter: '2023Q4' }) }), { message: '2023年第四季度尚无已导入的数据，请先在“数据导入”页导入报表。' });
  });

  it('exports exactly the previewed bytes, then opens the file; a cancelled dialog writes nothing', async () => {
    const { handlers, script, dir, progress } = await withData();
    const preview = await handlers.renderBriefing({ quarter: '2025Q1', settings: await handlers.getBriefingSettings({ quarter: '2025Q1' }) });
    assert.equal(preview.sha256, createHash('sha256').update(preview.bytes).digest('hex'));
    assert.equal(preview.fileName, '2025年第一季度血液保障工作简报.pdf');
    assert.deepEqual(progress.filter((p) => p.task === 'render'), [{ task: 'render', done: 0, total: 1 }, { task: 'render', done: 1, total: 1 }]);
    assert.deepEqual(await handlers.exportPdf({ token: preview.token }), { path: null });
    assert.deepEqual(script.opened, []);
    script.saves.push(join(dir, '简报.pdf'));
    assert.deepEqual(await handlers.exportPdf({ token: preview.token }), { path: join(dir, '简报.pdf') });
    assert.deepEqual(new Uint8Array(await readFile(join(dir, '简报.pdf'))), preview.bytes);
    assert.deepEqual(script.opened, [join(dir, '简报.pdf')]);
    assert.equal(script.shown.at(-1)?.defaultPath, '2025年第一季度血液保障工作简报.pdf');
  });

  it('a briefing preview names the settings still blank, as the form names them; filled ones drop out', async () => {
    const { handlers } = await withData();
    const settings = await handlers.getBriefingSettings({ quarter: '2025Q1' });
    const missing = async (s: BriefingSettingsInput) => (await handlers.renderBriefing({ quarter: '2025Q1', settings: s })).missingSettings;
    assert.deepEqual(await missing(settings), ['版记的报、送、发单位', '印数'], 'the sample profile names the population source');
    assert.deepEqual(await missing({ ...settings, recipients: { ...settings.recipients, 报: '市卫生健康委员会' } }), ['印数']);
    const filled = { ...settings, recipients: { ...settings.recipients, 发: '各科室' }, copies: 30 };
    assert.deepEqual(await missing(filled), []);
    assert.deepEqual(await handlers.saveProfile({ profile: withoutSources(await handlers.getProfile({})) }), { ok: true });
    assert.deepEqual(await missing(filled), ['人口数据来源']);
    assert.deepEqual(await missing({ ...filled, populationSource: '渭南市统计局2024年统计公报' }), [], 'the issue names the source itself');
    assert.equal((await handlers.renderTables({ quarter: '2025Q1' })).missingSettings, undefined, 'the tables have no issue settings');
  });

  it('a briefing preview says which official faces the bundled fonts stand in for, as `report` does for the same lookup', async () => {
    const { handlers } = await withData();
    const preview = await handlers.renderBriefing({ quarter: '2025Q1', settings: await handlers.getBriefingSettings({ quarter: '2025Q1' }) });
    const expected = fontFallbackNotice(await loadFonts({}), {}, 'app');
    assert.equal(preview.fontNotice, expected);
    // this machine's fonts decide whether there is a notice; where there is one it names the faces, never a settings key
    if (expected !== null) assert.match(preview.fontNotice ?? '', /^提示：本机未找到.*请安装仿宋_GB2312/);
  });

  it('renders the settings it is given, not the saved ones, with the bytes the CLI writes for the same settings file', async () => {
    const { handlers, store } = await withData();
    const settings = { ...(await handlers.getBriefingSettings({ quarter: '2025Q1' })), issueNumber: 4, date: '2025-04-15', copies: 25, freeText: '屏幕上的文字' };
    const preview = await handlers.renderBriefing({ quarter: '2025Q1', settings });
    assert.equal(store.getSetting('briefingSettingsByQuarter'), null, 'nothing was saved on the way');
    assert.match(pdfTextCompact(preview.bytes), /第4期.*2025年4月15日.*屏幕上的文字.*共印25份/s);
    const profile = (await handlers.getProfile({}))!;
    const summary = summariseFromStore(store, profile, '2025Q1');
    const file = parseReportSettings(JSON.parse(JSON.stringify(settings)), defaultBriefingSettings(profile, '2025Q1', NOW));
    assert.ok(file.ok);
    assert.deepEqual(preview.bytes, await briefingPdf(summary, file.value.briefing, { fonts: file.value.fonts }), 'the stored form read as a --settings file prints the same');
  });

  it('reads settings stored by the previous version (no 人口数据来源) as they were; a key it let through but nothing can print takes its default', async () => {
    const { handlers, store } = await withData();
    const old = { name: '血液保障工作简报', issueNumber: 2, supplement: false, unit: '渭南市中心血站', date: '', internal: true, recipients: { 报: '市卫健委', 送: '', 发: '' }, copies: 20, freeText: '旧文字' };
    store.putSetting('briefingSettingsByQuarter', { '2025Q1': old, '2024Q4': { ...old, unit: '', issueNumber: 'x' } });
    assert.deepEqual(await handlers.getBriefingSettings({ quarter: '2025Q1' }), { ...old, populationSource: '' });
    assert.deepEqual(await handlers.getBriefingSettings({ quarter: '2024Q4' }), { ...old, unit: '渭南市中心血站', issueNumber: 1, populationSource: '' },
      'the blank 编印单位 is the station again and 期号 the proposed one; the rest is kept');
  });

  it('remembers the export folder, and says when a preview has expired', async () => {
    const { handlers, script, dir } = await withData();
    const tables = await handlers.renderTables({ quarter: '2025Q1' });
    script.saves.push(join(dir, '表.pdf'));
    await handlers.exportPdf({ token: tables.token });
    await handlers.exportTablesXlsx({ quarter: '2025Q1' });
    assert.equal(script.shown.at(-1)?.defaultPath, join(dir, '2025年第一季度汇总表.xlsx'));
    await assert.rejects(handlers.exportPdf({ token: 'f'.repeat(64) }), { message: '预览已过期，请重新生成预览后再导出。' });
  });
});
