/**
 * In-process timing of a donation-records export for `npm run bench` (goal P4), in a fresh child:
 * `node parse-records.ts PROFILE FILE [runs]` prints {"ms": [ms…], "records": n, "maxRssMb": n}. Reading the bytes
 * from disk (for the hash) is outside the timings; streaming, aggregating and checking every row is in.
 */
import { readFileSync } from 'node:fs';
import { parseRecordsStream, streamedFile } from '../../electron/core/import/records/parse-records-stream.ts';
import type { Profile } from '../../electron/core/model.ts';

const [profilePath, path, runs = '1'] = process.argv.slice(2);
const profile: Profile = JSON.parse(readFileSync(profilePath!, 'utf8'));
const file = streamedFile({ name: path!, bytes: new Uint8Array(readFileSync(path!)), path: path! })!;
const ms: number[] = [];
let records = 0;
for (let i = 0; i < Number(runs); i++) {
  const start = performance.now();
  const result = await parseRecordsStream(file, profile);
  ms.push(performance.now() - start);
  if (!result?.ok) throw new Error(`${path}: ${result ? result.problems[0]?.message : '不是献血记录'}`);
  records = result.value.collections.length;
}
process.stdout.write(JSON.stringify({ ms, records, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
