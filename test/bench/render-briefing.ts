/**
 * The app's preview path for `npm run bench`: import a quarter set in memory, summarise it, then render the
 * briefing PDF several times in one process (the first run loads fonts and libraries; the next are the
 * preview's warm renders). `node render-briefing.ts PROFILE DIR QUARTER [runs]` prints
 * {"first": ms, "warm": [ms…], "bytes": n, "pages": n}.
 */
import { readFileSync } from 'node:fs';
import { defaultBriefingSettings } from '../../electron/core/briefing/briefing-settings.ts';
import { readInputs } from '../../electron/core/io/read-inputs.ts';
import type { Profile } from '../../electron/core/model.ts';
import { briefingPdf } from '../../electron/core/pipeline/briefing-pdf.ts';
import { importInputs } from '../../electron/core/pipeline/import-inputs.ts';
import { summariseFromStore } from '../../electron/core/pipeline/summarise-from-store.ts';
import { openStore } from '../../electron/core/store/open-store.ts';
import { pdfPageCount } from '../fixtures/lib/pdf-inspect.ts';

const [profilePath, dir, quarter, runs = '4'] = process.argv.slice(2);
const profile: Profile = JSON.parse(readFileSync(profilePath!, 'utf8'));
const now = new Date('2025-07-10T09:00:00+08:00');
const store = openStore(':memory:');
importInputs(store, profile, (await readInputs([dir!])).files, { replace: false, now });
const statistics = summariseFromStore(store, profile, quarter!);
const settings = defaultBriefingSettings(profile, quarter!, now);

async function render(): Promise<{ ms: number; pdf: Uint8Array }> {
  const start = performance.now();
  const pdf = await briefingPdf(statistics, settings, { fonts: { bundledOnly: true } });
  return { ms: performance.now() - start, pdf };
}

const first = await render();
const warm: number[] = [];
for (let i = 1; i < Number(runs); i++) warm.push((await render()).ms);
process.stdout.write(JSON.stringify({ first: first.ms, warm, bytes: first.pdf.length, pages: pdfPageCount(first.pdf) }));
