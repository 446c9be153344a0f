import { tablesPdf, tablesWorkbook } from '../core/core-api.ts';
import type { Command } from './commands.ts';
import type { CliIo } from './cli-io.ts';
import { writeLines } from './cli-io.ts';
import { loadProfile } from './load-profile.ts';
import { printProblems } from './open-data.ts';
import { quarterStatisticsFor } from './quarter-statistics-for.ts';
import { writeOutput } from './write-output.ts';

/** `blood-brief tables`: the county and hospital tables as a landscape PDF or a formatted .xlsx. */
export async function runTables(command: Extract<Command, { name: 'tables' }>, now: Date, io: CliIo): Promise<number> {
  const profile = await loadProfile(command.profile);
  if (!profile.ok) return (printProblems(io, profile.problems), 1);
  const statistics = await quarterStatisticsFor(command, profile.value, now, io, '汇总表');
  if (statistics === null) return 1;
  const bytes = /\.xlsx$/i.test(command.out) ? await tablesWorkbook(statistics, now) : await tablesPdf(statistics, now);
  writeLines(io.stdout, [`已生成汇总表：${await writeOutput(command.out, bytes)}`]);
  return 0;
}
