/**
 * The desktop app at office-PC sizes and habits (issue 13), in headless Chromium over the real handlers, core
 * and a temporary database: nothing typed is lost on switching screens (a profile loaded from JSON, the
 * 形势分析 text), unsaved changes are marked, an undecided conflict is shown on 生成简报 and beside its preview,
 * the overview tells due, overdue and not-yet-due months apart and includes the supply reports, the matrix
 * moves with the arrow keys, F1 opens 帮助, the result list filters and searches, a rendering fault shows a
 * Chinese way back; then every screen at 1366×768 at 100 % and 125 %, 1920×1080 at 150 % and 1024×768, photographed
 * into test-output/screens/ and checked that nothing overflows its box.
 */
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { CHANNELS } from '../../electron/main/ipc/payload-validators.ts';
import { openAppInBrowser, type AppHarness, type BrowserSession } from './app-harness.ts';
import { launchChromium } from './chromium.ts';
import { writeFixtures, type Fixtures } from './fixtures.ts';
import { installPageBridge } from './page-bridge.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCREENS = join(ROOT, 'test-output', 'screens');
const SAMPLE_PROFILE = join(ROOT, 'templates', 'sample', 'profile.json');
const NOW = '2025-04-11T09:00:00+08:00';

/**
 * Window content areas in CSS pixels: Windows scaling divides the screen by the factor (1366 ÷ 1.25 = 1093,
 * 768 ÷ 1.25 = 614; 1920 ÷ 1.5 = 1280, 1080 ÷ 1.5 = 720), and Chromium draws them at that device scale.
 */
const SIZES = [
  { name: '1366x768-100', width: 1366, height: 768, deviceScaleFactor: 1 },
  { name: '1366x768-125', width: 1093, height: 614, deviceScaleFactor: 1.25 },
  { name: '1920x1080-150', width: 1280, height: 720, deviceScaleFactor: 1.5 },
  { name: '1024x768', width: 1024, height: 768, deviceScaleFactor: 1 },
] as const;

let dir: string;
let fixtures: Fixtures;
let app: AppHarness;
let page: Page;
let session: BrowserSession | undefined;

before(async () => {
  await mkdir(SCREENS, { recursive: true });
  session = await openAppInBrowser('blood-brief-sizes-', { now: new Date(NOW), prepare: async (scratch) => (fixtures = await writeFixtures(scratch)).dropFolder });
  ({ dir, app } = session);
  page = app.page;
}, { timeout: 120_000 });

after(async () => session?.close(), { timeout: 30_000 });

function shot(name: string): Promise<Buffer> {
  return page.screenshot({ path: join(SCREENS, `1366x768-${name}.png`) });
}

function nav(p: Page, name: string): Promise<void> {
  return p.getByRole('navigation').getByRole('button', { name }).click();
}

/** The focused element's accessible label (aria-label), in the page. */
function focusedLabel(p: Page): Promise<string | null> {
  return p.evaluate(() => (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }).document.activeElement?.getAttribute('aria-label') ?? null);
}

