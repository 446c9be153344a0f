/**
 * The desktop app end to end in headless Chromium: the built renderer, the real handler map over the real
 * core and a temporary database, joined by the test bridge. A station's quarter: import a folder with a
 * broken file and a county the profile lacks, fix the profile, re-import, resolve a conflict, look at the
 * overview, generate, export and check the briefing PDF (same bytes as the CLI), export the tables, save the
 * templates. Every screen is photographed at 1366×768 into test-output/screens/.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import type { BloodBriefApi, BriefingSettingsInput } from '../../electron/shared/ipc-contract.ts';
import { openAppInBrowser, type AppHarness, type BrowserSession } from './app-harness.ts';
import { writeFixtures, type Fixtures } from './fixtures.ts';
import { pdfTextCompact } from '../fixtures/lib/pdf-inspect.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCREENS = join(ROOT, 'test-output', 'screens');
const NOW = '2025-04-11T09:00:00+08:00';
/** Sample 2025Q1: 9960 whole-blood + 442 platelet donations; the correction adds 10 whole-blood donations. */
const DONORS_AFTER_CORRECTION = 10412;

let dir: string;
let fixtures: Fixtures;
let app: AppHarness;
let page: Page;
let session: BrowserSession | undefined;

before(async () => {
  await mkdir(SCREENS, { recursive: true });
  session = await openAppInBrowser('blood-brief-e2e-', { now: new Date(NOW), prepare: async (scratch) => (fixtures = await writeFixtures(scratch)).dropFolder });
  ({ dir, app } = session);
  page = app.page;
}, { timeout: 120_000 });

after(async () => session?.close(), { timeout: 30_000 });

function nav(name: string): Promise<void> {
  return page.getByRole('navigation').getByRole('button', { name }).click();
}

function shot(name: string): Promise<Buffer> {
  return page.screenshot({ path: join(SCREENS, `${name}.png`) });
}

/** The ✓/✗/⚠ line of one file, by its file name. */
function resultOf(fileName: string) {
  return page.locator('.result').filter({ has: page.locator('.result-file', { hasText: fileName }) });
}

/** The page's global object, as far as these tests touch it (the test tsconfig has no DOM library). */
type Page_ = { bloodBrief: BloodBriefApi };

