/**
 * Rendering in the worker thread gives the same bytes as rendering in-process with the CLI's functions,
 * keeps the main thread's event loop turning meanwhile, and falls back to the main thread if the worker
 * cannot run.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { defaultBriefingSettings } from '../../../electron/core/briefing/briefing-settings.ts';
import { readInputs } from '../../../electron/core/io/read-inputs.ts';
import type { Profile } from '../../../electron/core/model.ts';
import { importInputs } from '../../../electron/core/pipeline/import-inputs.ts';
import { summariseFromStore } from '../../../electron/core/pipeline/summarise-from-store.ts';
import { parseProfile } from '../../../electron/core/profile/parse-profile.ts';
import { openStore } from '../../../electron/core/store/open-store.ts';
import type { RenderJob } from '../../../electron/main/render/render-job.ts';
import { runRenderJob } from '../../../electron/main/render/run-render-job.ts';
import { workerRenderer } from '../../../electron/main/render/worker-renderer.ts';

const SAMPLE = new URL('../../../templates/sample/', import.meta.url).pathname;
const NOW = new Date('2025-04-11T09:00:00+08:00');

async function sampleStatistics() {
  const parsed = parseProfile(JSON.parse(await readFile(join(SAMPLE, 'profile.json'), 'utf8')));
  assert.ok(parsed.ok);
  const profile: Profile = parsed.value;
  const store = openStore(':memory:');
  const { files } = await readInputs([join(SAMPLE, 'data')]);
  importInputs(store, profile, files, { replace: false, now: NOW });
  const statistics = summariseFromStore(store, profile, '2025Q1');
  store.close();
  return { profile, statistics };
}

const { profile, statistics } = await sampleStatistics();
const settings = { ...defaultBriefingSettings(profile, '2025Q1', NOW), date: new Date('2025-04-15T00:00:00Z'), freeText: '下季度工作安排' };
const briefing: RenderJob = { kind: 'briefingPdf', statistics, settings, fonts: { bundledOnly: true } };
const tables: RenderJob = { kind: 'tablesPdf', statistics, now: NOW.getTime() };
const workbook: RenderJob = { kind: 'tablesXlsx', statistics, now: NOW.getTime() };

/** Event-loop turns of this thread while `work` runs. */
async function turnsDuring<T>(work: Promise<T>): Promise<{ value: T; turns: number }> {
  let turns = 0;
  let done = false;
  const spin = (): void => void (done || (turns++, setImmediate(spin)));
  spin();
  const value = await work;
  done = true;
  return { value, turns };
}

describe('workerRenderer', () => {
  it('renders the briefing, the tables PDF and the workbook with the same bytes as in-process', async () => {
    const render = workerRenderer();
    for (const job of [briefing, tables, workbook]) {
      const [inWorker, inProcess] = await Promise.all([render(job), runRenderJob(job)]);
      assert.ok(inWorker.length > 1000, job.kind);
      assert.deepEqual(Buffer.from(inWorker), Buffer.from(inProcess), job.kind);
    }
  });

  it('answers the font notice from the worker: the faces stood in for, as text; nothing when bundled fonts are asked for', async () => {
    const render = workerRenderer();
    const empty = await mkdtemp(join(tmpdir(), 'bb-nofonts-'));
    const notice = new TextDecoder().decode(await render({ kind: 'fontNotice', fonts: { searchDirs: [empty] } }));
    assert.match(notice, /^提示：本机未找到仿宋（用Noto Serif SC.*代替）.*请安装仿宋_GB2312/);
    assert.equal((await render({ kind: 'fontNotice', fonts: { bundledOnly: true } })).length, 0);
  });

  it('keeps the Dates of the settings (masthead date and clock) across the thread boundary', async () => {
    const other = await workerRenderer()({ ...briefing, settings: { ...settings, date: new Date('2025-05-20T00:00:00Z') } } as RenderJob);
    assert.notDeepEqual(Buffer.from(other), Buffer.from(await runRenderJob(briefing)));
    assert.deepEqual(Buffer.from(other), Buffer.from(await runRenderJob({ ...briefing, settings: { ...settings, date: new Date('2025-05-20T00:00:00Z') } } as RenderJob)));
  });

  it('leaves the main thread free while the worker renders', async () => {
    const render = workerRenderer();
    await render(tables);
    const { turns } = await turnsDuring(render(briefing));
    // In-process, the same render holds the loop for its whole layout and drawing (a single turn here).
    assert.ok(turns > 100, `only ${turns} event-loop turns during a worker render`);
  });

  it('answers several jobs at once, each with its own bytes', async () => {
    const render = workerRenderer();
    const [a, b] = await Promise.all([render(tables), render(briefing)]);
    assert.deepEqual(Buffer.from(a), Buffer.from(await runRenderJob(tables)));
    assert.deepEqual(Buffer.from(b), Buffer.from(await runRenderJob(briefing)));
  });

  it('reports a failed rendering with its message', async () => {
    const render = workerRenderer();
    const job: RenderJob = { ...briefing, fonts: { paths: { fangsong: '/nonexistent/fangsong.ttf' } } } as RenderJob;
    const expected = await runRenderJob(job).then(() => 'no error', (e: Error) => e.message);
    assert.match(expected, /fangsong\.ttf/);
    await assert.rejects(render(job), { message: expected });
  });

  it('renders in the main thread, with the same bytes, when the worker cannot start', async (t) => {
    const logged = t.mock.method(console, 'error', () => undefined);
    const render = workerRenderer(new URL('./no-such-worker.js', import.meta.url));
    assert.deepEqual(Buffer.from(await render(tables)), Buffer.from(await runRenderJob(tables)));
    assert.deepEqual(Buffer.from(await render(workbook)), Buffer.from(await runRenderJob(workbook)));
    assert.equal(logged.mock.callCount(), 1);
  });
});
