/**
 * Teach a layout once, in the app (headless Chromium over the real handlers, core and a temporary
 * database): a county system's export is refused, mapped on the grid (mouse and keyboard), previewed and
 * saved; the next month's file of that county imports with no question, in the app and through the CLI
 * with the same profile; a changed header is reported against the rule.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { Profile } from '../../electron/core/model.ts';
import type { BloodBriefApi } from '../../electron/shared/ipc-contract.ts';
import { xlsxBook, type CellSpec } from '../fixtures/lib/workbook-spec.ts';
import { openAppInBrowser, type AppHarness, type BrowserSession } from './app-harness.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCREENS = join(ROOT, 'test-output', 'screens');
const NOW = '2025-06-05T09:00:00+08:00';

function exportRows(month: number, head = ['点位', 'XB01', 'XB02', 'JC01', 'JC02']): CellSpec[][] {
  return [[`统计月份：2025年${month}月`], head, ['城关', 120 + month, 48000, 2, 3], ['坊镇', 60, 21000, 0, 0]];
}

let dir: string;
let app: AppHarness;
let page: Page;
let session: BrowserSession | undefined;
const files = { april: '', may: '', june: '', quarter: '' };

/** The county export files of the walk-through, written into the session's folder (also the drop folder). */
async function writeExports(scratch: string): Promise<string> {
  dir = scratch;
  files.april = join(dir, '合阳县4月.xlsx');
  files.may = join(dir, '合阳县5月.xlsx');
  files.june = join(dir, '合阳县6月.xlsx');
  await writeFile(files.april, await xlsxBook([{ name: 'Sheet1', rows: exportRows(4) }]));
  await writeFile(files.may, await xlsxBook([{ name: 'Sheet1', rows: [['合阳县采血数据'], ...exportRows(5, ['点位', '备注', 'XB01', 'XB02', 'JC01', 'JC02']).map((r, i) => (i < 2 ? r : [r[0], '', ...r.slice(1)]))] }]));
  await writeFile(files.june, await xlsxBook([{ name: 'Sheet1', rows: exportRows(6, ['点位', 'XB01', 'XB03', 'JC01', 'JC02']) }]));
  files.quarter = join(dir, '澄城县2025年第三季度.xlsx');
  await writeFile(files.quarter, await xlsxBook([{ name: 'Sheet1', rows: [['澄城县2025年第三季度系统报表'], ['指标', '7月', '8月', '9月'], ['QX1', 110, 115, 118], ['QX2', 220, 230, 236], ['QJ1', 1, 0, 0], ['QJ2', 2, 0, 0]] }]));
  return scratch;
}

before(async () => {
  await mkdir(SCREENS, { recursive: true });
  session = await openAppInBrowser('blood-brief-mapping-', { now: new Date(NOW), prepare: writeExports });
  app = session.app;
  page = app.page;
  const profile = JSON.parse(await readFile(join(ROOT, 'templates/sample/profile.json'), 'utf8'));
  await page.evaluate((p) => (globalThis as unknown as { bloodBrief: BloodBriefApi }).bloodBrief.saveProfile({ profile: p }), profile);
  await page.reload();
}, { timeout: 120_000 });

after(async () => session?.close(), { timeout: 30_000 });

async function importFile(path: string): Promise<void> {
  app.script.inputs.push([path]);
  await page.getByRole('button', { name: '选择文件…' }).first().click();
  await page.getByRole('heading', { name: '导入结果' }).waitFor();
}

