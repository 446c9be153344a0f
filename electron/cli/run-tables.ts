import { parseQuarter, quarterLabel } from '../core/period/quarter.ts';
import { summariseFromStore } from '../core/pipeline/summarise-from-store.ts';
import { tablesPdf, tablesWorkbook } from '../core/pipeline/tables-output.ts';
import type { Command } from './commands.ts';
import type { CliIo } from './cli-io.ts';
import { writeLines } from './cli-io.ts';
import { loadProfile } from './load-profile.ts';
import { openData, printProblems } from './open-data.ts';
import { writeOutput } from './write-output.ts';

/** `blood-brief tables`: the county and hospital tables as a landscape PDF or a formatted .xlsx. */
export async function runTables(command: Extract<Command, { name: 'tables' }>, now: Date, io: CliIo): Promise<number> {
  const profile = await loadProfile(command.profile);
  if (!profile.ok) return (printProblems(io, profile.problems), 1);
  const data = await openData(io, profile.value, command.db, command.inputs, { replace: false, now });
  try {
    if (!data.ok) return (writeLines(io.stderr, ['有文件未通过检查（见上），未生成汇总表。']), 1);
    const statistics = summariseFromStore(data.store, profile.value, command.quarter);
    if (statistics.sources.length === 0) return (writeLines(io.stderr, [`没有${quarterLabel(parseQuarter(command.quarter)!)}的数据，未生成汇总表。`]), 1);
    const bytes = /\.xlsx$/i.test(command.out) ? await tablesWorkbook(statistics, now) : await tablesPdf(statistics, now);
    writeLines(io.stdout, [`已生成汇总表：${await writeOutput(command.out, bytes)}`]);
    return 0;
  } finally {
    data.store.close();
  }
}