/** Runs in the page: drops a File named `name` on `zone`, as Explorer would (the bridge maps it to a path). */
function dropFile(zone: unknown, name: string): void {
  const g = globalThis as unknown as { DataTransfer: new () => { items: { add(f: File): void } }; DragEvent: new (type: string, init: object) => unknown };
  const data = new g.DataTransfer();
  data.items.add(new File(['x'], name));
  (zone as { dispatchEvent(e: unknown): void }).dispatchEvent(new g.DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
}

describe('desktop app in Chromium', { timeout: 240_000 }, () => {
  it('starts on 数据导入 and asks for the profile first', async () => {
    await page.getByRole('heading', { name: '数据导入' }).waitFor();
    await page.getByText('尚未填写基础信息').waitFor();
    await shot('01-import-empty');
  });

  it('renders Chinese in its own bundled face, whatever fonts the machine has', async () => {
    const faces = await page.evaluate(async () => {
      const doc = (globalThis as unknown as { document: { fonts: Iterable<{ family: string; weight: string; status: string }> & { ready: Promise<unknown> } } }).document;
      await doc.fonts.ready;
      return [...doc.fonts].map((f) => `${f.family.replace(/"/g, '')} ${f.weight} ${f.status}`);
    });
    assert.ok(faces.includes('BloodBrief Sans 100 550 loaded'), `regular face loaded: ${faces.join('; ')}`);
    assert.ok(faces.includes('BloodBrief Sans 551 900 loaded'), `bold face loaded: ${faces.join('; ')}`);
    const family = await page.getByRole('heading', { name: '数据导入' }).evaluate((h) => (globalThis as unknown as { getComputedStyle(e: unknown): { fontFamily: string } }).getComputedStyle(h).fontFamily);
    assert.match(family, /^"BloodBrief Sans"/);
  });

  it('loads a profile from JSON and saves it', async () => {
    await nav('基础信息');
    app.script.files.push(fixtures.profileWithoutTongguan);
    await page.getByRole('button', { name: '导入 JSON…' }).click();
    await page.getByText('请核对后点击“保存”').waitFor();
    assert.equal(await page.getByLabel('第1行 区县名称').inputValue(), '临渭区');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('基础信息已保存。').waitFor();
  });

  it('imports a folder: bad files are refused with the reason, the rest import, with progress', async () => {
    await nav('数据导入');
    await page.evaluate(() => {
      const g = globalThis as unknown as Page_ & { seen: unknown[] };
      g.seen = [];
      g.bloodBrief.onProgress((p) => g.seen.push(p));
    });
    app.script.inputs.push([fixtures.inputs]);
    await page.getByRole('button', { name: '选择文件夹…' }).click();
    await page.getByRole('heading', { name: '导入结果' }).waitFor({ timeout: 60_000 });
    assert.deepEqual(app.progress.at(-1), { task: 'import', done: 161, total: 161 });
    assert.equal(app.progress.length, 162, 'one event per file, then done');
    const seen = await page.evaluate(() => (globalThis as unknown as { seen: { done: number }[] }).seen.length);
    assert.ok(seen > 100, `the page received ${seen} progress events`);
    const tally = await page.locator('.tally').textContent();
    assert.match(tally ?? '', /共 161 个文件：已导入 145，未变化 0，有错误 16，有冲突 0/);
    assert.match(await resultOf('潼关县2025年1月采血情况.csv').textContent() ?? '', /无法确定区县/);
    assert.match(await resultOf('损坏的报表.xlsx').getAttribute('class') ?? '', /rejected/);
    assert.match(await resultOf('华阴市2025年第一季度采血统计.xlsx').textContent() ?? '', /华阴市.*2025年1月—3月.*采血记录 3 条/);
    await shot('02-import-results');
    await page.getByText('另有 1 个文件不是报表，未读取').click();
    await page.getByText(/报送说明\.docx：Word\/WPS 文字文档，不是报表/).waitFor();
    await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
  });

  it('fixes the profile: adds 潼关县 with its alias and population', async () => {
    await nav('基础信息');
    await page.getByRole('button', { name: '添加区县' }).click();
    const row = await page.locator('table.edit').first().locator('tbody tr').count();
    await page.getByLabel(`第${row}行 区县名称`).fill('潼关县');
    await page.getByLabel(`第${row}行 别名`).fill('潼关');
    await page.getByLabel('潼关县 2023年末常住人口').fill('123800');
    await page.getByLabel('潼关县 2024年末常住人口').fill('123,500');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('基础信息已保存。').waitFor();
    const saved = app.store.getSetting<{ counties: { name: string; aliases: string[]; population: Record<string, number> }[] }>('profile');
    assert.deepEqual(saved?.counties.find((c) => c.name === '潼关县'), { name: '潼关县', aliases: ['潼关'], population: { 2023: 123800, 2024: 123500 } });
    assert.equal(await page.getByLabel('潼关县 2024年末常住人口').inputValue(), '123500', 'the field shows the stored number');
    await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
    await shot('03-profile');
  });

  it('shows the validator’s Chinese problems for a bad profile and saves nothing', async () => {
    await page.getByLabel('第1行 区县名称').fill('');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('基础信息有误，未保存：').waitFor();
    assert.equal(app.store.getSetting<{ counties: { name: string }[] }>('profile')?.counties[0].name, '临渭区');
    await page.getByLabel('第1行 区县名称').fill('临渭区');
  });

  it('adds a target year (a malformed year is ignored) and saves the target typed into it', async () => {
    const yearBox = page.getByLabel('新增任务年份');
    await yearBox.fill('20x6');
    await yearBox.locator('xpath=following-sibling::button[1]').click();
    assert.equal(await page.getByRole('columnheader', { name: '20x6年任务' }).count(), 0);
    await yearBox.fill('2026');
    await yearBox.locator('xpath=following-sibling::button[1]').click();
    assert.equal(await yearBox.inputValue(), '', 'the box empties once the year is added');
    await page.getByLabel('潼关县 2026年任务').fill('1,400');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('基础信息已保存。').waitFor();
    const saved = app.store.getSetting<{ targets: Record<string, Record<string, number>> }>('profile');
    assert.deepEqual(saved?.targets['2026'], { 潼关县: 1400 });
    assert.equal(saved?.targets['2025']?.['临渭区'], 15800, 'the other years are kept');
  });

  it('re-imports the folder: 潼关县 now imports, stored files are unchanged, the broken file is still refused', async () => {
    await nav('数据导入');
    app.script.inputs.push([fixtures.inputs]);
    await page.getByRole('button', { name: '选择文件夹…' }).click();
    await page.getByText('共 161 个文件：已导入 15，未变化 145，有错误 1，有冲突 0').waitFor({ timeout: 60_000 });
    assert.match(await resultOf('损坏的报表.xlsx').textContent() ?? '', /损坏的报表\.xlsx/);
  });

  it('shows a conflicting file side by side and replaces on 替换', async () => {
    await page.getByTestId('dropzone').evaluate(dropFile, fixtures.corrected);
    await page.getByText('共 1 个文件：已导入 0，未变化 0，有错误 0，有冲突 1').waitFor({ timeout: 30_000 });
    const differing = page.locator('table.compare tr.differs');
    assert.equal(await differing.count(), 1);
    assert.deepEqual(await differing.locator('th, td').allTextContents(), ['全血人次', '151', '161']);
    await shot('04-import-conflict');
    await nav('数据总览');
    await page.getByRole('button', { name: '华州区 2025年1月 有冲突' }).click();
    await page.getByText('有待处理的冲突').waitFor();
    await shot('05-overview-conflict');
    await nav('数据导入');
    await page.getByRole('button', { name: '替换为本文件数据' }).click();
    await page.getByText('已替换为本文件数据，原数据保留在历史记录中。').waitFor();
    const current = app.store.collections(['2025-01']).find((r) => r.county === '华州区');
    assert.equal(current?.wholeBloodDonors, 161);
  });

  it('overview: the matrix of 2025, one cell with its sources and history, the import log', async () => {
    await nav('数据总览');
    // At 2025-04-11 January to March are owed (March's deadline, the 10th, has passed); April onwards are not yet due.
    // Every report was imported today, after its deadline: each is received, and 迟报 with its arrival day.
    await page.getByText('截至目前应报 33 份，已报送 33（100%，其中迟报 33），逾期未报 0，报送期内未报 0；未到报送期 99 份').waitFor();
    await page.getByRole('button', { name: '华州区 2025年1月 迟报（4月11日到达）' }).click();
    await page.getByRole('heading', { name: '华州区 2025年1月' }).waitFor();
    const wholeBlood = page.locator('table.figures tbody tr').first();
    assert.deepEqual((await wholeBlood.locator('th, td').allTextContents()).slice(0, 2), ['全血人次', '161']);
    assert.match(await wholeBlood.locator('td.source').textContent() ?? '', /华州区2025年1月采血统计（更正）\.xlsx · 工作表“采血统计” · B5:B7（共3个单元格）/);
    assert.match(await wholeBlood.locator('td.source .reading').textContent() ?? '', /^读取依据：表头B\d(:B\d)?“[^”]*人次[^”]*”/);
    assert.equal(await page.locator('.versions li').count(), 2);
    await shot('06-overview');
  });

  it('keyboard: Alt+4 opens 生成简报, with the last complete quarter chosen', async () => {
    await page.keyboard.press('Alt+4');
    await page.getByRole('heading', { name: '生成简报' }).waitFor();
    assert.equal(await page.locator('h1:focus').textContent(), '生成简报', 'focus moves to the new screen’s heading');
    assert.equal(await page.getByRole('combobox').inputValue(), '2025Q1');
    await page.locator('.card-value').first().getByText('10,412').waitFor();
  });

  it('generates the briefing, previews and exports the same bytes, which read right and match the CLI', async () => {
    await page.getByLabel(/形势分析补充内容/).fill('下季度将加强街头献血宣传，确保春节后血液库存稳定。');
    await page.getByRole('button', { name: '生成预览' }).click();
    await page.getByTestId('preview-sha').waitFor({ timeout: 60_000 });
    assert.equal(await page.getByTestId('preview-sha').textContent(), '✓ 与导出文件一致');
    const first = await page.getByTestId('preview-sha').getAttribute('data-sha');
    assert.match(await page.getByTestId('preview-sha').getAttribute('title') ?? '', new RegExp(`^SHA-256 校验码：${first}[0-9a-f]{52}$`));
    assert.equal(await page.getByTestId('missing-settings').textContent(),
      '导出前请在左侧“简报设置”中填写：版记的报、送、发单位、印数。不填也能导出，但印出的简报缺少这些内容（版记、期号或附件中的人口数据来源）。');
    await page.locator('.briefing-left').evaluate((column) => column.scrollTo(0, 0));
    await page.waitForTimeout(4000); // Chromium's PDF viewer paints asynchronously; give it time before the photo.
    await shot('07-briefing-missing-settings');
    await page.getByText('简报设置（报头、报送范围、印数）').click();
    await page.getByLabel('报', { exact: true }).fill('市卫生健康委员会');
    await page.getByLabel('印数（份）').fill('30');
    await page.getByLabel('人口数据来源', { exact: true }).scrollIntoViewIfNeeded();
    await shot('07-briefing-settings-form');
    await page.getByRole('button', { name: '生成预览' }).click();
    await page.getByTestId('preview-sha').waitFor({ timeout: 60_000 });
    assert.equal(await page.getByTestId('missing-settings').count(), 0, 'nothing left to fill: no warning');
    const sha = await page.getByTestId('preview-sha').getAttribute('data-sha');
    await page.locator('.briefing-left').evaluate((column) => column.scrollTo(0, 0));
    await page.waitForTimeout(4000);
    await shot('07-briefing');
    const target = join(dir, '导出', '2025年第一季度简报.pdf');
    await mkdir(join(dir, '导出'));
    app.script.saves.push(target);
    await page.getByRole('button', { name: '导出简报 PDF…' }).click();
    await page.getByText(`已保存：${target}`).waitFor();
    const bytes = await readFile(target);
    assert.equal(createHash('sha256').update(bytes).digest('hex').slice(0, 12), sha);
    assert.deepEqual(app.script.opened, [target]);
    const text = pdfTextCompact(target); // lines wrap inside words in the PDF
    assert.match(text, /渭南市2025年第一季度/);
    assert.match(text, new RegExp(`全市共采集${DONORS_AFTER_CORRECTION}人次，其中全血9970人次、单采血小板442人次`));
    assert.match(text, /下季度将加强街头献血宣传，确保春节后血液库存稳定。/);
    assert.match(text, /采血统计（更正）\.xlsx/, 'the corrected file is listed among the sources');
    assert.match(text, /市卫生健康委员会/, 'the 版记 filled after the warning is printed');
    const cli = await cliBriefing();
    if (!bytes.equals(cli)) {
      await writeFile(join(ROOT, 'test-output', 'mismatch-cli.pdf'), cli);
      await writeFile(join(ROOT, 'test-output', 'mismatch-app.pdf'), bytes);
    }
    assert.ok(bytes.equals(cli), 'the CLI writes the same bytes from the same database, settings and clock');
  });

  it('previews the summary tables and exports them to .xlsx', async () => {
    await page.getByRole('button', { name: '预览汇总表' }).click();
    await page.getByText(/汇总表：2025年第一季度汇总表\.pdf/).waitFor({ timeout: 60_000 });
    const target = join(dir, '导出', '汇总表.xlsx');
    app.script.saves.push(target);
    await page.getByRole('button', { name: '导出 Excel…' }).click();
    await page.getByText(`已保存：${target}`).waitFor({ timeout: 60_000 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(target);
    const cells = book.worksheets.flatMap((s) => s.getSheetValues().flat().filter((v) => v !== null && v !== undefined));
    assert.ok(cells.includes('华州区'));
    assert.ok(cells.includes(DONORS_AFTER_CORRECTION), 'the city total is a real number');
    await page.waitForTimeout(4000);
    await shot('08-briefing-tables');
  });

  it('saves the blank input templates into a chosen folder', async () => {
    await nav('模板下载');
    const folder = join(dir, '模板');
    await mkdir(folder);
    app.script.folders.push(folder);
    await page.getByRole('button', { name: '保存模板到文件夹…' }).click();
    await page.getByText(`已保存到 ${folder}`).waitFor();
    const files = await readdir(folder);
    assert.ok(files.length >= 2 && files.every((f) => f.endsWith('.xlsx')), files.join(','));
    await shot('09-templates');
  });

  it('restores 华州区 2025年1月’s earlier version after comparing its figures, and 数据管理 undoes the restore', async () => {
    const donors = () => app.store.collections(['2025-01']).find((r) => r.county === '华州区')?.wholeBloodDonors;
    await nav('数据总览');
    await page.getByRole('button', { name: '华州区 2025年1月 迟报（4月11日到达）' }).click();
    await page.getByRole('button', { name: '恢复此版本…' }).click();
    const dialog = page.getByRole('dialog', { name: '恢复 华州区 2025年1月 的早先版本' });
    assert.deepEqual(await dialog.locator('tr.changed').first().locator('th, td').allTextContents(), ['全血人次', '161', '151']);
    await shot('11-restore-version');
    await dialog.getByRole('button', { name: '恢复此版本', exact: true }).click();
    await page.getByText(/^已恢复为 .*的数据。/).waitFor();
    assert.equal(donors(), 151);
    await nav('数据管理');
    await page.getByRole('button', { name: '撤销上一项操作' }).click();
    await page.getByText(/^已撤销：把 华州区 2025年1月 恢复为版本 \d+/).waitFor();
    assert.equal(donors(), 161);
    await shot('12-data');
  });

  it('refuses a malformed call from the page with the validator’s message', async () => {
    const error = await page.evaluate(() => (globalThis as unknown as Page_).bloodBrief.getOverview({ year: '2025' as unknown as number }).then(() => '', (e: Error) => e.message));
    assert.equal(error, '请求参数无效：year 应为2000～2100 的整数');
  });

  it('refuses to read a path the user never chose', async () => {
    const error = await page.evaluate(() => (globalThis as unknown as Page_).bloodBrief.importInputs({ paths: ['/etc'], replace: true }).then(() => '', (e: Error) => e.message));
    assert.match(error, /已拒绝读取：\/etc/);
  });

  it('raised no page errors (CSP violations, exceptions, failed loads)', () => {
    assert.deepEqual(app.pageErrors, []);
  });
});

/** The CLI's briefing over the same database, profile, settings and clock. */
async function cliBriefing(): Promise<Buffer> {
  const profile = join(dir, 'profile.json');
  const settings = join(dir, 'settings.json');
  const out = join(dir, 'cli.pdf');
  await writeFile(profile, JSON.stringify(app.store.getSetting('profile')));
  await writeFile(settings, JSON.stringify(app.store.getSetting<Record<string, BriefingSettingsInput>>('briefingSettingsByQuarter')!['2025Q1']!));
  execFileSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'electron/cli/blood-brief.mjs'), 'report', '--profile', profile, '--quarter', '2025Q1',
    '--db', app.dbPath, '--settings', settings, '--now', NOW, '--out', out]);
  return readFile(out);
}
