import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as XLSX from '@e965/xlsx';
import { handlerFixture, SAMPLE } from './handler-fixture.ts';

const PROFILE = { station: '渭南市中心血站', region: '渭南市', counties: [{ name: '华阴市', aliases: ['华阴'], population: { 2024: 202100 } }], hospitals: [], targets: {} };

describe('profile handlers', () => {
  it('saves only a valid profile and returns the validator’s problems otherwise', async () => {
    const { handlers } = await handlerFixture();
    assert.equal(await handlers.getProfile({}), null);
    const bad = await handlers.saveProfile({ profile: { ...PROFILE, station: '' } });
    assert.equal(bad.ok, false);
    assert.match(bad.ok ? '' : bad.problems[0].message, /station（血站名称）/);
    assert.equal(await handlers.getProfile({}), null);
    assert.deepEqual(await handlers.saveProfile({ profile: PROFILE }), { ok: true });
    assert.equal((await handlers.getProfile({}))?.counties[0].name, '华阴市');
  });

  it('reads a profile JSON saved by Notepad (UTF-8 with BOM) for review, and explains a broken one', async () => {
    const { handlers, script, dir } = await handlerFixture();
    await writeFile(join(dir, 'p.json'), `\uFEFF${JSON.stringify(PROFILE)}`);
    await writeFile(join(dir, 'bad.json'), '{ "station": ');
    script.files.push(join(dir, 'p.json'), join(dir, 'bad.json'));
    assert.equal((await handlers.importProfileFile({})).profile?.station, '渭南市中心血站');
    assert.equal(await handlers.getProfile({}), null, 'reading is not saving');
    assert.deepEqual(await handlers.importProfileFile({}), { file: join(dir, 'bad.json'), profile: null, problems: [{ file: 'bad.json', message: '不是有效的 JSON 文件，无法读取基础信息' }] });
    assert.deepEqual(await handlers.importProfileFile({}), { file: null, profile: null, problems: [] });
  });

  it('exports the profile as the JSON the CLI reads, refusing an invalid one', async () => {
    const { handlers, script, dir } = await handlerFixture();
    await assert.rejects(handlers.exportProfileFile({ profile: { station: 'x' } }), /基础信息有误，未导出/);
    script.saves.push(join(dir, 'out.json'));
    assert.deepEqual(await handlers.exportProfileFile({ profile: PROFILE }), { path: join(dir, 'out.json') });
    assert.deepEqual(JSON.parse(await readFile(join(dir, 'out.json'), 'utf8')), PROFILE);
    assert.equal(script.shown[0].defaultPath, '渭南市中心血站基础信息.json');
  });

  it('reads 常住人口 from an Excel table', async () => {
    const { handlers, script, dir } = await handlerFixture();
    const sheet = XLSX.utils.aoa_to_sheet([['渭南市统计年鉴2024'], ['区县', '2023年末常住人口（万人）'], ['华阴市', 20.26], ['合计', 20.26]]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, '人口');
    await writeFile(join(dir, '人口.xlsx'), XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
    script.files.push(join(dir, '人口.xlsx'));
    const loaded = await handlers.importPopulationFile({});
    assert.deepEqual(loaded.rows, [{ county: '华阴市', year: '2023', population: 202600 }]);
    assert.equal(loaded.source, '渭南市统计年鉴2024');
  });
});

describe('template handler', () => {
  it('writes the blank workbooks into the chosen folder, or nothing when cancelled', async () => {
    const { handlers, script, dir } = await handlerFixture();
    assert.deepEqual(await handlers.saveTemplates({}), { folder: null, files: [] });
    await handlers.saveProfile({ profile: JSON.parse(await readFile(join(SAMPLE, 'profile.json'), 'utf8')) });
    script.folders.push(dir);
    const written = await handlers.saveTemplates({});
    assert.equal(written.folder, dir);
    assert.deepEqual([...written.files].sort(), (await readdir(dir)).filter((f) => f.endsWith('.xlsx')).sort());
    assert.ok(written.files.length >= 2);
  });
});
