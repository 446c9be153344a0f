import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from './commands.ts';
import type { CliIo } from './cli-io.ts';
import { runReport } from './run-report.ts';

const SAMPLE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates', 'sample');
// The demo is dated like the real meeting it reproduces, so `npm run demo` writes the same bytes every time.
const DEMO_CLOCK = new Date('2025-04-11T09:00:00+08:00');

/** `blood-brief demo`: the 2025Q1 briefing from the built-in sample set (templates/sample), bundled fonts only. */
export function runDemo(command: Extract<Command, { name: 'demo' }>, now: Date | null, io: CliIo): Promise<number> {
  return runReport({
    name: 'report', profile: join(SAMPLE, 'profile.json'), db: null, inputs: [join(SAMPLE, 'data')],
    quarter: '2025Q1', out: command.out, json: null, settings: join(SAMPLE, 'briefing-settings.json'), issue: null, date: null,
  }, now ?? DEMO_CLOCK, quietImports(io));
}

/** The sample's 160 files all import: show the tally, not a line per file. */
function quietImports(io: CliIo): CliIo {
  const keep = (text: string) => text.split('\n').filter((line) => line !== '' && !line.startsWith('✓ ')).map((l) => `${l}\n`).join('');
  return { ...io, stdout: { write: (text: string) => io.stdout.write(keep(text)) } };
}
