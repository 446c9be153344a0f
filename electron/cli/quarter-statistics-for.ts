import { existsSync } from 'node:fs';
import type { CheckSettings, Profile } from '../core/model.ts';
import { parseQuarter, quarterLabel, summariseFromStore, type QuarterStatistics, type Store } from '../core/core-api.ts';
import type { QuarterOptions } from './commands.ts';
import type { CliIo } from './cli-io.ts';
import { writeLines } from './cli-io.ts';
import { openData } from './open-data.ts';

/**
 * Imports the command's inputs and summarises its quarter; null (after saying why) when any input was
 * rejected or the quarter has no data, so nothing partial is ever printed. `meanwhile`: see openData.
 */
export async function quarterStatisticsFor(command: QuarterOptions, profile: Profile, now: Date, io: CliIo, output: string, checks?: CheckSettings, meanwhile?: () => void): Promise<QuarterStatistics | null> {
  return withQuarterStore(command, profile, now, io, output, async (_store, statistics) => statistics, checks, meanwhile);
}

/**
 * The same, then `work` on the store and the statistics while the store is still open (the report archives the
 * issued briefing in it); the store is closed afterwards whatever happens.
 */
export async function withQuarterStore<T>(command: QuarterOptions, profile: Profile, now: Date, io: CliIo, output: string, work: (store: Store, statistics: QuarterStatistics) => Promise<T>, checks?: CheckSettings, meanwhile?: () => void): Promise<T | null> {
  // Reading a database that isn't there is a typo, not an empty station: say so rather than create a new file.
  if (command.db !== null && command.inputs.length === 0 && !existsSync(command.db)) {
    return (writeLines(io.stderr, [`${command.db}：找不到数据库文件，未生成${output}。`]), null);
  }
  const data = await openData(io, profile, command.db, command.inputs, { replace: false, now }, meanwhile);
  try {
    if (!data.ok) return (writeLines(io.stderr, [`有文件未通过检查（见上），未生成${output}。`]), null);
    // Without --db the store was filled just now: its import times are no arrival times, so no timeliness is claimed.
    const statistics = summariseFromStore(data.store, profile, command.quarter, { checks, arrivals: command.db !== null });
    if (statistics.sources.length > 0) return await work(data.store, statistics);
    writeLines(io.stderr, [`没有${quarterLabel(parseQuarter(command.quarter)!)}的数据，未生成${output}。`]);
    return null;
  } finally {
    data.store.close();
  }
}
