/**
 * 献血者构成 in the app (issue 14): a quarter imported from a donation-records export shows, on 生成简报, the
 * shares the briefing's 表2 prints, ranked by 首次献血比例. Photographed at 1366×768 and 1024×768 into
 * test-output/screens/.
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { parseInput } from '../../electron/core/import/parse-input.ts';
import { openAppInBrowser, type BrowserSession } from './app-harness.ts';
import { PROFILE } from '../core/import/parse-fixture.ts';
import { THIRTY_ROWS, exportCsv } from '../core/import/records/donation-export.ts';

const SCREENS = join(fileURLToPath(new URL('../../', import.meta.url)), 'test-output', 'screens');
let session: BrowserSession | undefined;

before(async () => {
  await mkdir(SCREENS, { recursive: true });
  session = await openAppInBrowser('blood-brief-donors-', { now: new Date('2025-04-11T09:00:00+08:00'), prepare: async (dir) => dir });
  const { store } = session.app;
  store.putSetting('profile', PROFILE);
  const parsed = parseInput({ name: '2025年第一季度献血记录.csv', bytes: new TextEncoder().encode(exportCsv(THIRTY_ROWS)) }, PROFILE);
  assert.ok(parsed.ok);
  store.importFile(parsed.value, { replace: false, importedAt: '2025-04-11T01:00:00.000Z' });
}, { timeout: 120_000 });

after(async () => session?.close(), { timeout: 30_000 });

describe('献血者构成 on 生成简报', { timeout: 120_000 }, () => {
  it('shows each county’s shares, ranked by 首次献血比例, and the city', async () => {
    const page = session!.app.page;
    // The profile and the import went straight into the store: the page reloads to read them, then opens 生成简报.
    await page.reload();
    await page.getByRole('heading', { name: '数据导入' }).waitFor({ timeout: 60_000 });
    await page.getByRole('navigation').getByRole('button', { name: '生成简报' }).click();
    await page.getByRole('heading', { name: '献血者构成' }).waitFor({ timeout: 60_000 });
    const rows = await page.locator('.donor-indicators tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as unknown as { innerText: string }).innerText.split('\t').map((t) => t.trim())));
    assert.deepEqual(rows, [
      ['潼关县', '50.0', '50.0', '50.0', '0.0', '30.0 / 30.0 / 30.0 / 10.0', '0'],
      ['华阴市', '40.0', '57.9', '37.5', '60.0', '30.0 / 25.0 / 35.0 / 10.0', '1'],
      ['全市', '43.3', '55.2', '42.3', '40.0', '30.0 / 26.7 / 33.3 / 10.0', '1'],
    ]);
    const table = page.locator('.donor-indicators table');
    await page.setViewportSize({ width: 1024, height: 768 });
    const fits = await table.evaluate((t) => { const el = t as unknown as { scrollWidth: number; parentElement: { clientWidth: number } }; return el.scrollWidth <= el.parentElement.clientWidth; });
    assert.ok(fits, 'the table fits its panel at 1024 px');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.locator('.donor-indicators').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENS, 'donor-indicators-1366.png') });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.locator('.donor-indicators').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENS, 'donor-indicators-1024.png') });
  });
});