describe('desktop app: nothing typed is lost, nothing stale is briefed', { timeout: 300_000 }, () => {
  it('keeps a profile loaded from JSON but not saved across a screen change, marked unsaved until 保存', async () => {
    await page.getByRole('heading', { name: '数据导入' }).waitFor();
    await nav(page, '基础信息');
    app.script.files.push(SAMPLE_PROFILE);
    await page.getByRole('button', { name: '导入 JSON…' }).click();
    await page.getByText('请核对后点击“保存”').waitFor();
    await page.getByText('有未保存的修改').waitFor();
    assert.equal(app.store.getSetting('profile') ?? null, null, 'nothing is stored before 保存');
    await nav(page, '数据导入');
    await page.getByRole('navigation').getByRole('button', { name: '基础信息 未保存' }).waitFor();
    await nav(page, '基础信息');
    assert.equal(await page.getByLabel('第1行 区县名称').inputValue(), '临渭区', 'the loaded draft is still on screen');
    assert.equal(await page.getByLabel('潼关县 2024年末常住人口').count(), 1);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('基础信息已保存。').waitFor();
    assert.equal(await page.getByText('有未保存的修改').count(), 0);
    assert.equal(await page.getByRole('navigation').getByRole('button', { name: '基础信息 未保存' }).count(), 0);
  });

  it('imports the sample folder; the result list filters by status from the counts and searches by file or county', async () => {
    await nav(page, '数据导入');
    app.script.inputs.push([fixtures.inputs]);
    await page.getByRole('button', { name: '选择文件夹…' }).click();
    await page.getByText('共 161 个文件：已导入 160，未变化 0，有错误 1，有冲突 0').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: '✗ 有错误 1' }).click();
    assert.deepEqual(await page.locator('.result-list > li .result-file').allTextContents(), ['损坏的报表.xlsx有错误']);
    await page.getByRole('button', { name: '✗ 有错误 1' }).click();
    await page.getByRole('searchbox', { name: '按文件名或区县查找' }).fill('华阴市2025');
    assert.deepEqual(await page.locator('.result-list > li .result-file').allTextContents(), ['华阴市2025年第一季度采血统计.xlsx已导入']);
    await page.getByRole('searchbox', { name: '按文件名或区县查找' }).fill('潼关县');
    const files = await page.locator('.result-list > li .result-file').allTextContents();
    assert.equal(files.length, 15, 'the county 潼关县 matches its 15 files');
    assert.ok(files.every((f) => f.startsWith('潼关县')), files.join(' | '));
    await page.getByRole('searchbox', { name: '按文件名或区县查找' }).fill('不存在的县');
    await page.getByText('没有符合条件的文件。').waitFor();
    await page.getByRole('searchbox', { name: '按文件名或区县查找' }).fill('');
  });

  it('groups refused files with the same error into one line', async () => {
    await Promise.all(['坏表一.xlsx', '坏表二.xlsx'].map((f) => writeFile(join(fixtures.dropFolder, f), 'this is not a workbook')));
    await page.getByTestId('dropzone').evaluate(dropFiles, ['坏表一.xlsx', '坏表二.xlsx']);
    await page.getByText('共 2 个文件：已导入 0，未变化 0，有错误 2，有冲突 0').waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('.result-list > li').count(), 1);
    await page.getByText('2 个文件出现相同的错误').waitFor();
    assert.deepEqual(await page.locator('.group-files li').allTextContents(), ['坏表一.xlsx', '坏表二.xlsx']);
  });

  it('cancels a running import: the files done are kept, the rest are named as not imported', async () => {
    app.script.inputs.push([fixtures.inputs]);
    await page.getByRole('button', { name: '选择文件夹…' }).click();
    await page.getByRole('button', { name: '取消导入' }).click();
    const banner = page.getByText(/^已取消导入：下列 \d+ 个文件已处理完毕.*其余 \d+ 个文件未读取、未导入/);
    await banner.waitFor({ timeout: 60_000 });
    const [, done, rest] = /下列 (\d+) 个文件.*其余 (\d+) 个文件/.exec(await banner.textContent() ?? '') ?? [];
    assert.equal(Number(done) + Number(rest), 161);
    assert.ok(Number(rest) > 0, `${rest} files were not imported`);
    await shot('import-cancelled');
  });

  it('shows an undecided conflict on 生成简报 and beside the preview, since the briefing would state the old figure', async () => {
    await page.getByTestId('dropzone').evaluate(dropFiles, [fixtures.corrected]);
    await page.getByText('共 1 个文件：已导入 0，未变化 0，有错误 0，有冲突 1').waitFor({ timeout: 30_000 });
    await nav(page, '生成简报');
    const banner = page.locator('.banner.warn');
    await banner.getByText('有 1 处数据冲突尚未处理，简报仍按原数据生成').waitFor();
    assert.match(await banner.textContent() ?? '', /华州区2025年1月：新文件 华州区2025年1月采血统计（更正）\.xlsx 与已导入的数据不同/);
    await page.locator('.card-value').first().getByText('10,402').waitFor();
    await page.getByRole('button', { name: '生成预览' }).click();
    await page.getByTestId('preview-sha').waitFor({ timeout: 60_000 });
    assert.match(await page.getByTestId('pending-note').textContent() ?? '', /华州区2025年1月 仍为原数据/);
    // Chromium's own viewer toolbar (English tooltips, a second print button) is asked away; the app's toolbar prints.
    assert.match(await page.locator('iframe.preview-frame').getAttribute('src') ?? '', /^blob:.*#toolbar=0&/);
  });

  it('keeps the 形势分析 text across a screen change, marks it unsaved, and saves it on 保存设置', async () => {
    const text = '二季度将加强高校团体献血组织。';
    await page.getByLabel(/形势分析补充内容/).fill(text);
    await page.getByText('有未保存的修改（生成预览时也会保存）').waitFor();
    assert.match(await page.locator('.preview-caption').textContent() ?? '', /内容已修改或季度已切换，请重新生成预览/, 'the preview is marked stale');
    assert.equal(await page.getByRole('button', { name: '导出简报 PDF…' }).isDisabled(), true, 'a stale preview cannot be exported');
    await nav(page, '数据总览');
    await page.getByRole('navigation').getByRole('button', { name: '生成简报 未保存' }).waitFor();
    await nav(page, '生成简报');
    assert.equal(await page.getByLabel(/形势分析补充内容/).inputValue(), text);
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('简报设置和形势分析补充内容已保存。').waitFor();
    assert.equal(app.store.getSetting<Record<string, { freeText: string }>>('briefingSettingsByQuarter')?.['2025Q1']?.freeText, text);
    assert.equal(await page.getByRole('navigation').getByRole('button', { name: '生成简报 未保存' }).count(), 0);
  });

  it('shows a chosen 印发日期 as 2025年4月11日, whatever the OS locale', async () => {
    await page.locator('.settings summary').click();
    await page.getByLabel('印发日期').fill('2025-04-11');
    assert.equal(await page.getByTestId('date-shown').textContent(), '简报上将印为：2025年4月11日');
    await page.locator('.settings summary').click();
  });

  it('lists the briefing just issued (期号, printed date) and the tables under 最近导出', async () => {
    await page.getByText('尚未导出过简报或汇总表。').waitFor();
    await page.getByRole('button', { name: '生成预览' }).click();
    await page.getByTestId('preview-sha').waitFor({ timeout: 60_000 });
    const target = join(dir, '简报第1期.pdf');
    app.script.saves.push(target);
    await page.getByRole('button', { name: '导出简报 PDF…' }).click();
    await page.getByText(`已保存：${target}`).waitFor();
    app.script.saves.push(join(dir, '汇总表.xlsx'));
    await page.getByRole('button', { name: '导出 Excel…' }).click();
    await page.getByText(`已保存：${join(dir, '汇总表.xlsx')}`).waitFor({ timeout: 60_000 });
    assert.deepEqual(await page.locator('.recent-list li').allTextContents(), [
      '2025年第一季度汇总表 Excel2025年4月11日 09:00 导出 · 汇总表.xlsx',
      '2025年第一季度简报 第1期（印发日期 2025年4月11日）2025年4月11日 09:00 导出 · 简报第1期.pdf',
    ]);
    assert.equal(app.store.getSetting<unknown[]>('exportLog')?.length, 2, 'kept in the database, so a restart still lists them');
  });

  it('each quarter is its own issue: another quarter carries neither this 期号 nor this text, and the number is proposed', async () => {
    const freeText = page.getByLabel(/形势分析补充内容/);
    const issue = page.getByLabel('期号（第×期）');
    const q1Text = await freeText.inputValue();
    await page.locator('label.inline-field select').selectOption('2024Q4');
    await page.locator('.card-value').first().waitFor();
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelector(s: string): { value: string } | null } }).document.querySelector('textarea')?.value === '');
    assert.equal(await freeText.inputValue(), '', '2024Q4 does not carry 2025Q1\'s text');
    assert.equal(await issue.inputValue(), '1', 'nothing issued in 2024: 第1期 is proposed');
    await page.locator('label.inline-field select').selectOption('2025Q1');
    await page.waitForFunction((t) => (globalThis as unknown as { document: { querySelector(s: string): { value: string } | null } }).document.querySelector('textarea')?.value === t, q1Text);
    assert.equal(await issue.inputValue(), '1', '2025Q1 keeps its own 期号');
  });

  it('overview: owed, overdue and not-yet-due months apart; the supply reports; arrow keys move in the matrix', async () => {
    await page.getByRole('navigation').getByRole('button', { name: '数据总览' }).click();
    // 2025-04-11: January to March are owed; the conflict month counts as received (its old figures are stored).
    // All were imported today, after their deadlines: 迟报, except the conflict, which is said first.
    await page.getByText('截至目前应报 33 份，已报送 33（100%，其中迟报 32），逾期未报 0，报送期内未报 0；未到报送期 99 份').waitFor();
    await page.getByRole('button', { name: '华州区 2025年1月 有冲突' }).waitFor();
    await page.getByRole('button', { name: '临渭区 2025年5月 未到报送期' }).waitFor();
    await page.getByRole('img', { name: '供血报表 2025年1月 已报送' }).waitFor();
    await page.getByRole('img', { name: '供血报表 2025年6月 未到报送期' }).waitFor();
    assert.equal(await page.locator('table.matrix button[tabindex="0"]').count(), 1, 'the matrix is one Tab stop');
    await page.getByRole('button', { name: '临渭区 2025年1月 迟报（4月11日到达）' }).focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await focusedLabel(page), '临渭区 2025年2月 迟报（4月11日到达）');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focusedLabel(page), '华州区 2025年2月 迟报（4月11日到达）');
    await page.keyboard.press('End');
    assert.equal(await focusedLabel(page), '华州区 2025年12月 未到报送期');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '华州区 2025年12月' }).waitFor();
    await page.getByText('尚未收到该月报表。').waitFor();
  });

  it('counts a month overdue after its deadline and due before it', async () => {
    // The overview uses the core's one deadline rule (period/report-deadline.ts), on the China calendar.
    const { dueState } = await import('../../electron/core/period/report-deadline.ts');
    assert.equal(dueState('2025-03', new Date('2025-04-10T23:00:00+08:00'), 10), 'due', 'March is due until 10 April');
    assert.equal(dueState('2025-03', new Date('2025-04-11T09:00:00+08:00'), 10), 'overdue');
    assert.equal(dueState('2025-02', new Date('2025-04-01T09:00:00+08:00'), 10), 'overdue');
    assert.equal(dueState('2025-04', new Date('2025-04-11T09:00:00+08:00'), 10), 'notDue', 'the running month is not due');
    assert.equal(dueState('2025-12', new Date('2025-04-11T09:00:00+08:00'), 10), 'notDue');
    assert.equal(dueState('2024-12', new Date('2025-01-05T09:00:00+08:00'), 10), 'due', 'across the turn of the year');
  });

  it('F1 opens 帮助; the menu shows Alt+1 … Alt+6', async () => {
    await page.keyboard.press('F1');
    await page.getByRole('heading', { name: '帮助' }).waitFor();
    await page.getByRole('heading', { name: '常见导入错误及修改方法' }).waitFor();
    assert.deepEqual(await page.locator('.nav-key').allTextContents(), ['Alt+1', 'Alt+2', 'Alt+3', 'Alt+4', 'Alt+5', 'Alt+6', 'F1']);
    await page.keyboard.press('Alt+2');
    await page.getByRole('heading', { name: '数据总览' }).waitFor();
  });

  it('a sidebar item under the pointer keeps a dark background and light text', async () => {
    const item = page.getByRole('navigation').getByRole('button', { name: '模板下载' });
    await item.hover();
    const look = await item.evaluate((e) => {
      const style = (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string; color: string } }).getComputedStyle(e);
      return { background: style.backgroundColor, color: style.color };
    });
    assert.deepEqual(look, { background: 'rgb(47, 62, 80)', color: 'rgb(255, 255, 255)' });
  });

  it('raised no page errors so far', () => {
    assert.deepEqual(app.pageErrors, []);
  });

  it('a rendering fault shows a Chinese message and a way back, not a blank window', async () => {
    // A broken answer (no summary) makes the briefing screen fail while rendering.
    await page.route('**/ipc/getQuarterView', (route) => route.fulfill({ status: 200, body: JSON.stringify({ ok: true, value: { summary: null, narrative: [], pendingConflicts: [] } }) }));
    await nav(page, '生成简报');
    await page.getByRole('heading', { name: '此页面显示出错' }).waitFor();
    assert.doesNotMatch(await page.locator('main').textContent() ?? '', /TypeError|Cannot read|at /);
    await page.unroute('**/ipc/getQuarterView');
    await page.getByRole('button', { name: '返回数据导入' }).click();
    await page.getByRole('heading', { name: '数据导入' }).waitFor();
    await nav(page, '生成简报');
    await page.locator('.card-value').first().getByText('10,402').waitFor();
  });
});