describe('teach a layout once, in the app', { timeout: 180_000 }, () => {
  it('refuses the unknown layout and offers 映射', async () => {
    await page.getByRole('heading', { name: '数据导入' }).waitFor();
    await importFile(files.april);
    await page.getByText('合阳县4月.xlsx').first().waitFor();
    await page.getByRole('button', { name: '映射…' }).click();
    await page.getByRole('dialog', { name: /映射：合阳县4月\.xlsx/ }).waitFor();
    assert.equal(await page.locator('.mapping-grid thead th').nth(2).textContent(), 'B');
    assert.equal(await page.locator('#cell-1-1').textContent(), 'XB01');
  });

  it('maps the header cells with the mouse and the keyboard, and previews what would be stored', async () => {
    const dialog = page.getByRole('dialog');
    await dialog.locator('#cell-1-1').click();
    await dialog.locator('.field-list li').filter({ hasText: '全血人次' }).getByRole('button', { name: '指定为所选单元格' }).click();
    await dialog.locator('#cell-1-2').click();
    await dialog.locator('.field-list li').filter({ hasText: '全血采集量' }).getByRole('button', { name: '指定为所选单元格' }).click();
    await dialog.getByLabel('全血采集量的单位').selectOption('ml');
    // Keyboard: move right to D2 and press 3 (单采血小板人次), right again to E2 and press 4.
    await dialog.getByRole('grid').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('3');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('4');
    assert.equal(await dialog.locator('.field-list li').filter({ hasText: '单采血小板治疗量' }).locator('.field-cell').textContent(), 'E2“JC02”');
    await dialog.getByLabel('区县').selectOption('合阳县');
    await dialog.locator('.mapping-preview table tbody tr').waitFor();
    assert.deepEqual(await dialog.locator('.mapping-preview tbody tr').first().locator('th, td').allTextContents(), ['合阳县', '2025年4月', '184', '345', '2', '3']);
    await page.screenshot({ path: join(SCREENS, '10-mapping.png') });
  });

  it('saves the rule and imports the file; the next month imports with no question', async () => {
    await page.getByRole('button', { name: '保存规则并导入' }).click();
    await page.getByText(/已保存版式规则“合阳县报表版式”，并导入 合阳县4月\.xlsx（2025年4月）/).waitFor();
    const profile = await page.evaluate(() => (globalThis as unknown as { bloodBrief: BloodBriefApi }).bloodBrief.getProfile({})) as Profile;
    assert.deepEqual(profile.layouts?.map((r) => [r.name, r.county, r.header.join('|')]), [['合阳县报表版式', '合阳县', '点位|XB01|XB02|JC01|JC02']]);
    await importFile(files.may);
    await page.locator('.tally').filter({ hasText: '已导入 1' }).waitFor();
    assert.equal(app.store.collections(['2025-05']).find((r) => r.county === '合阳县')?.wholeBloodDonors, 185);
    await writeFile(join(dir, 'profile.json'), JSON.stringify(profile));
  });

  it('a changed header is reported against the rule', async () => {
    await importFile(files.june);
    await page.getByText(/与版式规则“合阳县报表版式”（合阳县）相比多了“XB03”，少了“XB02”/).waitFor();
  });

  it('the CLI reads the next month with the same profile', () => {
    const out = execFileSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'electron/cli/blood-brief.mjs'), 'import', '--profile', join(dir, 'profile.json'), files.may], { encoding: 'utf8' });
    assert.match(out, /✓ .*合阳县5月\.xlsx：合阳县 2025年5月/);
  });

  it('the profile screen lists the rule; it can be tested against a file, renamed and deleted', async () => {
    await page.getByRole('navigation').getByRole('button', { name: '基础信息' }).click();
    const row = page.locator('.layout-rules tbody tr').filter({ hasText: '合阳县报表版式' });
    await row.waitFor();
    assert.deepEqual((await row.locator('td').allTextContents()).slice(0, 4), ['合阳县', '2025-06-05', '合阳县4月.xlsx', '2 个文件']);
    app.script.inputs.push([files.may]);
    await row.getByRole('button', { name: '用文件测试…' }).click();
    await row.getByText('测试结果：可读取 合阳县2025年5月 全血 185 人次（未保存）').waitFor();
    await page.screenshot({ path: join(SCREENS, '11-layout-rules.png'), fullPage: false });
    await row.getByRole('button', { name: '重命名' }).click();
    const editing = page.locator('.layout-rules tbody tr').first(); // the name is now in an input, not the row's text
    await editing.getByLabel('新的规则名称').fill('合阳县采血系统');
    await editing.getByRole('button', { name: '保存名称' }).click();
    await page.getByText('规则已改名为“合阳县采血系统”').waitFor();
    const renamed = page.locator('.layout-rules tbody tr').filter({ hasText: '合阳县采血系统' });
    await renamed.getByRole('button', { name: '删除' }).click();
    await renamed.getByRole('button', { name: '确认删除' }).click();
    await page.getByText('尚无版式规则。').waitFor();
  });

  it('months across: the row labels of the indicators are mapped, and each month is previewed', async () => {
    await page.getByRole('navigation').getByRole('button', { name: '数据导入' }).click();
    await importFile(files.quarter);
    await page.locator('.result').filter({ hasText: '澄城县2025年第三季度.xlsx' }).getByRole('button', { name: '映射…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/月份在列上/).check();
    await dialog.getByLabel('区县').selectOption('澄城县');
    for (const [row, key] of [[2, '1'], [3, '2'], [4, '3'], [5, '4']] as const) {
      await dialog.locator(`#cell-${row}-0`).click();
      await dialog.getByRole('grid').focus();
      await page.keyboard.press(key);
    }
    await dialog.locator('.mapping-preview tbody tr').nth(2).waitFor();
    const rows = await Promise.all((await dialog.locator('.mapping-preview tbody tr').all()).map((r) => r.locator('th, td').allTextContents()));
    assert.deepEqual(rows, [['澄城县', '2025年7月', '110', '220', '1', '2'], ['澄城县', '2025年8月', '115', '230', '0', '0'], ['澄城县', '2025年9月', '118', '236', '0', '0']]);
    await page.getByRole('button', { name: '保存规则并导入' }).click();
    await page.getByText(/已保存版式规则“澄城县报表版式”/).waitFor();
  });

  it('raised no page errors', () => {
    assert.deepEqual(app.pageErrors, []);
  });
});
