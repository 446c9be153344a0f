import { stat } from 'node:fs/promises';
import { starterSettings } from '../core/core-api.ts';
import type { Command } from './commands.ts';
import type { CliIo } from './cli-io.ts';
import { writeLines } from './cli-io.ts';
import { loadProfile } from './load-profile.ts';
import { printProblems } from './open-data.ts';
import { writeOutput } from './write-output.ts';

/** `blood-brief settings`: writes a starter settings file for one issue; an existing file is never overwritten. */
export async function runSettings(command: Extract<Command, { name: 'settings' }>, _now: Date, io: CliIo): Promise<number> {
  if (await stat(command.out).then(() => true, () => false)) {
    io.stderr.write(`文件已存在，未覆盖：${command.out}\n`);
    return 1;
  }
  const profile = command.profile === null ? null : await loadProfile(command.profile);
  if (profile !== null && !profile.ok) return (printProblems(io, profile.problems), 1);
  const path = await writeOutput(command.out, `${JSON.stringify(starterSettings(profile?.value ?? null), null, 2)}\n`);
  writeLines(io.stdout, [`已生成简报设置文件：${path}`, '请填写期号、报送发单位和印数后，用 report --settings 指定。']);
  return 0;
}
