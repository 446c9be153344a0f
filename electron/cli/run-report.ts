import { briefingPdf, fontFallbackNotice, issueBriefing, missingSettings, missingSettingsWarning, prepareBriefingPdf, type FontSet } from '../core/core-api.ts';
import type { Command } from './commands.ts';
import type { CliIo } from './cli-io.ts';
import { writeLines } from './cli-io.ts';
import { loadProfile } from './load-profile.ts';
import { loadReportSettings } from './load-report-settings.ts';
import { printProblems } from './open-data.ts';
import { withQuarterStore } from './quarter-statistics-for.ts';
import { writeOutput } from './write-output.ts';
import type { QuarterStatistics } from '../core/core-api.ts';

/** "数据核查：警告 1 条、数据异常 2 条、迟报 1 份，详见简报附件。" when any check found something; nothing otherwise. */
function checksLine(s: QuarterStatistics): string[] {
  const parts = [[s.warnings.length, '警告', '条'], [s.outliers.length, '数据异常', '条'], [s.populationChanges.length, '人口变化', '条'], [s.completeness.late, '迟报', '份']] as const;
  const found = parts.filter(([n]) => n > 0).map(([n, what, unit]) => `${what} ${n} ${unit}`);
  return found.length === 0 ? [] : [`数据核查：${found.join('、')}，详见简报附件（数据未作改动）。`];
}

/**
 * `blood-brief report`: the quarter's briefing PDF (and --json summary); no PDF when any input is rejected. Settings
 * the issue still lacks (期号, 版记, 印数, 人口数据来源) and faces stood in for by bundled fonts are said on stderr.
 * With --db the issued briefing is archived in the database (blood-brief archive lists it, reissue remakes it).
 */
export async function runReport(command: Extract<Command, { name: 'report' }>, now: Date, io: CliIo): Promise<number> {
  const profile = await loadProfile(command.profile);
  if (!profile.ok) return (printProblems(io, profile.problems), 1);
  const settings = await loadReportSettings(command, profile.value, now);
  if (!settings.ok) return (printProblems(io, settings.problems), 1);
  const { briefing, fonts, checks } = settings.value;
  // The PDF code and the fonts load while the worker reads the files (this thread would only wait), and only once:
  // the briefing is typeset with these faces and the notice below names those stood in for. A font error waits its turn.
  let early: Promise<{ set: FontSet } | { error: unknown }> | null = null;
  const prepare = () => (early ??= prepareBriefingPdf(fonts).then((set) => ({ set }), (error: unknown) => ({ error })));
  const made = await withQuarterStore(command, profile.value, now, io, '简报', async (store, statistics) => {
    const ready = await prepare();
    if ('error' in ready) throw ready.error;
    const issued = command.db === null ? null : await issueBriefing(store, profile.value, command.quarter, briefing, fonts, checks);
    const pdf = await writeOutput(command.out, issued?.pdf ?? await briefingPdf(statistics, briefing, { fonts, loaded: ready.set }));
    const archived = issued === null ? null : store.archiveBriefing({ ...issued.archive, file: pdf });
    return { statistics: issued?.statistics ?? statistics, pdf, archived, loaded: ready.set };
  }, checks, prepare);
  if (made === null) return 1;
  const { statistics, pdf, archived, loaded } = made;
  const json = command.json === null ? null : await writeOutput(command.json, `${JSON.stringify(statistics, null, 2)}\n`);
  writeLines(io.stdout, [
    `已生成简报：${pdf}`, ...(json === null ? [] : [`已写出汇总数据：${json}`]),
    ...(archived === null ? [] : [`已存档为已发简报第 ${archived} 号（blood-brief archive 查看，blood-brief reissue 可原样重新生成）`]),
    ...checksLine(statistics),
  ]);
  const missing = missingSettings({ ...settings.value, profileSources: statistics.populationSources });
  writeLines(io.stderr, [missingSettingsWarning(missing), fontFallbackNotice(loaded, fonts)].filter((l) => l !== null));
  return 0;
}
