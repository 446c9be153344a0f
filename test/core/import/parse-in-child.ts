/**
 * Parses one file in its own process and prints what came out and the peak memory (maxRSS), so a test can
 * hold the parser to a memory limit without timing anything: `node parse-in-child.ts FILE`.
 */
import { readFileSync } from 'node:fs';
import { parseInput } from '../../../electron/core/import/parse-input.ts';
import { PROFILE } from './parse-fixture.ts';

const name = process.argv[2]!;
const result = parseInput({ name, bytes: readFileSync(name) }, PROFILE);
const summary = result.ok
  ? { ok: true, records: result.value.collections.map((r) => [r.county, r.month, r.wholeBloodDonors]), notices: result.value.notices.map((n) => `${n.cell ?? ''} ${n.message}`) }
  : { ok: false, problems: result.problems.map((p) => `${p.cell ?? ''} ${p.message}`) };
process.stdout.write(JSON.stringify({ ...summary, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
