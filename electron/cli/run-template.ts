import { join } from 'node:path';
import { inputTemplates } from '../core/core-api.ts';
import type { Command } from './commands.ts';
import type { CliIo } from './cli-io.ts';
import { writeLines } from './cli-io.ts';
import { loadProfile } from './load-profile.ts';
import { printProblems } from './open-data.ts';
import { writeOutput } from './write-output.ts';

/** `blood-brief template`: the blank county and supply input workbooks (with the profile's names when given). */
export async function runTemplate(command: Extract<Command, { name: 'template' }>, _now: Date, io: CliIo): Promise<number> {
  const profile = command.profile === null ? null : await loadProfile(command.profile);
  if (profile !== null && !profile.ok) return (printProblems(io, profile.problems), 1);
  const templates = await inputTemplates(profile?.value);
  const written = await Promise.all(templates.map((t) => writeOutput(join(command.out, t.name), t.bytes)));
  writeLines(io.stdout, written.map((path) => `已生成模板：${path}`));
  return 0;
}
