/**
 * In-process import timing for `npm run bench`, run in a fresh child so the first pass is really cold:
 * `node parse-files.ts PROFILE DIR [warmRuns]` prints {"first": ms, "warm": [ms…], "records": n, "maxRssMb": n}.
 * Reading the bytes from disk is outside the timings; parsing every file (all sheets, checks, records) is in.
 */
import { readFileSync } from 'node:fs';
import { readInputs } from '../../electron/core/io/read-inputs.ts';
import { parseInput } from '../../electron/core/import/parse-input.ts';
import type { Profile } from '../../electron/core/model.ts';

const [profilePath, dir, warmRuns = '3'] = process.argv.slice(2);
const profile: Profile = JSON.parse(readFileSync(profilePath!, 'utf8'));
const { files } = await readInputs([dir!]);

function pass(): { ms: number; records: number } {
  const start = performance.now();
  let records = 0;
  for (const file of files) {
    const result = parseInput(file, profile);
    if (!result.ok) throw new Error(`${file.name}: ${result.problems[0]?.message}`);
    records += result.value.collections.length + result.value.supplies.length;
  }
  return { ms: performance.now() - start, records };
}

const first = pass();
const warm = Array.from({ length: Number(warmRuns) }, () => pass().ms);
process.stdout.write(JSON.stringify({ first: first.ms, warm, records: first.records, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
