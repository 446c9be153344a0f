import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWording, parseWording } from '../../../electron/core/briefing/load-wording.ts';
import { validateWording } from '../../../electron/core/briefing/validate-wording.ts';
import { DEFAULT_WORDING } from '../../../electron/core/briefing/wording.ts';
import { buildBriefing } from '../../../electron/core/briefing/build-briefing.ts';
import { SETTINGS, WEINAN_SUMMARY } from './weinan-fixture.ts';

const edited = (patch: (w: typeof DEFAULT_WORDING) => void): string => {
  const copy = structuredClone(DEFAULT_WORDING);
  patch(copy);
  return JSON.stringify(copy);
};

test('the shipped wording is valid against itself', () => {
  assert.deepEqual(validateWording(DEFAULT_WORDING, DEFAULT_WORDING), []);
});

test('staff may reword and reorder, and the briefing uses it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wording-'));
  const file = join(dir, 'wording.json');
  await writeFile(file, edited((w) => { w.collection.lead = '{quarter}{whole}千人口献血率{rate}，共{donors}人次（全血{wholeBloodDonors}、血小板{plateletDonors}；{populationBasis}）。'; }));
  const wording = await loadWording(file);
  const doc = buildBriefing(WEINAN_SUMMARY, SETTINGS, [], wording);
  const lead = doc.blocks.find((b) => b.kind === 'paragraph');
  assert.ok(lead?.kind === 'paragraph' && lead.text.startsWith('2025年第一季度全市千人口献血率2.25‰，共10402人次（全血9960、血小板442；按2024年末常住人口461.9万人计算）。'));
});

test('an unknown placeholder, a missing key or a wrong type is refused with every problem listed', () => {
  const text = edited((w) => {
    w.collection.lead = '共采集{total}人次';
    (w.headings as Record<string, unknown>).supply = undefined;
    (w as Record<string, unknown>).definitions = '无';
  });
  assert.throws(() => parseWording(text, 'wording.json'), {
    message: 'wording.json：缺少措辞“headings.supply”；措辞“collection.lead”使用了未知占位符{total}'
      + '（可用：{quarter}、{whole}、{donors}、{wholeBloodDonors}、{plateletDonors}、{rate}、{populationBasis}）；definitions应为列表',
  });
  assert.throws(() => parseWording('{', '措辞.json'), /^Error: 措辞\.json：不是有效的 JSON/);
  assert.throws(() => parseWording('[]', 'w.json'), /w\.json：措辞文件应为对象/);
});
