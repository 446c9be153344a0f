import type { Command } from './commands.ts';
import type { CliIo } from './cli-io.ts';
import { writeLines } from './cli-io.ts';
import { loadProfile } from './load-profile.ts';
import { openData, printProblems } from './open-data.ts';

/** `blood-brief import`: stores each input's figures (or, without --db, only checks them). */
export async function runImport(command: Extract<Command, { name: 'import' }>, now: Date, io: CliIo): Promise<number> {
  const profile = await loadProfile(command.profile);
  if (!profile.ok) return (printProblems(io, profile.problems), 1);
  const data = await openData(io, profile.value, command.db, command.inputs, { replace: command.replace, now });
  data.store.close();
  if (command.db === null) writeLines(io.stdout, ['未指定 --db：以上只是检查结果，没有保存任何数据。']);
  return data.ok ? 0 : 1;
}
