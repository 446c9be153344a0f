import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { handlerFixture, SAMPLE } from './handler-fixture.ts';

const HUAZHOU = join(SAMPLE, 'data', '华州区');

async function chosenFolder() {
  const fixture = await handlerFixture();
  const profile = JSON.parse(await readFile(join(SAMPLE, 'profile.json'), 'utf8'));
  assert.deepEqual(await fixture.handlers.saveProfile({ profile }), { ok: true });
  fixture.script.inputs.push([HUAZHOU]);
  await fixture.handlers.chooseInputs({ mode: 'folder' });
  return fixture;
}

describe('cancel import', () => {
  it('says there is nothing to cancel when no import runs', async () => {
    const { handlers } = await handlerFixture();
    assert.equal(await handlers.cancelImport({}), false);
  });

  it('stops before the next file: the files done are saved whole, the rest are listed as not imported', async () => {
    const { handlers, progress, store } = await chosenFolder();
    const running = handlers.importInputs({ paths: [HUAZHOU], replace: false });
    while (progress.length < 4) await nextTurn();
    assert.equal(await handlers.cancelImport({}), true);
    const result = await running;
    assert.ok(result.cancelled !== undefined && result.cancelled.length > 0, 'some files were not imported');
    assert.ok(result.files.length >= 3, `files done before the cancel: ${result.files.length}`);
    assert.equal(result.files.length + result.cancelled.length, 15, 'every file of the batch is either done or listed');
    assert.ok(result.files.every((f) => f.status === 'imported'));
    assert.deepEqual(new Set([...result.files.map((f) => f.file), ...result.cancelled]).size, 15);
    const stored = store.storedMonths().filter((m) => m.county === '华州区').length;
    assert.equal(stored, result.files.reduce((n, f) => n + f.months.length, 0), 'exactly the imported files are stored');
    const again = await handlers.importInputs({ paths: [HUAZHOU], replace: false });
    assert.equal(again.cancelled, undefined, 'a new import runs to the end');
    assert.equal(again.files.filter((f) => f.status === 'unchanged').length, result.files.length);
  });

  it('refuses a second import while one runs', async () => {
    const { handlers } = await chosenFolder();
    const running = handlers.importInputs({ paths: [HUAZHOU], replace: false });
    await assert.rejects(handlers.importInputs({ paths: [HUAZHOU], replace: false }), /正在导入/);
    assert.equal((await running).files.length, 15);
  });
});
