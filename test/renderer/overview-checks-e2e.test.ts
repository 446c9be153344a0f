/**
 * 数据总览 shows what the checks found (issue 11): a report that came late is marked 迟报 with its arrival day, and a
 * county-month with a stored warning or an outlier carries a ▲ whose tooltip and detail panel give the text. The
 * sample set is imported month by month on its own clock, 潼关县's February late and mistyped.
 */
import assert from 'node:assert/strict';
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { parseInput } from '../../electron/core/import/parse-input.ts';
import { parseProfile } from '../../electron/core/profile/parse-profile.ts';
import { openAppInBrowser, type BrowserSession } from './app-harness.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = join(ROOT, 'templates', 'sample');
const SCREENS = join(ROOT, 'test-output', 'screens');
const NOW = '2025-04-11T09:00:00+08:00';

/** When each sample file "arrived": 2024 at the start of January, each 2025 month before its deadline, 潼关县 February late. */
function arrival(file: string): string {
  if (file.includes('潼关县2025年2月')) return '2025-03-14T10:00:00+08:00';
  if (/2025年(1月|第一季度)/.test(file)) return /第一季度/.test(file) ? '2025-04-09T10:00:00+08:00' : '2025-02-08T10:00:00+08:00';
  if (file.includes('2025年2月')) return '2025-03-07T10:00:00+08:00';
  if (file.includes('2025年3月')) return '2025-04-09T10:00:00+08:00';
  return '2025-01-05T10:00:00+08:00';
}

let session: BrowserSession | undefined;

before(async () => {
  await mkdir(SCREENS, { recursive: true });
  session = await openAppInBrowser('blood-brief-checks-', {
    now: new Date(NOW),
    prepare: async (scratch) => {
      const data = join(scratch, 'data');
      await cp(join(SAMPLE, 'data'), data, { recursive: true });
      // 潼关县 February: 100 donations too many at the blood house, and 1 platelet donor giving 4 doses (a warning).
      await writeFile(join(data, '潼关县', '潼关县2025年2月采血情况.csv'), iconv.encode('采血地点,全血人次,全血量(ml),机采人次,治疗量\n潼关献血屋,140,48800,1,4\n流动采血车,28,9700,0,0\n团体献血,18,6400,0,0\n合计,186,64900,1,4\n', 'gbk'));
      return data;
    },
  });
  const { store } = session.app;
  const profile = parseProfile(JSON.parse(await readFile(join(SAMPLE, 'profile.json'), 'utf8')));
  assert.ok(profile.ok);
  store.putSetting('profile', profile.value);
  const data = session.app.dropFolder;
  const files = (await readdir(data, { recursive: true })).filter((f) => /\.(xlsx|xls|csv)$/.test(f)).sort((a, b) => arrival(a).localeCompare(arrival(b)));
  for (const f of files) {
    const parsed = parseInput({ name: join(data, f), bytes: await readFile(join(data, f)) }, profile.value);
    assert.ok(parsed.ok, f);
    store.importFile(parsed.value, { replace: false, importedAt: new Date(arrival(f)).toISOString() });
  }
  await session.app.page.reload();
}, { timeout: 180_000 });

after(async () => session?.close(), { timeout: 30_000 });

describe('数据总览: late reports and check findings', { timeout: 180_000 }, () => {
  it('marks 迟报 with the arrival day and ▲ with the warning and outlier texts; the panel lists them', async () => {
    const page = session!.app.page;
    await page.getByRole('navigation').getByRole('button', { name: '数据总览' }).click();
    const cell = page.getByRole('button', { name: /^潼关县 2025年2月 / });
    assert.equal(await cell.getAttribute('aria-label'), '潼关县 2025年2月 迟报（3月14日到达），3 条需核对');
    const title = await cell.getAttribute('title') ?? '';
    assert.match(title, /警告（规则“每人次治疗量”）：潼关县2025年2月的单采血小板治疗量4超过单采血小板人次1的3倍/);
    assert.match(title, /数据异常提示：全血人次186，比去年同月（86）高116\.3%，比前6个月平均（116\.7）高59\.4%，请核对/);
    assert.equal(await page.getByRole('button', { name: '潼关县 2025年1月 已报送' }).count(), 1, 'January arrived on 8 February: on time');
    // 华阴市 sends a quarterly workbook, on 9 April: its January and February came late, March on time
    assert.equal(await page.getByRole('button', { name: /^华阴市 2025年1月 迟报（4月9日到达）/ }).count(), 1);
    assert.equal(await page.getByRole('button', { name: '华阴市 2025年3月 已报送' }).count(), 1);
    assert.match(await page.getByTestId('due-tally').textContent() ?? '', /已报送 33（100%，其中迟报 5）/);
    await page.screenshot({ path: join(SCREENS, '1366x768-overview-checks.png') });
    await cell.click();
    await page.getByRole('heading', { name: '需核对（数据未作改动）' }).waitFor();
    assert.match(await page.locator('.arrival').textContent() ?? '', /^报送：2025年3月14日 10:00 到达，期限 2025年3月10日，迟报$/);
    assert.equal(await page.locator('.cell-checks li').count(), 3);
    await page.screenshot({ path: join(SCREENS, '1366x768-overview-checks-detail.png') });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: join(SCREENS, '1024x768-overview-checks-detail.png') });
    assert.deepEqual(session!.app.pageErrors, []);
  });
});
