/**
 * The floor of reading a CSV, for `npm run bench` (P4): read the file, decode it as UTF-8 and count its fields
 * (commas and line ends) in one pass. No parser can read the rows faster. `node csv-floor.ts FILE [runs]` prints
 * {"ms": [ms…], "fields": n}.
 */
import { readFileSync } from 'node:fs';

const [file, runs = '3'] = process.argv.slice(2);
const ms: number[] = [];
let fields = 0;
for (let r = 0; r < Number(runs); r++) {
  const start = performance.now();
  const text = new TextDecoder('utf-8').decode(readFileSync(file!));
  fields = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 10) fields++;
  }
  ms.push(performance.now() - start);
}
process.stdout.write(JSON.stringify({ ms, fields }));