/** Runs in the page: drops Files named `names` on `zone`, as Explorer would (the bridge maps them to paths). */
function dropFiles(zone: unknown, names: readonly string[]): void {
  const g = globalThis as unknown as { DataTransfer: new () => { items: { add(f: File): void } }; DragEvent: new (type: string, init: object) => unknown };
  const data = new g.DataTransfer();
  for (const name of names) data.items.add(new File(['x'], name));
  (zone as { dispatchEvent(e: unknown): void }).dispatchEvent(new g.DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
}

/** Runs in the page: every box on view whose content is wider than the box (cut, spilling, or a sideways scroll). */
function overflowing(): string[] {
  type El = { tagName: string; className: unknown; id: string; textContent: string | null; clientWidth: number; scrollWidth: number; namespaceURI: string | null;
    getClientRects(): { length: number }; closest(s: string): El | null; parentElement: El | null };
  const doc = (globalThis as unknown as { document: { querySelector(s: string): El; querySelectorAll(s: string): Iterable<El> } }).document;
  const name = (e: El) => `${e.tagName.toLowerCase()}${typeof e.className === 'string' && e.className !== '' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}`;
  const bad: string[] = [];
  for (const e of doc.querySelectorAll('main *, nav *, main')) {
    if (e.getClientRects().length === 0 || e.namespaceURI !== 'http://www.w3.org/1999/xhtml') continue;
    if (['INPUT', 'TEXTAREA', 'SELECT', 'IFRAME', 'OPTION'].includes(e.tagName) || e.closest('.sr-only') !== null) continue;
    if (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1) {
      bad.push(`${e.parentElement ? name(e.parentElement) + ' > ' : ''}${name(e)} “${(e.textContent ?? '').trim().slice(0, 30)}” ${e.scrollWidth}px > ${e.clientWidth}px`);
    }
  }
  return bad;
}

/** Boxes of two elements, for layout assertions. */
async function box(p: Page, selector: string) {
  const b = await p.locator(selector).first().boundingBox();
  assert.ok(b !== null, `${selector} is on view`);
  return b;
}

for (const size of SIZES) {
  describe(`every screen at ${size.name} (${size.width}×${size.height} CSS px at ${size.deviceScaleFactor * 100} %)`, { timeout: 240_000 }, () => {
    let sized: Page;
    let close: () => Promise<void>;
    const shot = (screen: string) => sized.screenshot({ path: join(SCREENS, `${size.name}-${screen}.png`) });
    const noOverflow = async (screen: string) => {
      await sized.evaluate(async () => (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready);
      assert.deepEqual(await sized.evaluate(overflowing), [], `nothing overflows its box on ${screen}`);
    };

    before(async () => {
      const browser = await launchChromium({ width: size.width, height: size.height, deviceScaleFactor: size.deviceScaleFactor });
      close = browser.close;
      sized = await browser.context.newPage();
      await sized.addInitScript(installPageBridge, { channels: CHANNELS, dropFolder: fixtures.dropFolder });
      await sized.goto(app.server.url);
      await sized.getByRole('heading', { name: '数据导入' }).waitFor();
    }, { timeout: 60_000 });

    after(async () => close?.(), { timeout: 30_000 });

    it('数据导入 with a batch of results', async () => {
      app.script.inputs.push([fixtures.inputs]);
      await sized.getByRole('button', { name: '选择文件夹…' }).click();
      await sized.getByRole('heading', { name: '导入结果' }).waitFor({ timeout: 60_000 });
      await shot('import');
      await noOverflow('数据导入');
    });

    it('数据总览: the 12月 column stays clear of the detail panel; 导入记录 keeps its columns', async () => {
      await nav(sized, '数据总览');
      await sized.getByRole('button', { name: '华州区 2025年1月 有冲突' }).click();
      await sized.getByText('有待处理的冲突').waitFor();
      const december = await box(sized, 'table.matrix thead th:last-child');
      const matrix = await box(sized, '.matrix-panel');
      const detail = await box(sized, '.detail-panel');
      assert.ok(december.x + december.width <= matrix.x + matrix.width, '12月 inside the matrix panel');
      assert.ok(detail.y >= matrix.y + matrix.height || detail.x >= matrix.x + matrix.width, 'the detail panel does not cover the matrix');
      const lastColumn = await box(sized, '.history table.list thead th:last-child');
      const history = await box(sized, '.history');
      assert.ok(lastColumn.x + lastColumn.width <= history.x + history.width, '相同 is on view in 导入记录');
      await sized.locator('main').evaluate((m) => m.scrollTo(0, 0));
      await shot('overview');
      await noOverflow('数据总览');
    });

    it('基础信息', async () => {
      await nav(sized, '基础信息');
      await sized.getByLabel('第1行 区县名称').waitFor();
      await shot('profile');
      await noOverflow('基础信息');
    });

    it('生成简报: cards, notes, the whole county table and the toolbar groups fit', async () => {
      await nav(sized, '生成简报');
      await sized.locator('.card-value').first().getByText('10,402').waitFor();
      await sized.getByRole('button', { name: '生成预览' }).click();
      await sized.getByTestId('preview-sha').waitFor({ timeout: 60_000 });
      const label = await box(sized, '.toolbar-label');
      const first = await box(sized, '.toolbar-group[aria-label="汇总表"] button');
      assert.ok(Math.abs(label.y + label.height / 2 - (first.y + first.height / 2)) < 4, '汇总表 stays on the line of its buttons');
      const change = await box(sized, '.figures-block table.list thead th:last-child');
      const panel = await box(sized, '.figures-block');
      assert.ok(change.x + change.width <= panel.x + panel.width, 'the 同比 column is on view without a sideways scroll');
      assert.equal(await sized.locator('.card-note').nth(3).textContent(), '人口为2024年末数');
      await noOverflow('生成简报');
      // The check itself can fail: a figure too big for its card is reported.
      const card = sized.locator('.card-value').first();
      await card.evaluate((e) => { (e as unknown as { style: { fontSize: string } }).style.fontSize = '90px'; });
      assert.ok((await sized.evaluate(overflowing)).some((line) => line.includes('div.card-value')), 'a spilling card value is caught');
      await card.evaluate((e) => { (e as unknown as { style: { fontSize: string } }).style.fontSize = ''; });
      await sized.waitForTimeout(3000); // Chromium's PDF viewer paints asynchronously; give it time before the photo.
      await shot('briefing-preview');
      await sized.locator('main').evaluate((m) => m.scrollTo(0, 0));
      await shot('briefing');
    });

    it('模板下载 and 帮助', async () => {
      await nav(sized, '模板下载');
      await sized.getByRole('heading', { name: '模板下载' }).waitFor();
      await noOverflow('模板下载');
      await sized.keyboard.press('F1');
      await sized.getByRole('heading', { name: '帮助' }).waitFor();
      await shot('help');
      await noOverflow('帮助');
    });

    it('数据管理: the imports, automatic backups and issued briefings; a deletion is shown before it is confirmed', async () => {
      await nav(sized, '生成简报');
      await sized.getByRole('button', { name: '生成预览' }).click();
      await sized.getByTestId('preview-sha').waitFor({ timeout: 60_000 });
      app.script.saves.push(join(dir, `${size.name}-简报.pdf`));
      await sized.getByRole('button', { name: '导出简报 PDF…' }).click();
      await sized.getByText(`已保存：${join(dir, `${size.name}-简报.pdf`)}`).waitFor();
      await nav(sized, '数据管理');
      await sized.getByRole('heading', { name: '已发简报' }).waitFor();
      await sized.getByRole('button', { name: '重新生成…' }).first().waitFor();
      assert.ok(await sized.getByRole('button', { name: '恢复此备份…' }).count() >= 1, 'the automatic backups are listed');
      await noOverflow('数据管理');
      await shot('data');
      await sized.getByRole('button', { name: '删除此次导入…' }).first().click();
      const dialog = sized.getByRole('dialog', { name: /^删除第 \d+ 次导入$/ });
      await dialog.waitFor();
      assert.match(await dialog.textContent() ?? '', /存入的 \d+ 项数据将被删除/);
      await noOverflow('数据管理 删除确认');
      await shot('data-delete');
      await dialog.getByRole('button', { name: '取消' }).click();
      await sized.getByRole('button', { name: '恢复此备份…' }).first().click();
      const restore = sized.getByRole('dialog', { name: '从备份恢复数据库' });
      await restore.getByText('当前数据库（将被替换）').waitFor();
      await noOverflow('数据管理 恢复确认');
      await shot('data-restore');
      await restore.getByRole('button', { name: '取消' }).click();
    });
  });
}
