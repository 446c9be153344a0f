import { quarterLabel, parseQuarter } from '../core/period/quarter.ts';
import { briefingPdf } from '../core/pipeline/briefing-pdf.ts';
import { summariseFromStore } from '../core/pipeline/summarise-from-store.ts';
import type { Command } from './commands.ts';
import type { CliIo } from './cli-io.ts';
import { writeLines } from './cli-io.ts';
import { loadProfile } from './load-profile.ts';
import { loadReportSettings } from './load-report-settings.ts';
import { openData, printProblems } from './open-data.ts';
import { writeOutput } from './write-output.ts';

/** `blood-brief report`: the quarter's briefing PDF (and --json summary); no PDF when any input is rejected. */
export async function runReport(command: Extract<Command, { name: 'report' }>, now: Date, io: CliIo): Promise<number> {
  const profile = await loadProfile(command.profile);
  if (!profile.ok) return (printProblems(io, profile.problems), 1);
  const settings = await loadReportSettings(command, profile.value, now);
  if (!settings.ok) return (printProblems(io, settings.problems), 1);
  const data = await openData(io, profile.value, command.db, command.inputs, { replace: false, now });
  try {
    if (!data.ok) return (writeLines(io.stderr, ['有文件未通过检查（见上），未生成简报。']), 1);
    const statistics = summariseFromStore(data.store, profile.value, command.quarter);
    if (statistics.sources.length === 0) return (writeLines(io.stderr, [`没有${quarterLabel(parseQuarter(command.quarter)!)}的数据，未生成简报。`]), 1);
    const pdf = await writeOutput(command.out, await briefingPdf(statistics, settings.value.briefing, { fonts: settings.value.fonts }));
    const json = command.json === null ? null : await writeOutput(command.json, `${JSON.stringify(statistics, null, 2)}\n`);
    writeLines(io.stdout, [`已生成简报：${pdf}`, ...(json === null ? [] : [`已写出汇总数据：${json}`])]);
    return 0;
  } finally {
    data.store.close();
  }
}
